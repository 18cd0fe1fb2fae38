package io.grouployalty.adapters.rest.error;

import io.grouployalty.domain.ErrorCode;
import io.grouployalty.domain.Rejection;
import io.vavr.collection.Seq;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The responses every resource gives the same way: an entity id, a rejection, a request that is not of the right shape. */
public final class Responses {

    private static final MediaType JSON = MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8");

    private Responses() {
    }

    /** {@code {"entity": <id>, "warnings": []}}. */
    public static Response entity(long id) {
        return Response.ok(new EntityIdJson(id, java.util.List.of()), JSON).build();
    }

    public static Response ok(Object body) {
        return Response.ok(body, JSON).build();
    }

    /** A broken rule as a request-level failure: 404 when it is the request's own subject that is missing, else 400. */
    public static Response rejected(Rejection rejection, ErrorCode subjectMissing) {
        int status = rejection.code() == subjectMissing ? 404 : 400;
        return ErrorEnvelope.respond(status, Problem.of(rejection)).build();
    }

    /** Every shape problem of a request, one error object each, in one 400. */
    public static Response invalid(Seq<String> problems) {
        java.util.List<Problem> errors = problems.map(problem -> Problem.of(ErrorCode.INVALID_INPUT, problem)).toJavaList();
        return Response.status(400).type(JSON).entity(new ErrorEnvelope(errors, java.util.List.of())).build();
    }

    /** The id of the entity a request created, changed or deactivated. */
    public record EntityIdJson(long entity, java.util.List<Problem> warnings) {
    }
}
