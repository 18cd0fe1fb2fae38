package io.grouployalty.domain.org;

import io.vavr.control.Either;

import java.util.regex.Pattern;

/** A salted bcrypt hash of a {@link PasswordDigest}: the only form in which a till's secret is kept. */
public record PasswordHash(String value) {

    private static final Pattern BCRYPT = Pattern.compile("\\$2[aby]\\$(0[4-9]|[12][0-9]|3[01])\\$[./A-Za-z0-9]{53}");

    public PasswordHash {
        if (value == null || !BCRYPT.matcher(value).matches()) {
            throw new IllegalArgumentException("a password hash is a bcrypt hash ($2a$, $2b$ or $2y$)");
        }
    }

    public static Either<String, PasswordHash> parse(String value) {
        return value != null && BCRYPT.matcher(value).matches()
                ? Either.right(new PasswordHash(value))
                : Either.left("is not a bcrypt hash ($2a$, $2b$ or $2y$, cost 04-31, 53 more characters)");
    }

    @Override
    public String toString() {
        return "PasswordHash[redacted]";
    }
}
