package io.grouployalty.domain.org;

import io.grouployalty.domain.Text;
import io.vavr.control.Option;

import java.util.Objects;

/** A typed customer-level field an org defines; values longer than {@code maxLength} (or 1000) are not stored. */
public record ExtendedFieldDefinition(String name, ExtendedFieldType type, Option<Integer> maxLength) {

    public static final int NAME_MAX_LENGTH = 100;
    public static final int DEFAULT_MAX_LENGTH = 1000;

    public ExtendedFieldDefinition {
        name = Text.singleLine(name, NAME_MAX_LENGTH).getOrElseThrow(reason -> new IllegalArgumentException("field name " + reason));
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(maxLength, "maxLength");
        if (maxLength.exists(max -> max < 1 || max > DEFAULT_MAX_LENGTH)) {
            throw new IllegalArgumentException("maxLength of " + name + " must be 1.." + DEFAULT_MAX_LENGTH);
        }
    }

    public int effectiveMaxLength() {
        return maxLength.getOrElse(DEFAULT_MAX_LENGTH);
    }
}
