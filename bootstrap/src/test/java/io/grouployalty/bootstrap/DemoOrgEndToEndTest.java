package io.grouployalty.bootstrap;

import io.grouployalty.adapters.jdbc.testing.TestDatabase;
import io.grouployalty.adapters.jdbc.testing.TestDatabases;
import io.grouployalty.bootstrap.testing.CliRun;
import io.grouployalty.bootstrap.testing.EmbeddedServer;
import io.grouployalty.bootstrap.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code scripts/run} applies the demo org to the embedded database only (API.md §6.51): {@code org apply --embedded-only} decides. */
class DemoOrgEndToEndTest {

    @TempDir
    Path workingDirectory;

    @Test
    void anOrgFileMeantForTheEmbeddedDatabaseOnlyIsNotAppliedToAServerNamedByTheUrl() {
        TestDatabase external = TestDatabases.migrated();

        CliRun apply = CliRun.of(TestServer.overridesFor(external), "org", "apply", "--embedded-only", TestServer.CONFIG, "demo-org.yml");

        assertThat(apply.succeeded()).as(apply.stderr()).isTrue();
        assertThat(apply.stdout()).contains("not applied");
        long orgs = external.jdbi().withHandle(handle -> handle.createQuery("select count(*) from org").mapTo(Long.class).one());
        assertThat(orgs).isZero();
    }

    @Test
    void anOrgFileMeantForTheEmbeddedDatabaseOnlyIsAppliedToTheEmbeddedDatabase() {
        CliRun apply = CliRun.of(EmbeddedServer.overrides(workingDirectory.resolve("data")), "org", "apply", "--embedded-only",
                TestServer.CONFIG, "demo-org.yml");

        assertThat(apply.succeeded()).as(apply.stderr()).isTrue();
        assertThat(apply.stdout()).contains("Applied org 1001");
    }

    @Test
    void scriptsRunAppliesTheDemoOrgForTheEmbeddedDatabaseOnlyBeforeItServes() throws Exception {
        Path stubs = Files.createDirectories(workingDirectory.resolve("bin"));
        Path calls = workingDirectory.resolve("calls");
        stub(stubs.resolve("java"), "echo \"$*\" >> '" + calls + "'");
        stub(stubs.resolve("mvn"), "exit 0");
        ProcessBuilder run = new ProcessBuilder("bash", Path.of("..", "scripts", "run").toString()).redirectErrorStream(true);
        run.environment().put("PATH", stubs + ":" + System.getenv("PATH"));
        run.environment().put("DATABASE_URL", "jdbc:postgresql://127.0.0.1:5432/production");
        Process script = run.start();
        String output = new String(script.getInputStream().readAllBytes());

        assertThat(script.waitFor()).as(output).isZero();
        assertThat(Files.readAllLines(calls)).containsExactly(
                "-jar bootstrap/target/group-loyalty.jar org apply --embedded-only bootstrap/config.yml bootstrap/demo-org.yml",
                "-jar bootstrap/target/group-loyalty.jar server bootstrap/config.yml");
    }

    private static void stub(Path command, String body) throws Exception {
        Files.writeString(command, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(command, PosixFilePermissions.fromString("rwx------"));
    }
}
