package io.grouployalty.domain.org;

import io.grouployalty.domain.Text;
import io.vavr.control.Either;

/** The user name of a till; unique across all orgs, since Basic auth carries no org. */
public record TillCode(String value) {

    public static final int MAX_LENGTH = 100;

    public TillCode {
        value = check(value).getOrElseThrow(reason -> new IllegalArgumentException("till code " + reason));
    }

    public static Either<String, TillCode> parse(String value) {
        return check(value).map(TillCode::new);
    }

    private static Either<String, String> check(String value) {
        return Text.singleLine(value, MAX_LENGTH)
                .filterOrElse(code -> code.indexOf(':') < 0, code -> "must not contain ':'");
    }

    @Override
    public String toString() {
        return value;
    }
}
