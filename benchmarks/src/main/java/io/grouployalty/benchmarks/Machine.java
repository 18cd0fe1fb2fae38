package io.grouployalty.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** A one-line description of where a run ran. */
final class Machine {

    private Machine() {
    }

    static String describe(AdminDatabase database) throws IOException, SQLException {
        String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(line -> line.startsWith("model name"))
                .findFirst().map(line -> line.substring(line.indexOf(':') + 1).strip()).orElse("unknown CPU");
        long memoryKib = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(line -> line.startsWith("MemTotal"))
                .findFirst().map(line -> Long.parseLong(line.replaceAll("\\D", ""))).orElse(0L);
        String postgres;
        try (Connection connection = database.connect("postgres"); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("select current_setting('server_version'), current_setting('fsync'),"
                     + " current_setting('synchronous_commit'), current_setting('shared_buffers')")) {
            result.next();
            postgres = "PostgreSQL " + result.getString(1) + " (fsync " + result.getString(2) + ", synchronous_commit " + result.getString(3)
                    + ", shared_buffers " + result.getString(4) + ")";
        }
        return String.format("Machine: %d cores (%s), %.0f GiB; Java %s; %s; service, drivers and database on the one machine.",
                Runtime.getRuntime().availableProcessors(), cpu, memoryKib / 1024.0 / 1024.0, System.getProperty("java.version"), postgres);
    }
}
