package io.grouployalty.domain.org;

import io.grouployalty.domain.Text;
import io.vavr.control.Either;

/** The user name of a till; unique across all orgs, since Basic auth carries no org. */
public record TillCode(String value) {

    public static final int MAX_LENGTH = 100;

    public TillCode {
        check(value).getOrElseThrow(reason -> new IllegalArgumentException("till code " + reason));
    }

    /** A code as an org file or a request body names it: surrounding whitespace is dropped. */
    public static Either<String, TillCode> parse(String value) {
        return asSent(value == null ? null : value.strip());
    }

    /** A code exactly as a caller logging in sent it: nothing is dropped, so a padded code names no till. */
    public static Either<String, TillCode> asSent(String value) {
        return check(value).map(TillCode::new);
    }

    private static Either<String, String> check(String value) {
        if (value == null || value.isBlank()) {
            return Either.left("must not be empty");
        }
        if (value.length() > MAX_LENGTH) {
            return Either.left("must be at most " + MAX_LENGTH + " characters");
        }
        if (Text.hasControlCharacter(value)) {
            return Either.left("must not contain control characters");
        }
        return value.indexOf(':') < 0 ? Either.right(value) : Either.left("must not contain ':'");
    }

    @Override
    public String toString() {
        return value;
    }
}
