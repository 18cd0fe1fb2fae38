package io.grouployalty.bootstrap.testing;

import io.dropwizard.core.cli.Cli;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.util.JarLocation;
import io.grouployalty.bootstrap.GroupLoyaltyApplication;
import io.grouployalty.bootstrap.GroupLoyaltyConfiguration;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** One run of the command line, in this JVM, with what it printed and whether it succeeded. */
public record CliRun(boolean succeeded, String stdout, String stderr) {

    /** Runs {@code args} as the jar would, with {@code overrides} as {@code dw.*} configuration overrides. */
    public static synchronized CliRun of(Map<String, String> overrides, String... args) {
        GroupLoyaltyApplication application = new GroupLoyaltyApplication();
        Bootstrap<GroupLoyaltyConfiguration> bootstrap = new Bootstrap<>(application);
        application.initialize(bootstrap);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream originalOut = System.out;
        overrides.forEach((key, value) -> System.setProperty("dw." + key, value));
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            boolean succeeded = new Cli(new JarLocation(GroupLoyaltyApplication.class), bootstrap, out, err).run(args).isEmpty();
            return new CliRun(succeeded, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(originalOut);
            overrides.keySet().forEach(key -> System.clearProperty("dw." + key));
        }
    }
}
