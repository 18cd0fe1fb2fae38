package io.grouployalty.domain.hierarchy;

import io.grouployalty.domain.Text;
import io.vavr.control.Either;

/** The code a hierarchy is known by, unique in its org. */
public record HierarchyCode(String value) {

    public static final int MAX_LENGTH = 100;

    public HierarchyCode {
        value = Text.singleLine(value, MAX_LENGTH).getOrElseThrow(reason -> new IllegalArgumentException("hierarchy code " + reason));
    }

    public static Either<String, HierarchyCode> parse(String raw) {
        return Text.singleLine(raw, MAX_LENGTH).map(HierarchyCode::new);
    }

    @Override
    public String toString() {
        return value;
    }
}
