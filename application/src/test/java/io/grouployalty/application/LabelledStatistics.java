package io.grouployalty.application;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** What the tries of one property saw, counted per label and value, and shown as one table per label. */
public final class LabelledStatistics {

    private final Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
    private int tries;

    /** Notes the start of a try. */
    public void tried() {
        tries++;
    }

    public void collect(String label, Object value) {
        counts.computeIfAbsent(label, unused -> new LinkedHashMap<>()).merge(String.valueOf(value), 1, Integer::sum);
    }

    public int count(String label, Object value) {
        return counts.getOrDefault(label, Map.of()).getOrDefault(String.valueOf(value), 0);
    }

    /** A header naming the property, its tries and seed, then each label's values, most frequent first, with their shares. */
    public String report(String property, long seed) {
        StringBuilder report = new StringBuilder("%s: %d tries, seed %d%n".formatted(property, tries, seed));
        counts.forEach((label, values) -> {
            int total = values.values().stream().mapToInt(Integer::intValue).sum();
            String line = "    %-" + values.keySet().stream().mapToInt(String::length).max().orElse(1) + "s %6d  %5.1f %%";
            report.append("  %s (%d)%n".formatted(label, total));
            report.append(values.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                    .map(entry -> line.formatted(entry.getKey(), entry.getValue(), 100.0 * entry.getValue() / total))
                    .collect(Collectors.joining(System.lineSeparator(), "", System.lineSeparator())));
        });
        return report.toString();
    }
}
