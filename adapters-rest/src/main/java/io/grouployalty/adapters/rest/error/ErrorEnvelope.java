package io.grouployalty.adapters.rest.error;

import io.grouployalty.domain.ErrorCode;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;

/** The body of a request-level failure: {@code {"errors": [...], "warnings": []}}. */
public record ErrorEnvelope(List<Problem> errors, List<Problem> warnings) {

    public static ErrorEnvelope of(Problem problem) {
        return new ErrorEnvelope(List.of(problem), List.of());
    }

    /** A response with this envelope for one problem of the given code. */
    public static Response.ResponseBuilder respond(int status, ErrorCode code, Object... details) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(of(Problem.of(code, details)));
    }
}
