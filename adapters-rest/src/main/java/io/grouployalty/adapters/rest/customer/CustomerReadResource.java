package io.grouployalty.adapters.rest.customer;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.auth.Auth;
import io.grouployalty.adapters.rest.auth.TillPrincipal;
import io.grouployalty.adapters.rest.error.ErrorEnvelope;
import io.grouployalty.adapters.rest.error.Responses;
import io.grouployalty.application.port.in.GetCompany;
import io.grouployalty.application.port.in.GetCustomer;
import io.grouployalty.application.port.in.GetHierarchy;
import io.grouployalty.application.port.in.ListExtendedFields;
import io.grouployalty.application.port.in.ListPrograms;
import io.grouployalty.application.port.in.LookupCustomer;
import io.grouployalty.application.port.in.ReadChangeHistory;
import io.grouployalty.application.port.in.ReadOrgSources;
import io.grouployalty.domain.ErrorCode;
import io.grouployalty.domain.company.Company;
import io.grouployalty.domain.company.CompanyRef;
import io.grouployalty.domain.customer.CustomerId;
import io.grouployalty.domain.customer.CustomerView;
import io.grouployalty.domain.hierarchy.Hierarchy;
import io.grouployalty.domain.hierarchy.HierarchyRef;
import io.grouployalty.domain.org.Caller;
import io.vavr.collection.List;
import io.vavr.collection.Stream;
import io.vavr.control.Either;
import io.vavr.control.Option;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Function;

/** {@code GET /v2/customers/{id}}, {@code /v2/customers/lookup} and {@code /v2/customers/{id}/changes} (API.md §3.6, §3.8). */
@Path("/v2")
@Produces(MediaType.APPLICATION_JSON + "; charset=UTF-8")
public final class CustomerReadResource {

    public static final int MAX_CHANGES = 100;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The use cases this resource serves. */
    public record UseCases(GetCustomer get, LookupCustomer lookup, ReadChangeHistory history, ReadOrgSources sources,
                           ListPrograms programs, ListExtendedFields extendedFields, GetHierarchy hierarchies, GetCompany companies) {
    }

    private final UseCases useCases;

    public CustomerReadResource(UseCases useCases) {
        this.useCases = useCases;
    }

    @GET
    @Path("/customers/{id}")
    public Response get(@Auth TillPrincipal principal, @PathParam("id") String id, @QueryParam("source") String source,
                        @QueryParam("accountId") String accountId, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        Caller caller = principal.caller();
        return RequestProfiles.forReads(useCases.sources(), caller, source, accountId)
                .flatMap(profile -> customerId(id))
                .map(customer -> useCases.get().get(new GetCustomer.Query(caller, customer))
                        .fold(rejection -> Responses.rejected(rejection, ErrorCode.CUSTOMER_NOT_FOUND), view -> render(caller, view, ifNoneMatch)))
                .fold(Function.identity(), Function.identity());
    }

    @GET
    @Path("/customers/lookup")
    public Response lookup(@Auth TillPrincipal principal, @QueryParam("source") String source, @QueryParam("accountId") String accountId,
                           @QueryParam("identifierName") String name, @QueryParam("identifierValue") String value) {
        Caller caller = principal.caller();
        if (name == null || name.isBlank() || value == null || value.isBlank()) {
            return ErrorEnvelope.respond(400, ErrorCode.INVALID_IDENTIFIER_NAME, "identifierName and identifierValue are required").build();
        }
        return RequestProfiles.forReads(useCases.sources(), caller, source, accountId)
                .map(profile -> useCases.lookup().lookup(new LookupCustomer.Query(caller, profile, name, value))
                        .fold(rejection -> rejection.code() == ErrorCode.INVALID_IDENTIFIER_NAME
                                ? ErrorEnvelope.respond(400, io.grouployalty.adapters.rest.error.Problem.of(rejection)).build()
                                : Responses.rejected(rejection, ErrorCode.CUSTOMER_NOT_FOUND), found -> Responses.entity(found.value())))
                .fold(Function.identity(), Function.identity());
    }

    @GET
    @Path("/customers/{id}/changes")
    public Response changes(@Auth TillPrincipal principal, @PathParam("id") String id, @QueryParam("limit") String limit,
                            @QueryParam("offset") String offset) {
        Caller caller = principal.caller();
        Option<Integer> pageSize = Paging.number(limit, 10, 1, MAX_CHANGES);
        Option<Integer> start = Paging.number(offset, 0, 0, Integer.MAX_VALUE);
        if (pageSize.isEmpty() || start.isEmpty()) {
            return Responses.invalid(List.of("limit must be 1 to " + MAX_CHANGES + " and offset 0 or more"));
        }
        return customerId(id).map(customer -> useCases.history().changes(new ReadChangeHistory.Query(caller, customer, pageSize.get(), start.get()))
                        .fold(rejection -> Responses.rejected(rejection, ErrorCode.CUSTOMER_NOT_FOUND),
                                page -> Responses.ok(ChangeHistoryJsonMapper.INSTANCE.page(page, caller.zone()))))
                .fold(Function.identity(), Function.identity());
    }

    private Response render(Caller caller, CustomerView view, String ifNoneMatch) {
        Option<Hierarchy> hierarchy = view.customer().association().flatMap(association -> useCases.hierarchies()
                .get(new GetHierarchy.Query(caller, new HierarchyRef.ByCode(association.hierarchy()))).toOption());
        Option<Company> company = view.customer().association().flatMap(association -> useCases.companies()
                .get(new GetCompany.Query(caller, new CompanyRef.ById(association.company()))).toOption());
        CustomerJson json = new CustomerRendering(caller.zone(), useCases.programs().programs(caller),
                useCases.extendedFields().extendedFields(caller), Unstored.NOTHING)
                .view(view, hierarchy, company);
        EntityTag tag = new EntityTag(fingerprint(json));
        if (ifNoneMatch != null && matches(ifNoneMatch, tag)) {
            return Response.notModified(tag).build();
        }
        return Response.ok(json, MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).tag(tag).build();
    }

    /** {@code If-None-Match} as RFC 9110 §13.1.2 reads it: {@code *}, or a list of tags compared weakly; a tag without quotes counts. */
    private static boolean matches(String ifNoneMatch, EntityTag tag) {
        return ifNoneMatch.strip().equals("*") || Stream.of(ifNoneMatch.split(","))
                .map(condition -> condition.strip().replaceFirst("^W/", "").replaceAll("^\"|\"$", ""))
                .exists(tag.getValue()::equals);
    }

    private static Either<Response, CustomerId> customerId(String id) {
        return id != null && id.strip().matches("[0-9]{1,18}") && Long.parseLong(id.strip()) > 0
                ? Either.right(new CustomerId(Long.parseLong(id.strip())))
                : Either.left(ErrorEnvelope.respond(404, ErrorCode.CUSTOMER_NOT_FOUND).build());
    }

    private static String fingerprint(CustomerJson json) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(JSON.writeValueAsString(json).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException | com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a customer could not be fingerprinted", e);
        }
    }
}
