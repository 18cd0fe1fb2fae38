package io.grouployalty.adapters.rest.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.grouployalty.adapters.rest.RequestIdFilter;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/** Errors Jetty answers itself, before any resource (a malformed request line, say), in the vendor's envelope. */
public final class EnvelopeErrorHandler extends ErrorHandler {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpField CONTENT_TYPE = new HttpField(HttpHeader.CONTENT_TYPE, "application/json; charset=UTF-8");

    /** Every method gets the envelope, not only GET, POST and HEAD as Jetty's default handler has it. */
    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        response.getHeaders().put(CONTENT_TYPE);
        if (!response.getHeaders().contains(RequestIdFilter.HEADER)) {
            String id = RequestIdFilter.newId();
            response.getHeaders().put(RequestIdFilter.HEADER, id);
            RequestIdFilter.logServed(request.getMethod(), request.getHttpURI().getPathQuery(), code, System.nanoTime(), id);
        }
        response.write(true, ByteBuffer.wrap(body(code, request.getMethod())), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        String id = RequestIdFilter.newId();
        fields.put(CONTENT_TYPE);
        fields.put(RequestIdFilter.HEADER, id);
        RequestIdFilter.logServed("-", "(unreadable request: " + reason + ")", status, System.nanoTime(), id);
        return ByteBuffer.wrap(body(status, "-"));
    }

    private static byte[] body(int status, String method) {
        try {
            return JSON.writeValueAsBytes(ErrorEnvelope.of(ErrorEnvelope.forStatus(status, method)));
        } catch (JsonProcessingException e) {
            return "{\"errors\":[{\"status\":false,\"code\":500,\"message\":\"Internal error\"}],\"warnings\":[]}"
                    .getBytes(StandardCharsets.UTF_8);
        }
    }
}
