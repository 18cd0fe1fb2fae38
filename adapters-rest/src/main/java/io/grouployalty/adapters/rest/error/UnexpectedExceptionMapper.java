package io.grouployalty.adapters.rest.error;

import io.grouployalty.adapters.rest.LogText;
import io.grouployalty.adapters.rest.RequestIdFilter;
import io.grouployalty.domain.ErrorCode;
import io.grouployalty.domain.RowsBusy;
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
 * out of reach and rows busy with other work are 503 with {@code Retry-After}; a client that stopped sending its body is
 * 400; those are logged in one line. A statement cut off by its timeout is a fault like any other.
 */
@Provider
public final class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedExceptionMapper.class);

    @Override
    public Response toResponse(Throwable exception) {
        String requestId = RequestIdFilter.current();
        if (databaseUnreachable(exception)) {
            LOG.warn("Database unreachable while serving request {}: {}", requestId, LogText.escaped(exception.toString()));
            return unavailable("the database can not be reached");
        }
        if (anyCause(exception, RowsBusy.class::isInstance) || sqlState(exception, "55P03"::equals)) {
            LOG.info("Request {} found its rows busy with other work", requestId);
            return unavailable("what this request changes is busy with another request");
        }
        if (clientStoppedSending(exception)) {
            LOG.info("Request {} ended: its body stopped arriving ({})", requestId, LogText.escaped(exception.toString()));
            return ErrorEnvelope.respond(400, ErrorCode.INVALID_INPUT, "the request body stopped arriving").build();
        }
        LOG.error("Unexpected failure of request {}", requestId, exception);
        return ErrorEnvelope.respond(500, ErrorCode.INTERNAL_ERROR, requestId).build();
    }

    private static Response unavailable(String why) {
        return ErrorEnvelope.respond(503, ErrorCode.UNAVAILABLE, why).header("Retry-After", "1").build();
    }

    /** The body's read timed out or met the end of a closed connection. */
    private static boolean clientStoppedSending(Throwable exception) {
        return anyCause(exception, cause -> cause instanceof TimeoutException || cause instanceof EOFException);
    }

    /** SQL state class 08 is "connection exception"; 57P01 to 57P03 mean the server is shutting down or starting. */
    private static boolean databaseUnreachable(Throwable exception) {
        return sqlState(exception, state -> state.startsWith("08") || state.startsWith("57P"));
    }

    private static boolean sqlState(Throwable exception, Predicate<String> wanted) {
        return anyCause(exception, cause -> cause instanceof SQLException sql && sql.getSQLState() != null && wanted.test(sql.getSQLState()));
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
