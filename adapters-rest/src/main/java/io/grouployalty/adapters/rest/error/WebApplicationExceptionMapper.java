package io.grouployalty.adapters.rest.error;

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
        int status = original.getStatus();
        Response.ResponseBuilder envelope = ErrorEnvelope.respond(status, ErrorEnvelope.forStatus(status, request.getMethod()));
        original.getHeaders().forEach((name, values) -> values.forEach(value -> envelope.header(name, value)));
        return envelope.build();
    }
}
