package io.grouployalty.adapters.rest.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.node.TreeTraversingParser;
import io.vavr.Function2;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;

import java.io.IOException;

/**
 * A member the contract wants as a JSON array of objects bound to {@code T}: absent, null, given, or something else standing
 * there, which is a problem of the request once it is read. An element that is not an object reads as {@code {}}.
 */
@JsonDeserialize(using = Listed.Reader.class)
public final class Listed<T> {

    private static final Listed<?> ABSENT = new Listed<>(false, false, List.empty());
    private static final Listed<?> NULL = new Listed<>(true, false, List.empty());
    private static final Listed<?> MISSHAPEN = new Listed<>(true, true, List.empty());

    private final boolean present;
    private final boolean misshapen;
    private final List<T> elements;

    private Listed(boolean present, boolean misshapen, List<T> elements) {
        this.present = present;
        this.misshapen = misshapen;
        this.elements = elements;
    }

    /** True when the member is there, null included. */
    public boolean present() {
        return present;
    }

    /** The elements (none when absent or null), or the problem of something else standing there. */
    public Validation<Seq<String>, List<T>> elements(String path) {
        return misshapen ? Readings.problem(path, "must be an array") : Validation.valid(elements);
    }

    /** The elements read one by one with their index, every problem of every element kept. */
    public <U> Validation<Seq<String>, List<U>> each(String path, Function2<T, Integer, Validation<Seq<String>, U>> reader) {
        return elements(path).flatMap(given -> Readings.each(given, reader));
    }

    /** Reads the array's objects with the reader of {@code T}; anything else is skipped. */
    static final class Reader extends ContentReader<Listed<?>> {

        Reader() {
            this(null);
        }

        private Reader(JsonDeserializer<Object> content) {
            super(content, ABSENT, NULL);
        }

        @Override
        Reader reading(JsonDeserializer<Object> found) {
            return new Reader(found);
        }

        @Override
        public Listed<?> deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() == JsonToken.VALUE_NULL) {
                return NULL;
            }
            if (!parser.isExpectedStartArrayToken()) {
                parser.skipChildren();
                return MISSHAPEN;
            }
            java.util.List<Object> elements = new java.util.ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                elements.add(parser.currentToken() == JsonToken.START_OBJECT ? content.deserialize(parser, context) : empty(parser, context));
            }
            return new Listed<>(true, false, List.ofAll(elements));
        }

        private Object empty(JsonParser parser, DeserializationContext context) throws IOException {
            parser.skipChildren();
            try (JsonParser nothing = new TreeTraversingParser(context.getNodeFactory().objectNode())) {
                nothing.nextToken();
                return content.deserialize(nothing, context);
            }
        }
    }
}
