package io.grouployalty.adapters.rest;

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
import org.glassfish.jersey.model.Parameter;
import org.glassfish.jersey.server.ExtendedUriInfo;
import org.glassfish.jersey.server.model.ResourceMethod;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;

/**
 * The rules every request body obeys, checked once after authentication and before any resource reads it: JSON media
 * type (415), at most 8 MiB (413), strict UTF-8 (400). Its JSON is then parsed once, by {@link JsonBodyReader} as the
 * resource binds it, or here, with the same answers, when the resource binds none.
 */
@Provider
@Priority(Priorities.ENTITY_CODER)
public final class JsonBodyFilter implements ContainerRequestFilter {

    public static final int MAX_BODY_BYTES = 8 * 1024 * 1024;

    private final JsonBodyReader reader;

    public JsonBodyFilter(JsonBodyReader reader) {
        this.reader = reader;
    }

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
        Option<String> problem = !isUtf8(body) ? Option.of("body is not valid UTF-8")
                : readByResource(request) ? Option.none() : reader.problemOf(body);
        if (problem.isDefined()) {
            request.abortWith(ErrorEnvelope.respond(400, ErrorCode.INVALID_INPUT, problem.get()).build());
            return;
        }
        request.setEntityStream(new ByteArrayInputStream(body));
    }

    private static Response tooLarge() {
        return ErrorEnvelope.respond(413, ErrorCode.BODY_TOO_LARGE, "8 MiB").build();
    }

    /** True when the bytes are strict UTF-8, decoded a buffer at a time into one that is thrown away. */
    private static boolean isUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(4096);
        CoderResult result;
        do {
            out.clear();
            result = decoder.decode(in, out, true);
        } while (result.isOverflow());
        out.clear();
        return !result.isError() && !decoder.flush(out).isError();
    }

    /** True when the matched resource method binds the body, so that its reader is the one parse of it. */
    private static boolean readByResource(ContainerRequestContext request) {
        ResourceMethod method = request.getUriInfo() instanceof ExtendedUriInfo info ? info.getMatchedResourceMethod() : null;
        return method != null && method.getInvocable().getParameters().stream().anyMatch(parameter -> parameter.getSource() == Parameter.Source.ENTITY);
    }
}
