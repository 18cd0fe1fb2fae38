package io.grouployalty.adapters.rest.customer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.grouployalty.adapters.rest.json.Dates;
import io.grouployalty.domain.customer.FieldValue;

import java.time.ZoneOffset;

/** Typed values as JSON renders them: numbers and booleans as such, a date at the start of its day in the org's offset. */
final class FieldValues {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private FieldValues() {
    }

    static JsonNode json(FieldValue value, ZoneOffset zone) {
        if (value instanceof FieldValue.Whole whole) {
            return NODES.numberNode(whole.value());
        }
        if (value instanceof FieldValue.Real real) {
            return NODES.numberNode(real.value());
        }
        if (value instanceof FieldValue.Flag flag) {
            return NODES.booleanNode(flag.value());
        }
        if (value instanceof FieldValue.Day day) {
            return NODES.textNode(Dates.startOf(day.value(), zone));
        }
        return NODES.textNode(value.text());
    }
}
