package io.grouployalty.adapters.rest.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;

import java.io.IOException;
import java.util.function.Function;

/**
 * A member the contract wants as a JSON object, bound to {@code T}: absent, null, given, or something else standing there,
 * which is a problem of the request once it is read. The body of a request is one too.
 */
@JsonDeserialize(using = Nested.Reader.class)
public final class Nested<T> implements RequestBody {

    private static final Nested<?> ABSENT = new Nested<>(false, false, null);
    private static final Nested<?> NULL = new Nested<>(true, false, null);
    private static final Nested<?> MISSHAPEN = new Nested<>(true, true, null);

    private final boolean present;
    private final boolean misshapen;
    private final T value;

    private Nested(boolean present, boolean misshapen, T value) {
        this.present = present;
        this.misshapen = misshapen;
        this.value = value;
    }

    /** True when the member is there, null included: {@code "parentCustomer": null} says something. */
    public boolean present() {
        return present;
    }

    /** The object, when one was given. */
    public Option<T> given() {
        return Option.of(value);
    }

    /** The object, none when absent or null, or the problem of something else standing there. */
    public Validation<Seq<String>, Option<T>> object(String path) {
        return misshapen ? Readings.problem(path, "must be an object") : Validation.valid(given());
    }

    /** What the object holds, read by {@code reader}; {@code otherwise} when absent or null. */
    public <U> Validation<Seq<String>, U> read(String path, Function<T, Validation<Seq<String>, U>> reader, U otherwise) {
        return Readings.inside(object(path), reader, otherwise);
    }

    /** Reads the object with the reader of {@code T}; anything else is skipped. */
    static final class Reader extends ContentReader<Nested<?>> {

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
        public Nested<?> deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() == JsonToken.VALUE_NULL) {
                return NULL;
            }
            if (parser.currentToken() != JsonToken.START_OBJECT) {
                parser.skipChildren();
                return MISSHAPEN;
            }
            return new Nested<>(true, false, content.deserialize(parser, context));
        }
    }
}
