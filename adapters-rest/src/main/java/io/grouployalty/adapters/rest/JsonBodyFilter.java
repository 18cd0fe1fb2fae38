package io.grouployalty.adapters.rest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.grouployalty.adapters.rest.error.ErrorEnvelope;
import io.grouployalty.domain.ErrorCode;
import io.vavr.control.Option;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The rules every request body obeys, checked once after authentication and before any resource reads it:
 * JSON media type (415), at most 8 MiB (413), strict UTF-8, well-formed JSON nested at most 64 deep (400).
 */
@Provider
@Priority(Priorities.ENTITY_CODER)
public final class JsonBodyFilter implements ContainerRequestFilter {

    public static final int MAX_BODY_BYTES = 8 * 1024 * 1024;
    public static final int MAX_NESTING_DEPTH = 64;

    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).build())
            .build();

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        if (!request.hasEntity()) {
            return;
        }
        MediaType type = request.getMediaType();
        if (type == null || type.isWildcardType() || type.isWildcardSubtype() || !type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
            request.abortWith(ErrorEnvelope.respond(415, ErrorCode.UNSUPPORTED_MEDIA_TYPE).build());
            return;
        }
        if (request.getLength() > MAX_BODY_BYTES) {
            request.abortWith(tooLarge());
            return;
        }
        byte[] body = request.getEntityStream().readNBytes(MAX_BODY_BYTES + 1);
        if (body.length > MAX_BODY_BYTES) {
            request.abortWith(tooLarge());
            return;
        }
        String problem = problemOf(body);
        if (problem != null) {
            request.abortWith(ErrorEnvelope.respond(400, ErrorCode.INVALID_INPUT, problem).build());
            return;
        }
        request.setEntityStream(new ByteArrayInputStream(body));
    }

    private static Response tooLarge() {
        return ErrorEnvelope.respond(413, ErrorCode.BODY_TOO_LARGE, "8 MiB").build();
    }

    /** The bytes as text when they are strict UTF-8. */
    static Option<String> utf8(byte[] bytes) {
        try {
            return Option.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Option.none();
        }
    }

    /** What is wrong with the body as JSON, or null when nothing is. */
    private static String problemOf(byte[] body) {
        if (utf8(body).isEmpty()) {
            return "body is not valid UTF-8";
        }
        try (JsonParser parser = JSON.createParser(body)) {
            if (parser.nextToken() == null) {
                return "body is empty";
            }
            parser.skipChildren();
            return parser.nextToken() == null ? null : "body holds more than one JSON value";
        } catch (StreamConstraintsException e) {
            return "body is nested deeper than " + MAX_NESTING_DEPTH + " levels";
        } catch (JsonProcessingException e) {
            return "body is not valid JSON" + (e.getLocation() == null ? ""
                    : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")");
        } catch (IOException e) {
            return "body could not be read";
        }
    }
}
