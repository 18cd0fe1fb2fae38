package io.grouployalty.adapters.rest;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.grouployalty.adapters.rest.error.ErrorEnvelope;
import io.grouployalty.adapters.rest.json.RequestBody;
import io.grouployalty.domain.ErrorCode;
import io.vavr.control.Either;
import io.vavr.control.Option;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;

import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.stream.Collectors;

/**
 * Binds a request body straight from its stream to its request records, in one pass of Jackson's parser: at most 64 levels
 * deep, one JSON value, strings as long as the body may be (API.md §1, §6.18). A body no resource reads is parsed the same
 * way by {@link JsonBodyFilter}, so that every body gets the same answers.
 */
@Provider
@Consumes(MediaType.APPLICATION_JSON)
public final class JsonBodyReader implements MessageBodyReader<RequestBody> {

    public static final int MAX_NESTING_DEPTH = 64;

    private final ObjectMapper json;

    /** Reads with {@code base}'s configuration (the application's mapper) under the limits of the contract. */
    public JsonBodyReader(ObjectMapper base) {
        json = base.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        json.getFactory().disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
        json.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .maxStringLength(JsonBodyFilter.MAX_BODY_BYTES)
                .build());
    }

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return RequestBody.class.isAssignableFrom(type);
    }

    /** The body bound to {@code genericType}, or null when there is none; a body that is not one JSON value is refused (400). */
    @Override
    public RequestBody readFrom(Class<RequestBody> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                                MultivaluedMap<String, String> headers, InputStream entity) throws IOException {
        ObjectReader reader = json.readerFor(json.constructType(genericType));
        Either<String, RequestBody> body = parse(json.createParser(entity), reader::readValue);
        return body.getOrElseThrow(problem -> new WebApplicationException(ErrorEnvelope.respond(400, ErrorCode.INVALID_INPUT, problem).build()));
    }

    /** What makes a body no resource reads other than one JSON value, if anything. */
    Option<String> problemOf(byte[] body) throws IOException {
        return parse(json.createParser(body), parser -> {
            parser.skipChildren();
            return null;
        }).swap().toOption();
    }

    @FunctionalInterface
    private interface ValueReader<T> {
        T read(JsonParser parser) throws IOException;
    }

    /** The value {@code reader} reads from the one JSON value of the body, null when nothing was sent, or what is wrong. */
    private static <T> Either<String, T> parse(JsonParser parser, ValueReader<T> reader) throws IOException {
        try (parser) {
            if (parser.nextToken() == null) {
                return parser.currentLocation().getByteOffset() == 0 ? Either.right(null) : Either.left("body is empty");
            }
            T value = reader.read(parser);
            return parser.nextToken() == null ? Either.right(value) : Either.left("body holds more than one JSON value");
        } catch (JacksonException e) {
            return Either.left(problemOf(parser, e));
        }
    }

    private static String problemOf(JsonParser parser, JacksonException exception) {
        if (parser.getParsingContext().getNestingDepth() > parser.streamReadConstraints().getMaxNestingDepth()) {
            return "body is nested deeper than " + MAX_NESTING_DEPTH + " levels";
        }
        JacksonException cause = exception;
        while (cause instanceof JsonMappingException && cause.getCause() instanceof JacksonException inner) {
            cause = inner;
        }
        if (cause instanceof StreamConstraintsException) {
            return "body holds a number or a member name longer than can be read" + at(cause);
        }
        if (cause instanceof JsonParseException || !(cause instanceof JsonMappingException mapping)) {
            return "body is not valid JSON" + at(cause);
        }
        String path = mapping.getPath().stream()
                .map(reference -> reference.getFieldName() != null ? reference.getFieldName() : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        return "body does not fit the request" + (path.isEmpty() ? "" : " at " + path) + at(cause);
    }

    private static String at(JacksonException exception) {
        return exception.getLocation() == null ? ""
                : " (line " + exception.getLocation().getLineNr() + ", column " + exception.getLocation().getColumnNr() + ")";
    }
}
