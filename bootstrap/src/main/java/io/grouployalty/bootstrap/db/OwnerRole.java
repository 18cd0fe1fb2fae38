package io.grouployalty.bootstrap.db;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.locator.ClasspathSqlLocator;

import java.util.function.Function;

/** The role the service logs in to the embedded server as: no superuser, but owner of the application database and all in it. */
final class OwnerRole {

    static final String NAME = "grouployalty";

    private static final String OBJECTS_TO_TAKE_OVER = ClasspathSqlLocator.removingComments().locate(OwnerRole.class, "objectsToTakeOver");

    private OwnerRole() {
    }

    /**
     * Creates the role and {@code database} when missing, sets the role's password, and gives it the database and whatever in
     * it the role does not own yet, all as the superuser ({@code superuserOn} connects to a database by name).
     */
    static void prepare(Function<String, Jdbi> superuserOn, String database, String password) {
        superuserOn.apply("postgres").useHandle(handle -> {
            if (!exists(handle, "select exists (select from pg_roles where rolname = :name)", NAME)) {
                handle.execute("create role " + NAME + " login");
            }
            Logins.setPassword(handle, NAME, password);
            if (!exists(handle, "select exists (select from pg_database where datname = :name)", database)) {
                handle.execute("create database " + database + " owner " + NAME);
            }
            handle.execute("alter database " + database + " owner to " + NAME);
        });
        superuserOn.apply(database).useTransaction(handle -> handle.createQuery(OBJECTS_TO_TAKE_OVER).bind("owner", NAME)
                .mapTo(String.class).list().forEach(handle::execute));
    }

    private static boolean exists(Handle handle, String query, String name) {
        return handle.createQuery(query).bind("name", name).mapTo(Boolean.class).one();
    }
}
