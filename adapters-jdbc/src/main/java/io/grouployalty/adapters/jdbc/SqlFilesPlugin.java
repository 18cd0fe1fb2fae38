package io.grouployalty.adapters.jdbc;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.jdbi.v3.core.spi.JdbiPlugin;
import org.jdbi.v3.sqlobject.SqlObjects;
import org.jdbi.v3.sqlobject.locator.SqlLocator;
import org.jdbi.v3.sqlobject.locator.SqlObjectClasspathSqlLocator;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every DAO's statements are the {@code .sql} files beside it on the classpath ({@code CustomerDao/locked.sql}), each
 * found, read and parsed once per {@link Jdbi}: a DAO attached to a unit's handle asks for all its statements, and
 * finding a file costs more than most statements.
 */
public final class SqlFilesPlugin extends JdbiPlugin.Singleton {

    @Override
    public void customizeJdbi(Jdbi jdbi) {
        jdbi.getConfig(SqlObjects.class).setSqlLocator(new SqlFiles());
    }

    private static final class SqlFiles implements SqlLocator {

        private record Statement(Class<?> dao, Method method) {
        }

        private final SqlLocator files = new SqlObjectClasspathSqlLocator();
        private final Map<Statement, String> found = new ConcurrentHashMap<>();

        @Override
        public String locate(Class<?> dao, Method method, ConfigRegistry config) {
            return found.computeIfAbsent(new Statement(dao, method), statement -> files.locate(dao, method, config));
        }
    }
}
