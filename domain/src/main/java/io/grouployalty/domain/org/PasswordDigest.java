package io.grouployalty.domain.org;

import io.vavr.control.Either;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** The lowercase hex MD5 of a till's password: what a caller sends in place of the password itself. */
public record PasswordDigest(String hex) {

    private static final Pattern MD5_HEX = Pattern.compile("[0-9a-f]{32}");

    public PasswordDigest {
        if (hex == null || !MD5_HEX.matcher(hex).matches()) {
            throw new IllegalArgumentException("a password digest is 32 lowercase hex digits");
        }
    }

    /** Reads a digest as a caller sends it; hex digits are accepted in either case. */
    public static Either<String, PasswordDigest> parse(String hex) {
        String lower = hex == null ? "" : hex.toLowerCase(java.util.Locale.ROOT);
        return MD5_HEX.matcher(lower).matches()
                ? Either.right(new PasswordDigest(lower))
                : Either.left("is not the hex MD5 of a password");
    }

    public static PasswordDigest ofPassword(String password) {
        try {
            byte[] md5 = MessageDigest.getInstance("MD5").digest(password.getBytes(StandardCharsets.UTF_8));
            return new PasswordDigest(HexFormat.of().formatHex(md5));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides MD5", e);
        }
    }

    @Override
    public String toString() {
        return "PasswordDigest[redacted]";
    }
}
