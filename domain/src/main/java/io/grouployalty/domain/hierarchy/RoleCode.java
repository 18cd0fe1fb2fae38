package io.grouployalty.domain.hierarchy;

import io.grouployalty.domain.Text;

/** The code of a role in a hierarchy, such as GFA or FC. */
public record RoleCode(String value) {

    public static final int MAX_LENGTH = 100;

    public RoleCode {
        value = Text.singleLine(value, MAX_LENGTH).getOrElseThrow(reason -> new IllegalArgumentException("role code " + reason));
    }

    @Override
    public String toString() {
        return value;
    }
}
