package io.grouployalty.bootstrap.db;

import org.jdbi.v3.core.Handle;
import org.postgresql.PGConnection;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;

/** Who may log in to the embedded server, and how: its data directory's {@code pg_hba.conf}, and the roles' passwords. */
final class Logins {

    private static final String PASSWORDS_ONLY = """
            # Written by group-loyalty: logins over IPv4 loopback only, each with its role's password (scram-sha-256).
            host all all 127.0.0.1/32 scram-sha-256
            """;
    private static final String SUPERUSER_WITHOUT_PASSWORD = """
            # Written by group-loyalty for the moments it takes to give the superuser its password; replaced right after.
            host postgres postgres 127.0.0.1/32 trust
            """;

    private final Path rules;

    Logins(Path dataDirectory) {
        this.rules = dataDirectory.resolve("pg_hba.conf");
    }

    /** Sets {@code role}'s password, sending the server only its SCRAM verifier, never the password itself. */
    static void setPassword(Handle handle, String role, String password) {
        try {
            handle.getConnection().unwrap(PGConnection.class).alterUserPassword(role, password.toCharArray(), "scram-sha-256");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not set the password of role " + role, e);
        }
    }

    boolean passwordsOnly() {
        try {
            return Files.exists(rules) && Files.readString(rules).equals(PASSWORDS_ONLY);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + rules, e);
        }
    }

    /** For a server about to start whose superuser has no password yet (a new data directory, or one of the first version). */
    void letInTheSuperuserWithoutPassword() {
        write(SUPERUSER_WITHOUT_PASSWORD);
    }

    /** Once every role has its password: passwords only, from now on, the running server included. */
    void requirePasswords(Handle superuser) {
        write(PASSWORDS_ONLY);
        superuser.createQuery("select pg_reload_conf()").mapTo(Boolean.class).one();
    }

    private void write(String content) {
        try {
            PrivateFile.write(rules, content);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + rules, e);
        }
    }
}
