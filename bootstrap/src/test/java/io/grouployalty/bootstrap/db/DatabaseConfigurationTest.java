package io.grouployalty.bootstrap.db;

import com.codahale.metrics.MetricRegistry;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.db.ManagedDataSource;
import io.grouployalty.adapters.jdbc.testing.TestDatabase;
import io.grouployalty.adapters.jdbc.testing.TestDatabases;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class DatabaseConfigurationTest {

    @Test
    void aFailedStatementOverThePoolQuotesNoRowValue() throws Exception {
        TestDatabase database = TestDatabases.migrated();
        DatabaseConfiguration configuration = new ObjectMapper().convertValue(Map.of("url", database.url(),
                "user", database.user() == null ? "" : database.user(), "password", database.password() == null ? "" : database.password()),
                DatabaseConfiguration.class);
        ManagedDataSource pool = configuration.pool(java.util.Optional.empty()).build(new MetricRegistry(), "test");
        try (Connection connection = pool.getConnection()) {
            connection.createStatement().execute("create temporary table card (number text primary key)");
            PreparedStatement insert = connection.prepareStatement("insert into card values (?)");
            insert.setString(1, "card-4111-secret");
            insert.execute();

            SQLException failure = catchThrowableOfType(SQLException.class, insert::execute);

            assertThat(failure.getMessage()).contains("duplicate key").doesNotContain("card-4111-secret");
        } finally {
            pool.stop();
        }
    }
}
