package io.grouployalty.adapters.rest.error;

import io.grouployalty.adapters.rest.RequestIdFilter;
import io.grouployalty.domain.ErrorCode;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Jersey's own failures (unknown path, wrong method, wrong media type, ...) in the vendor's envelope. */
@Provider
public final class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    private Request request;

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response original = exception.getResponse();
        if (original.hasEntity() && original.getEntity() instanceof ErrorEnvelope) {
            return original;
        }
        Response.ResponseBuilder envelope = envelopeFor(exception, original.getStatus());
        original.getHeaders().forEach((name, values) -> values.forEach(value -> envelope.header(name, value)));
        return envelope.build();
    }

    private Response.ResponseBuilder envelopeFor(WebApplicationException exception, int status) {
        if (exception instanceof NotFoundException) {
            return ErrorEnvelope.respond(status, ErrorCode.NOT_FOUND, "no such resource");
        }
        if (exception instanceof NotAllowedException) {
            return ErrorEnvelope.respond(status, ErrorCode.METHOD_NOT_ALLOWED, request.getMethod());
        }
        if (exception instanceof NotSupportedException) {
            return ErrorEnvelope.respond(status, ErrorCode.UNSUPPORTED_MEDIA_TYPE);
        }
        if (status >= 500) {
            return ErrorEnvelope.respond(status, ErrorCode.INTERNAL_ERROR, RequestIdFilter.current());
        }
        return ErrorEnvelope.respond(status, ErrorCode.INVALID_INPUT, "the request can not be served as sent");
    }
}
