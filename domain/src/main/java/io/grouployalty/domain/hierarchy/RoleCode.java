package io.grouployalty.domain.hierarchy;

import io.grouployalty.domain.Text;
import io.vavr.control.Either;

/** The code of a role in a hierarchy, such as GFA or FC. */
public record RoleCode(String value) {

    public static final int MAX_LENGTH = 100;

    public RoleCode {
        value = Text.singleLine(value, MAX_LENGTH).getOrElseThrow(reason -> new IllegalArgumentException("role code " + reason));
    }

    public static Either<String, RoleCode> parse(String raw) {
        return Text.singleLine(raw, MAX_LENGTH).map(RoleCode::new);
    }

    @Override
    public String toString() {
        return value;
    }
}
