package io.grouployalty.adapters.jdbc.customer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.grouployalty.domain.customer.FieldValue;

/** Typed values as stored JSON: numbers and booleans as such, text and dates ({@code YYYY-MM-DD}) as strings. */
final class StoredValues {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private StoredValues() {
    }

    static JsonNode json(FieldValue value) {
        if (value instanceof FieldValue.Whole whole) {
            return NODES.numberNode(whole.value());
        }
        if (value instanceof FieldValue.Real real) {
            return NODES.numberNode(real.value());
        }
        if (value instanceof FieldValue.Flag flag) {
            return NODES.booleanNode(flag.value());
        }
        return NODES.textNode(value.text());
    }

    /** A stored value; a string stays text, which the field's definition reads when the value is shown. */
    static FieldValue value(JsonNode json) {
        if (json.isIntegralNumber() && json.canConvertToLong()) {
            return new FieldValue.Whole(json.longValue());
        }
        if (json.isNumber() && Double.isFinite(json.doubleValue())) {
            return new FieldValue.Real(json.doubleValue());
        }
        if (json.isBoolean()) {
            return new FieldValue.Flag(json.booleanValue());
        }
        return new FieldValue.Text(json.asText());
    }
}
