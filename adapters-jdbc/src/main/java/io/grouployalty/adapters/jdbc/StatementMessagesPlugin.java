package io.grouployalty.adapters.jdbc;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.spi.JdbiPlugin;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.StatementException;
import org.jdbi.v3.core.statement.StatementExceptions;

/**
 * A failed statement's message names the database's error and the statement, never the values bound to it (API.md
 * §6.50): JDBI renders them by default, and they hold card numbers and free text that could forge log lines.
 */
public final class StatementMessagesPlugin extends JdbiPlugin.Singleton {

    @Override
    public void customizeJdbi(Jdbi jdbi) {
        jdbi.getConfig(StatementExceptions.class).setMessageRendering(StatementMessagesPlugin::withoutValues);
    }

    private static String withoutValues(StatementException failure) {
        StatementContext context = failure.getStatementContext();
        if (context == null || context.getRawSql() == null) {
            return failure.getShortMessage();
        }
        String statement = context.getRawSql().strip().replaceAll("\\s+", " ");
        int limit = context.getConfig(StatementExceptions.class).getLengthLimit();
        return "%s [statement:\"%s\"]".formatted(failure.getShortMessage(),
                statement.length() > limit ? statement.substring(0, limit) + "..." : statement);
    }
}
