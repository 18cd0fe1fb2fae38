package io.grouployalty.adapters.rest.customer;

import io.grouployalty.adapters.rest.json.Dates;
import io.grouployalty.domain.customer.FieldValue;

import java.time.ZoneOffset;

/** Typed values as JSON renders them: numbers and booleans as such, a date at the start of its day in the org's offset. */
final class FieldValues {

    private FieldValues() {
    }

    static Object json(FieldValue value, ZoneOffset zone) {
        if (value instanceof FieldValue.Whole whole) {
            return whole.value();
        }
        if (value instanceof FieldValue.Real real) {
            return real.value();
        }
        if (value instanceof FieldValue.Flag flag) {
            return flag.value();
        }
        if (value instanceof FieldValue.Day day) {
            return Dates.startOf(day.value(), zone);
        }
        return value.text();
    }
}
