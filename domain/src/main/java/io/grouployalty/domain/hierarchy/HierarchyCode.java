package io.grouployalty.domain.hierarchy;

import io.grouployalty.domain.Text;

/** The code a hierarchy is known by, unique in its org. */
public record HierarchyCode(String value) {

    public static final int MAX_LENGTH = 100;

    public HierarchyCode {
        value = Text.singleLine(value, MAX_LENGTH).getOrElseThrow(reason -> new IllegalArgumentException("hierarchy code " + reason));
    }

    @Override
    public String toString() {
        return value;
    }
}
