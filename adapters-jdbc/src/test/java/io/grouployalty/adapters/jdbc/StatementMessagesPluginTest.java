package io.grouployalty.adapters.jdbc;

import io.grouployalty.adapters.jdbc.testing.TestDatabases;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class StatementMessagesPluginTest {

    @Test
    void aFailedStatementsMessageNamesTheStatementButNoValueBoundToIt() {
        Jdbi jdbi = TestDatabases.migrated().jdbi();

        StatementException failure = catchThrowableOfType(StatementException.class, () -> jdbi.useHandle(handle ->
                handle.createQuery("select 1 / (length(:card) - length(:card))").bind("card", "card-4111\nERROR forged").mapTo(Integer.class).one()));

        assertThat(failure.getMessage()).contains("division by zero", "[statement:\"select 1 / (length(:card) - length(:card))\"]")
                .doesNotContain("4111", "forged");
    }
}
