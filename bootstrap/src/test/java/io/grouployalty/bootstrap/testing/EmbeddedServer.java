package io.grouployalty.bootstrap.testing;

import io.dropwizard.lifecycle.JettyManaged;
import io.dropwizard.testing.DropwizardTestSupport;
import io.grouployalty.bootstrap.GroupLoyaltyConfiguration;
import io.grouployalty.bootstrap.db.Database;

import java.nio.file.Path;
import java.util.Map;

/** The application with the shipped config.yml and no database url, owning an embedded PostgreSQL on a data directory of the test's. */
public final class EmbeddedServer implements AutoCloseable {

    private final DropwizardTestSupport<GroupLoyaltyConfiguration> support;

    private EmbeddedServer(DropwizardTestSupport<GroupLoyaltyConfiguration> support) {
        this.support = support;
    }

    /** The overrides of the shipped config.yml that keep the embedded database in {@code dataDirectory}, on free ports, quietly. */
    public static Map<String, String> overrides(Path dataDirectory) {
        return Map.of(
                "database.url", "",
                "database.embedded.dataDirectory", dataDirectory.toString(),
                "server.applicationConnectors[0].port", "0",
                "server.adminConnectors[0].port", "0",
                "authentication.bcryptCost", "4",
                "logging.level", "WARN");
    }

    public static EmbeddedServer start(Path dataDirectory) throws Exception {
        DropwizardTestSupport<GroupLoyaltyConfiguration> support = TestServer.application(overrides(dataDirectory));
        support.before();
        return new EmbeddedServer(support);
    }

    public int port() {
        return support.getLocalPort();
    }

    /** The server's own database: its pool and the embedded PostgreSQL it runs. */
    public Database database() {
        return support.getEnvironment().lifecycle().getManagedObjects().stream()
                .filter(JettyManaged.class::isInstance).map(managed -> ((JettyManaged) managed).getManaged())
                .filter(Database.class::isInstance).map(Database.class::cast).findFirst().orElseThrow();
    }

    @Override
    public void close() {
        support.after();
    }
}
