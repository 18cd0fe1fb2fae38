package io.grouployalty.benchmarks;

import org.HdrHistogram.Histogram;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/** What a bench run measured, and the table and ratios it reports. */
final class Results {

    enum Layer {
        L0("L0 pgbench"), L1("L1 raw JDBC"), L3("L3 service over HTTP");

        final String title;

        Layer(String title) {
            this.title = title;
        }
    }

    private static final double MIB = 1024 * 1024;

    private final Map<Layer, Map<Integer, Double>> throughput = new EnumMap<>(Layer.class);
    private final Map<Layer, Histogram> latency = new EnumMap<>(Layer.class);
    private double fixedRate;
    private double roundTrips;
    private double roundTripsInABatch;
    private long sequentialNanos;
    private long batchNanos;
    private long bigFleetNanos;
    private long smallFleetNanos;
    private long heap;
    private long residentSetSize;

    void throughput(Layer layer, int clients, double itemsPerSecond) {
        throughput.computeIfAbsent(layer, any -> new TreeMap<>()).put(clients, itemsPerSecond);
    }

    double throughput(Layer layer, int clients) {
        return throughput.getOrDefault(layer, Map.of()).getOrDefault(clients, Double.NaN);
    }

    void fixedRate(double perSecond) {
        fixedRate = perSecond;
    }

    double fixedRate() {
        return fixedRate;
    }

    void latency(Layer layer, Histogram histogram) {
        latency.put(layer, histogram);
    }

    void roundTrips(double perItem) {
        roundTrips = perItem;
    }

    void roundTripsInABatch(double perItem) {
        roundTripsInABatch = perItem;
    }

    void batch(long sequential, long batched) {
        sequentialNanos = sequential;
        batchNanos = batched;
    }

    void scale(long bigFleet, long smallFleet) {
        bigFleetNanos = bigFleet;
        smallFleetNanos = smallFleet;
    }

    void memory(long heapAfterGc, long rss) {
        heap = heapAfterGc;
        residentSetSize = rss;
    }

    double r1() {
        return throughput(Layer.L3, 16) / throughput(Layer.L1, 16);
    }

    double r3() {
        return throughput(Layer.L3, 16) / throughput(Layer.L0, 16);
    }

    double batchSpeedUp() {
        return (double) sequentialNanos / batchNanos;
    }

    double scaleRatio() {
        return (double) bigFleetNanos / smallFleetNanos;
    }

    private static double millis(Histogram histogram, double percentile) {
        return histogram == null ? Double.NaN : histogram.getValueAtPercentile(percentile) / 1e6;
    }

    /** The run as a Markdown section: the machine, one table, the ratios. */
    String report(BenchSettings settings, String machine) {
        StringBuilder out = new StringBuilder();
        out.append("## Run of ").append(LocalDate.now()).append(settings.quick() ? " (quick)" : "").append("\n\n")
                .append(machine).append("\n\n")
                .append(String.format("Seed: %,d customers; one owner of %,d drivers, one of %d. Each measure %d s after %d s of warm-up.%n%n",
                        settings.customers(), BenchOrg.BIG_FLEET, BenchOrg.SMALL_FLEET, settings.run().toSeconds(), settings.warmUp().toSeconds()))
                .append("| update items | ").append(String.join(" | ", Layer.L0.title, Layer.L1.title, Layer.L3.title)).append(" |\n")
                .append("|---|---:|---:|---:|\n");
        for (int clients : settings.clients()) {
            out.append(String.format("| items/s, %d client%s, closed loop | %.0f | %.0f | %.0f |%n", clients, clients == 1 ? "" : "s",
                    throughput(Layer.L0, clients), throughput(Layer.L1, clients), throughput(Layer.L3, clients)));
        }
        for (double percentile : new double[] {50, 99, 99.9}) {
            out.append(String.format("| p%s ms at %.0f items/s, open loop | – | %.2f | %.2f |%n", percentile == 99.9 ? "99.9" : Integer.toString((int) percentile),
                    fixedRate, millis(latency.get(Layer.L1), percentile), millis(latency.get(Layer.L3), percentile)));
        }
        out.append("\n")
                .append(String.format("- R1 = L3 ÷ L1 at 16 clients: **%.2f**; R3 = L3 ÷ L0: **%.2f**%n", r1(), r3()))
                .append(String.format("- round trips per item: %.1f as single-item requests, %.1f inside a 200-item batch (statements + commit)%n",
                        roundTrips, roundTripsInABatch))
                .append(String.format("- one client, 200 items: %.0f ms as 200 requests, %.0f ms as one batch: **%.1f×**%n",
                        sequentialNanos / 1e6, batchNanos / 1e6, batchSpeedUp()))
                .append(String.format("- attaching a driver (median): %.2f ms to the owner of %,d, %.2f ms to the owner of %d: scale ratio **%.2f**%n",
                        bigFleetNanos / 1e6, BenchOrg.BIG_FLEET, smallFleetNanos / 1e6, BenchOrg.SMALL_FLEET, scaleRatio()))
                .append(String.format("- service heap after GC under load %.0f MiB, RSS %.0f MiB%n", heap / MIB, residentSetSize / MIB));
        return out.toString();
    }

    /** The one-line summary scripts/bench ends with. */
    String summary() {
        return String.format("R1=%.2f R3=%.2f rt=%.1f batch=%.1fx scale=%.2f heap=%.0fMiB p99: L1=%.2fms L3=%.2fms",
                r1(), r3(), roundTrips, batchSpeedUp(), scaleRatio(), heap / MIB,
                millis(latency.get(Layer.L1), 99), millis(latency.get(Layer.L3), 99));
    }
}
