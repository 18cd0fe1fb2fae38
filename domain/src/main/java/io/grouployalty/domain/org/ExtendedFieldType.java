package io.grouployalty.domain.org;

import io.vavr.collection.Stream;
import io.vavr.control.Option;

/** The types a customer-level extended field can have. */
public enum ExtendedFieldType {
    STRING, INTEGER, DOUBLE, BOOLEAN, DATE;

    public static Option<ExtendedFieldType> parse(String name) {
        return name == null ? Option.none() : Stream.of(values()).find(type -> type.name().equalsIgnoreCase(name.strip()));
    }
}
