package io.grouployalty.adapters.rest.error;

import io.grouployalty.adapters.rest.RequestIdFilter;
import io.grouployalty.domain.ErrorCode;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;

/** The body of a request-level failure: {@code {"errors": [...], "warnings": []}}. */
public record ErrorEnvelope(List<Problem> errors, List<Problem> warnings) {

    public static ErrorEnvelope of(Problem problem) {
        return new ErrorEnvelope(List.of(problem), List.of());
    }

    /** The problem to report for an HTTP status that no more specific rule explains. */
    public static Problem forStatus(int status, String method) {
        return switch (status) {
            case 401 -> Problem.of(ErrorCode.AUTHENTICATION_FAILED);
            case 404 -> Problem.of(ErrorCode.NOT_FOUND, "no such resource");
            case 405 -> Problem.of(ErrorCode.METHOD_NOT_ALLOWED, method);
            case 413 -> Problem.of(ErrorCode.BODY_TOO_LARGE, "8 MiB");
            case 415 -> Problem.of(ErrorCode.UNSUPPORTED_MEDIA_TYPE);
            case 503 -> Problem.of(ErrorCode.UNAVAILABLE, "every turn is taken");
            default -> status >= 500
                    ? Problem.of(ErrorCode.INTERNAL_ERROR, RequestIdFilter.current())
                    : Problem.of(ErrorCode.INVALID_INPUT, "the request can not be served as sent");
        };
    }

    /** A response with this envelope for one problem of the given code. */
    public static Response.ResponseBuilder respond(int status, ErrorCode code, Object... details) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(of(Problem.of(code, details)));
    }

    public static Response.ResponseBuilder respond(int status, Problem problem) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).entity(of(problem));
    }
}
