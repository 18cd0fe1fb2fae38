package io.grouployalty.adapters.jdbc.org;

import io.grouployalty.domain.org.ExtendedFieldDefinition;
import io.grouployalty.domain.org.ExtendedFieldType;
import io.vavr.control.Option;

public record ExtendedFieldRow(String name, String type, Integer maxLength) {

    ExtendedFieldDefinition toDefinition() {
        return new ExtendedFieldDefinition(name, ExtendedFieldType.valueOf(type), Option.of(maxLength));
    }
}
