package io.grouployalty.domain.customer;

import io.grouployalty.domain.org.ExtendedFieldDefinition;

import java.time.LocalDate;

/**
 * The value of a customer's extended field, of its field's type (API.md §6.53); history entries record the other members
 * they describe as text.
 */
public sealed interface FieldValue {

    /** The value as text, as a string field would hold it. */
    String text();

    /**
     * This stored value as the field's current definition reads it: of that type when its text parses as that type, and
     * text otherwise.
     */
    default FieldValue under(ExtendedFieldDefinition definition) {
        return ExtendedFieldValues.parse(definition.type(), text()).getOrElse(() -> new Text(text()));
    }

    record Text(String value) implements FieldValue {

        @Override
        public String text() {
            return value;
        }
    }

    record Whole(long value) implements FieldValue {

        @Override
        public String text() {
            return Long.toString(value);
        }
    }

    record Real(double value) implements FieldValue {

        public Real {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("a field's number must be finite");
            }
        }

        @Override
        public String text() {
            return Double.toString(value);
        }
    }

    record Flag(boolean value) implements FieldValue {

        @Override
        public String text() {
            return Boolean.toString(value);
        }
    }

    record Day(LocalDate value) implements FieldValue {

        @Override
        public String text() {
            return value.toString();
        }
    }
}
