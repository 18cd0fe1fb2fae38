package io.grouployalty.adapters.rest.error;

import io.grouployalty.adapters.rest.LogText;
import io.grouployalty.adapters.rest.RequestIdFilter;
import io.grouployalty.domain.ErrorCode;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.EOFException;
import java.sql.SQLException;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

/**
 * A bug or an infrastructure failure: logged in full under the request id, answered 500 with no internals. A database
 * out of reach is 503, a client that stopped sending its body is 400; both are logged in one line.
 */
@Provider
public final class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedExceptionMapper.class);

    @Override
    public Response toResponse(Throwable exception) {
        String requestId = RequestIdFilter.current();
        if (databaseUnreachable(exception)) {
            LOG.warn("Database unreachable while serving request {}: {}", requestId, LogText.escaped(exception.toString()));
            return ErrorEnvelope.respond(503, ErrorCode.UNAVAILABLE).build();
        }
        if (clientStoppedSending(exception)) {
            LOG.info("Request {} ended: its body stopped arriving ({})", requestId, LogText.escaped(exception.toString()));
            return ErrorEnvelope.respond(400, ErrorCode.INVALID_INPUT, "the request body stopped arriving").build();
        }
        LOG.error("Unexpected failure of request {}", requestId, exception);
        return ErrorEnvelope.respond(500, ErrorCode.INTERNAL_ERROR, requestId).build();
    }

    /** The body's read timed out or met the end of a closed connection. */
    private static boolean clientStoppedSending(Throwable exception) {
        return anyCause(exception, cause -> cause instanceof TimeoutException || cause instanceof EOFException);
    }

    /** SQL state class 08 is "connection exception"; 57P01 to 57P03 mean the server is shutting down or starting. */
    private static boolean databaseUnreachable(Throwable exception) {
        return anyCause(exception, cause -> cause instanceof SQLException sql && sql.getSQLState() != null
                && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P")));
    }

    private static boolean anyCause(Throwable exception, Predicate<Throwable> wanted) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (wanted.test(cause)) {
                return true;
            }
        }
        return false;
    }
}
