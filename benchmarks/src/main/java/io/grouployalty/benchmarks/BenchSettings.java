package io.grouployalty.benchmarks;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What one bench run measures and against what; {@code --quick} is 16 clients only, a smaller seed and shorter runs,
 * with a longer warm-up: a full run warms each layer's JIT with the 1- and 4-client runs before the 16-client one.
 */
record BenchSettings(boolean quick, int customers, List<Integer> clients, Duration warmUp, Duration run, int poolSize,
                     AdminDatabase database, Path serviceJar, Path serviceConfig, Path orgFile, Path readme, Path workDirectory,
                     String serviceHeap) {

    static BenchSettings from(List<String> arguments, Map<String, String> environment) {
        boolean quick = arguments.contains("--quick");
        AdminDatabase database = new AdminDatabase(environment.getOrDefault("BENCH_DB_HOST", "127.0.0.1"),
                Integer.parseInt(environment.getOrDefault("BENCH_DB_PORT", "5432")),
                environment.getOrDefault("BENCH_DB_USER", "gl_bench"), environment.getOrDefault("BENCH_DB_PASSWORD", "gl_bench"));
        return new BenchSettings(quick, quick ? 40_000 : 100_000, quick ? List.of(16) : List.of(1, 4, 16),
                Duration.ofSeconds(quick ? 90 : 15), Duration.ofSeconds(quick ? 20 : 30), 16, database,
                Path.of("bootstrap/target/group-loyalty.jar"), Path.of("bootstrap/config.yml"), Path.of("benchmarks/bench-org.yml"),
                Path.of("benchmarks/README.md"), Path.of("benchmarks/target/bench"), "512m");
    }
}
