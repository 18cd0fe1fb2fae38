package io.grouployalty.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * L0: pgbench running the update item's statements — the service's own SQL text — in one transaction per item, with
 * the values pgbench can vary (the customer) drawn at random and the rest fixed for the run.
 */
final class Pgbench {

    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");

    private final AdminDatabase server;
    private final BenchOrg org;
    private final Path script;

    Pgbench(AdminDatabase server, BenchOrg org, Path directory) throws IOException {
        this.server = server;
        this.org = org;
        this.script = directory.resolve("update-item.pgbench");
        Files.writeString(script, script());
    }

    /**
     * The script: the customer drawn like the other layers draw it, its id taken from the lookup, as the service does.
     * Values pgbench cannot define (empty text, null) are written into the statements as literals.
     */
    private String script() {
        String write = ItemStatements.WRITE.sql().text();
        for (String column : List.of("hierarchyCode", "roleCode", "companyId", "parentId")) {
            write = write.replace(":" + column, "null");
        }
        return String.join("\n",
                "\\set n random(" + org.firstFree() + ", " + (org.customers() - BenchOrg.ATTACHABLE) + ")",
                "\\set value 910000000000 + :n",
                "begin;",
                ItemStatements.FIND.sql().text().replace(":accountId", "''") + " \\gset",
                "\\set id :customer_id",
                "\\set customerId :customer_id",
                ItemStatements.LOCK_AND_READ.sql().text() + ";",
                write + ";",
                ItemStatements.RECORD_CHANGE.sql().text() + ";",
                "commit;",
                "");
    }

    /** Transactions (items) per second with {@code clients} connections for {@code duration}. */
    double throughput(String database, int clients, Duration duration, String document) throws IOException, InterruptedException {
        String now = Instant.now().toString();
        List<String> command = new ArrayList<>(List.of("pgbench", "--no-vacuum", "--protocol=prepared",
                "--host=" + server.host(), "--port=" + server.port(), "--username=" + server.user(),
                "--client=" + clients, "--jobs=" + Math.min(clients, 2), "--time=" + duration.toSeconds(), "--file=" + script));
        Map.of("orgId", Long.toString(org.id()), "source", "INSTORE", "type", "MOBILE", "loyaltyType", "LOYALTY",
                        "document", document, "createdOn", now, "updatedOn", now, "at", now)
                .forEach((name, value) -> command.add("--define=" + name + "=" + value));
        Map.of("requestId", "pgbench", "actor", BenchOrg.TILL, "operation", "UPDATE_ASSOCIATION",
                        "changes", "[{\"path\":\"/extendedFields/city\",\"before\":null,\"after\":\"City1\"}]")
                .forEach((name, value) -> command.add("--define=" + name + "=" + value));
        command.add(database);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", server.password());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IllegalStateException("pgbench failed:\n" + output);
        }
        Matcher tps = TPS.matcher(output);
        if (!tps.find()) {
            throw new IllegalStateException("no tps in pgbench's output:\n" + output);
        }
        return Double.parseDouble(tps.group(1));
    }
}
