package io.grouployalty.adapters.rest.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import io.grouployalty.domain.RequestDate;
import io.grouployalty.domain.Text;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;

import java.io.IOException;
import java.util.Locale;
import java.util.function.Predicate;

import static io.grouployalty.adapters.rest.json.Readings.problem;

/**
 * A member the contract wants as one JSON value (a name, a code, a flag, a number, a date, a field value), kept as the
 * parser read it and judged when it is mapped: numbers may stand for text, strings for booleans and numbers (API.md §1).
 * An object or an array standing there is kept empty, as no reading looks inside one.
 */
@JsonDeserialize(using = Scalar.Reader.class)
public final class Scalar {

    private static final Scalar ABSENT = new Scalar(false, null);
    private static final Scalar NULL = new Scalar(true, null);

    private final boolean present;
    private final JsonNode value;

    private Scalar(boolean present, JsonNode value) {
        this.present = present;
        this.value = value;
    }

    /** True when the member is there, null included. */
    public boolean present() {
        return present;
    }

    /** True when an object or an array stands where a value was wanted. */
    public boolean isStructure() {
        return value != null && value.isContainerNode();
    }

    /**
     * A single-line text (names, codes, identifiers): numbers are read as their text, control characters refused; how long
     * it may be is for the rules of what it names (an item's error, not the request's).
     */
    public Validation<Seq<String>, Option<String>> text(String path) {
        if (value == null) {
            return Readings.none();
        }
        if (!value.isTextual() && !value.isNumber()) {
            return problem(path, "must be text");
        }
        return Text.hasControlCharacter(value.asText()) ? problem(path, "must not contain control characters")
                : Readings.given(value.asText());
    }

    /** A string, number or boolean as JSON text, kept with its type; a string holds no control character. */
    public Validation<Seq<String>, Option<String>> json(String path) {
        if (value == null) {
            return Readings.none();
        }
        if (value.isContainerNode()) {
            return problem(path, "must be a value");
        }
        return value.isTextual() ? text(path).map(text -> Option.of(value.toString())) : Readings.given(value.toString());
    }

    /** Free text (descriptions, field values): tab, newline and carriage return allowed (§6.25). */
    public Validation<Seq<String>, Option<String>> freeText(String path) {
        return scalar(path, "must not contain control characters other than tab and newline",
                text -> text.codePoints().anyMatch(c -> Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r'));
    }

    /**
     * A date the item's rules judge (an enrollment's expiry dates): any JSON value but an object or an array, so one that is
     * no date is the item's error (§3.3 step 5, §6.18); a control character, tab and newline included, is the request's (§6.25).
     */
    public Validation<Seq<String>, Option<String>> itemDate(String path) {
        return scalar(path, "must not contain control characters", Text::hasControlCharacter);
    }

    private Validation<Seq<String>, Option<String>> scalar(String path, String reason, Predicate<String> refused) {
        if (value == null) {
            return Readings.none();
        }
        if (value.isContainerNode()) {
            return problem(path, "must be a value");
        }
        return refused.test(value.asText()) ? problem(path, reason) : Readings.given(value.asText());
    }

    /**
     * A date the contract accepts and nothing keeps ({@code createDate}, {@code lastViewedDate}): when present it must be one
     * (API.md §1); an empty or malformed one is a problem of the request (§6.18).
     */
    public Validation<Seq<String>, Option<String>> acceptedDate(String path) {
        if (value == null) {
            return Readings.none();
        }
        boolean date = value.isTextual() && !Text.hasControlCharacter(value.asText()) && RequestDate.isDate(value.asText());
        return date ? Readings.given(value.asText()) : problem(path, "must be a date");
    }

    /** {@code true}/{@code false}, as JSON booleans or as strings in any case. */
    public Validation<Seq<String>, Option<Boolean>> bool(String path) {
        if (value == null) {
            return Readings.none();
        }
        if (value.isBoolean()) {
            return Readings.given(value.booleanValue());
        }
        String text = value.isTextual() ? spaceTrimmed(value.asText()).toLowerCase(Locale.ROOT) : "";
        return text.equals("true") || text.equals("false") ? Readings.given(text.equals("true"))
                : problem(path, "must be true or false");
    }

    /** A whole number (a JSON integer, or a string of digits); a fraction or a number out of range is a problem. */
    public Validation<Seq<String>, Option<Long>> integer(String path) {
        if (value == null) {
            return Readings.none();
        }
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            return Readings.given(value.longValue());
        }
        if (value.isTextual() && spaceTrimmed(value.asText()).matches("-?[0-9]{1,18}")) {
            return Readings.given(Long.parseLong(spaceTrimmed(value.asText())));
        }
        return problem(path, value.isNumber() ? "must be a whole number in range" : "must be a whole number");
    }

    public Validation<Seq<String>, Option<Integer>> smallInteger(String path) {
        return integer(path).flatMap(number -> number.isEmpty() || (number.get() >= Integer.MIN_VALUE && number.get() <= Integer.MAX_VALUE)
                ? Validation.valid(number.map(Long::intValue))
                : problem(path, "is out of range"));
    }

    /** Without surrounding spaces; other white space, control characters among it, stays and makes the text invalid. */
    private static String spaceTrimmed(String text) {
        return text.replaceAll("^ +| +$", "");
    }

    /** Reads a value as the parser gives it; an object or an array is skipped and kept as an empty one of its kind. */
    static final class Reader extends JsonDeserializer<Scalar> implements ContextualDeserializer {

        private final JsonDeserializer<Object> nodes;

        Reader() {
            this(null);
        }

        private Reader(JsonDeserializer<Object> nodes) {
            this.nodes = nodes;
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) throws JsonMappingException {
            return new Reader(context.findRootValueDeserializer(context.constructType(JsonNode.class)));
        }

        @Override
        public Scalar deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() == JsonToken.VALUE_NULL) {
                return NULL;
            }
            if (parser.currentToken().isStructStart()) {
                JsonNode empty = parser.isExpectedStartArrayToken() ? context.getNodeFactory().arrayNode() : context.getNodeFactory().objectNode();
                parser.skipChildren();
                return new Scalar(true, empty);
            }
            return new Scalar(true, (JsonNode) nodes.deserialize(parser, context));
        }

        @Override
        public Scalar getNullValue(DeserializationContext context) {
            return NULL;
        }

        @Override
        public Object getAbsentValue(DeserializationContext context) {
            return ABSENT;
        }
    }
}
