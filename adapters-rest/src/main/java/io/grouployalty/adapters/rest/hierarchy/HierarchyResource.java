package io.grouployalty.adapters.rest.hierarchy;

import io.dropwizard.auth.Auth;
import io.grouployalty.adapters.rest.auth.TillPrincipal;
import io.grouployalty.adapters.rest.error.Responses;
import io.grouployalty.adapters.rest.json.Nested;
import io.grouployalty.adapters.rest.json.Readings;
import io.grouployalty.application.port.in.DeactivateHierarchy;
import io.grouployalty.application.port.in.DefineHierarchy;
import io.grouployalty.application.port.in.GetHierarchy;
import io.grouployalty.application.port.in.ListHierarchies;
import io.grouployalty.application.port.in.UpdateHierarchy;
import io.grouployalty.domain.ErrorCode;
import io.grouployalty.domain.hierarchy.HierarchyCode;
import io.grouployalty.domain.hierarchy.HierarchyId;
import io.grouployalty.domain.hierarchy.HierarchyRef;
import io.grouployalty.domain.org.Caller;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.function.Function;

/** {@code /v2/fleetHierarchy}: define, read, list, update and deactivate hierarchy definitions (API.md §3.1). */
@Path("/v2/fleetHierarchy")
@Produces(MediaType.APPLICATION_JSON + "; charset=UTF-8")
@Consumes(MediaType.APPLICATION_JSON)
public final class HierarchyResource {

    /** The use cases this resource serves. */
    public record UseCases(DefineHierarchy define, UpdateHierarchy update, DeactivateHierarchy deactivate, GetHierarchy get,
                           ListHierarchies list) {
    }

    private static final HierarchyJsonMapper JSON = HierarchyJsonMapper.INSTANCE;

    private final UseCases useCases;

    public HierarchyResource(UseCases useCases) {
        this.useCases = useCases;
    }

    @POST
    public Response define(@Auth TillPrincipal principal, Nested<HierarchyRequest> body) {
        return read(body, HierarchyRequests::draft).fold(Function.identity(), draft -> useCases.define()
                .define(new DefineHierarchy.Command(principal.caller(), draft))
                .fold(rejection -> Responses.rejected(rejection, null), id -> Responses.entity(id.value())));
    }

    @GET
    public Response get(@Auth TillPrincipal principal, @QueryParam("code") String code, @QueryParam("id") String id) {
        Caller caller = principal.caller();
        if (code != null) {
            return HierarchyCode.parse(code).fold(reason -> Responses.invalid(List.of("code must be a hierarchy code")),
                    valid -> show(caller, new HierarchyRef.ByCode(valid), ErrorCode.HIERARCHY_CODE_UNKNOWN));
        }
        return hierarchyId(id).fold(Function.identity(), hierarchy -> show(caller, new HierarchyRef.ById(hierarchy), ErrorCode.HIERARCHY_ID_INVALID));
    }

    @GET
    @Path("/all")
    public Response all(@Auth TillPrincipal principal) {
        Caller caller = principal.caller();
        java.util.List<HierarchyJson> hierarchies = useCases.list().list(caller).map(hierarchy -> JSON.hierarchy(hierarchy, caller.zone())).toJavaList();
        return Responses.ok(new HierarchyListJson(hierarchies, java.util.List.of(), java.util.List.of()));
    }

    @PUT
    @Path("/{id}")
    public Response update(@Auth TillPrincipal principal, @PathParam("id") String id, Nested<HierarchyRequest> body) {
        return hierarchyId(id).flatMap(hierarchy -> read(body, HierarchyRequests::change).map(change -> useCases.update()
                        .update(new UpdateHierarchy.Command(principal.caller(), hierarchy, change))
                        .fold(rejection -> Responses.rejected(rejection, ErrorCode.HIERARCHY_ID_INVALID), updated -> Responses.entity(updated.value()))))
                .fold(Function.identity(), Function.identity());
    }

    @DELETE
    @Path("/{id}")
    public Response deactivate(@Auth TillPrincipal principal, @PathParam("id") String id) {
        return hierarchyId(id).fold(Function.identity(), hierarchy -> useCases.deactivate()
                .deactivate(new DeactivateHierarchy.Command(principal.caller(), hierarchy))
                .fold(rejection -> Responses.rejected(rejection, ErrorCode.HIERARCHY_ID_INVALID), done -> Responses.entity(done.value())));
    }

    private Response show(Caller caller, HierarchyRef ref, ErrorCode subjectMissing) {
        return useCases.get().get(new GetHierarchy.Query(caller, ref))
                .fold(rejection -> Responses.rejected(rejection, subjectMissing), hierarchy -> Responses.ok(JSON.hierarchy(hierarchy, caller.zone())));
    }

    private static Either<Response, HierarchyId> hierarchyId(String id) {
        if (id == null || !id.strip().matches("[0-9]{1,18}") || Long.parseLong(id.strip()) == 0) {
            return Either.left(Responses.invalid(List.of("id must be a hierarchy id (or give code)")));
        }
        return Either.right(new HierarchyId(Long.parseLong(id.strip())));
    }

    private static <T> Either<Response, T> read(Nested<HierarchyRequest> body, Function<HierarchyRequest, Validation<Seq<String>, T>> mapping) {
        return Readings.body(body).flatMap(mapping).toEither().mapLeft(Responses::invalid);
    }
}
