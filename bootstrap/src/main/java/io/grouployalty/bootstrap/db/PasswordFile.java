package io.grouployalty.bootstrap.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/** The generated password of one role of the embedded server, kept in its data directory in a file only this user may read (0600). */
final class PasswordFile {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int PASSWORD_BYTES = 32;

    private final Path path;

    PasswordFile(Path dataDirectory, String role) {
        this.path = dataDirectory.resolve(role + ".password");
    }

    /** 256 random bits, as URL-safe Base64. */
    static String generated() {
        byte[] bytes = new byte[PASSWORD_BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    Optional<String> existing() {
        try {
            return Files.exists(path) ? Optional.of(Files.readString(path).strip()) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + path, e);
        }
    }

    /** The kept password, or a new one, kept from now on. */
    String readOrCreate() {
        return existing().orElseGet(() -> {
            String password = generated();
            keep(password);
            return password;
        });
    }

    /** Keeps {@code password}, on disk before this returns, unless a password is kept already. */
    void keep(String password) {
        if (Files.exists(path)) {
            return;
        }
        try {
            PrivateFile.write(path, password);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + path, e);
        }
    }
}
