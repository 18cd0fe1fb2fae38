package io.grouployalty.adapters.rest.error;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.grouployalty.domain.ErrorCode;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.stream.Collectors;

/** A body that is not JSON, or JSON of the wrong shape: 400 with the place of the problem, never parser internals. */
@Provider
public final class JsonProcessingExceptionMapper implements ExceptionMapper<JsonProcessingException> {

    @Override
    public Response toResponse(JsonProcessingException exception) {
        return ErrorEnvelope.respond(400, ErrorCode.INVALID_INPUT, describe(exception)).build();
    }

    private static String describe(JsonProcessingException exception) {
        if (exception instanceof JsonParseException || !(exception instanceof JsonMappingException mapping)) {
            return "body is not valid JSON" + at(exception);
        }
        String path = mapping.getPath().stream()
                .map(reference -> reference.getFieldName() != null ? reference.getFieldName() : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        return "body does not fit the request" + (path.isEmpty() ? "" : " at " + path) + at(exception);
    }

    private static String at(JsonProcessingException exception) {
        return exception.getLocation() == null ? ""
                : " (line " + exception.getLocation().getLineNr() + ", column " + exception.getLocation().getColumnNr() + ")";
    }
}
