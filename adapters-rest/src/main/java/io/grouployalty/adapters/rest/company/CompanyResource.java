package io.grouployalty.adapters.rest.company;

import io.dropwizard.auth.Auth;
import io.grouployalty.adapters.rest.auth.TillPrincipal;
import io.grouployalty.adapters.rest.error.Responses;
import io.grouployalty.adapters.rest.json.Nested;
import io.grouployalty.adapters.rest.json.Readings;
import io.grouployalty.application.port.in.DeactivateCompany;
import io.grouployalty.application.port.in.GetCompany;
import io.grouployalty.application.port.in.ListCompanies;
import io.grouployalty.application.port.in.RegisterCompany;
import io.grouployalty.application.port.in.UpdateCompany;
import io.grouployalty.domain.ErrorCode;
import io.grouployalty.domain.Page;
import io.grouployalty.domain.company.Company;
import io.grouployalty.domain.company.CompanyId;
import io.grouployalty.domain.company.CompanyQuery;
import io.grouployalty.domain.company.CompanyRef;
import io.grouployalty.domain.company.ExternalId;
import io.grouployalty.domain.org.Caller;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.function.Function;

/** {@code /v2/companies}: register, read, list, update and deactivate companies (API.md §3.2, §6.3, §6.38, §6.39). */
@Path("/v2/companies")
@Produces(MediaType.APPLICATION_JSON + "; charset=UTF-8")
@Consumes(MediaType.APPLICATION_JSON)
public final class CompanyResource {

    /** The use cases this resource serves. */
    public record UseCases(RegisterCompany register, UpdateCompany update, DeactivateCompany deactivate, GetCompany get,
                           ListCompanies list) {
    }

    private final UseCases useCases;

    public CompanyResource(UseCases useCases) {
        this.useCases = useCases;
    }

    @POST
    public Response register(@Auth TillPrincipal principal, Nested<CompanyRequest> body) {
        return Readings.body(body).flatMap(CompanyRequests::draft).fold(Responses::invalid, draft -> useCases.register()
                .register(new RegisterCompany.Command(principal.caller(), draft))
                .fold(rejection -> Responses.rejected(rejection, null), id -> Responses.entity(id.value())));
    }

    @GET
    public Response get(@Auth TillPrincipal principal, @QueryParam("externalId") String externalId, @QueryParam("id") String id) {
        Caller caller = principal.caller();
        return ref(externalId, id).fold(Function.identity(), company -> useCases.get().get(new GetCompany.Query(caller, company))
                .fold(rejection -> Responses.rejected(rejection, ErrorCode.COMPANY_UNKNOWN), found -> Responses.ok(json(caller, found))));
    }

    @GET
    @Path("/all")
    public Response all(@Auth TillPrincipal principal, @QueryParam("limit") String limit, @QueryParam("offset") String offset,
                        @QueryParam("status") String status, @QueryParam("sortBy") String sortBy, @QueryParam("sortOrder") String sortOrder) {
        Caller caller = principal.caller();
        java.util.List<String> problems = new java.util.ArrayList<>();
        int pageSize = number(limit, CompanyQuery.DEFAULT_LIMIT, 1, CompanyQuery.MAX_LIMIT, "limit", problems);
        int start = number(offset, 0, 0, Integer.MAX_VALUE, "offset", problems);
        Option<Boolean> active = status == null ? Option.none()
                : status.equalsIgnoreCase("ACTIVE") ? Option.of(true) : status.equalsIgnoreCase("INACTIVE") ? Option.of(false) : null;
        if (active == null) {
            problems.add("status must be ACTIVE or INACTIVE");
        }
        if (sortBy != null && !sortBy.equalsIgnoreCase("createdDate")) {
            problems.add("sortBy must be createdDate");
        }
        if (sortOrder != null && !sortOrder.equalsIgnoreCase("ASC") && !sortOrder.equalsIgnoreCase("DESC")) {
            problems.add("sortOrder must be ASC or DESC");
        }
        if (!problems.isEmpty()) {
            return Responses.invalid(List.ofAll(problems));
        }
        boolean newestFirst = sortOrder == null || sortOrder.equalsIgnoreCase("DESC");
        Page<Company> page = useCases.list().list(new ListCompanies.Query(caller, new CompanyQuery(active, newestFirst, pageSize, start)));
        return Responses.ok(new CompanyPageJson(new CompanyPageJson.PaginationJson(pageSize, start, "createdDate", newestFirst ? "DESC" : "ASC",
                page.total()), page.items().map(company -> json(caller, company)).toJavaList(), java.util.List.of(), java.util.List.of()));
    }

    @PUT
    public Response update(@Auth TillPrincipal principal, @QueryParam("externalId") String externalId, @QueryParam("id") String id,
                           Nested<CompanyRequest> body) {
        return ref(externalId, id).flatMap(company -> Readings.body(body).flatMap(CompanyRequests::change).toEither()
                        .mapLeft(Responses::invalid)
                        .map(change -> useCases.update().update(new UpdateCompany.Command(principal.caller(), company, change))
                                .fold(rejection -> Responses.rejected(rejection, ErrorCode.COMPANY_UNKNOWN), updated -> Responses.entity(updated.value()))))
                .fold(Function.identity(), Function.identity());
    }

    @DELETE
    public Response deactivate(@Auth TillPrincipal principal, @QueryParam("externalId") String externalId, @QueryParam("id") String id) {
        return ref(externalId, id).fold(Function.identity(), company -> useCases.deactivate()
                .deactivate(new DeactivateCompany.Command(principal.caller(), company))
                .fold(rejection -> Responses.rejected(rejection, ErrorCode.COMPANY_UNKNOWN), done -> Responses.entity(done.value())));
    }

    private CompanyJson json(Caller caller, Company company) {
        Option<Company> parent = company.parent().flatMap(parentId ->
                useCases.get().get(new GetCompany.Query(caller, new CompanyRef.ById(parentId))).toOption());
        return CompanyJsonMapper.INSTANCE.company(company, parent);
    }

    private static Either<Response, CompanyRef> ref(String externalId, String id) {
        if (externalId != null) {
            return ExternalId.parse(externalId)
                    .<CompanyRef>map(CompanyRef.ByExternalId::new)
                    .mapLeft(reason -> Responses.invalid(List.of("externalId " + reason)));
        }
        if (id != null && id.strip().matches("[0-9]{1,18}") && Long.parseLong(id.strip()) > 0) {
            return Either.right(new CompanyRef.ById(new CompanyId(Long.parseLong(id.strip()))));
        }
        return Either.left(Responses.invalid(List.of("give externalId or id of the company")));
    }

    private static int number(String raw, int fallback, int min, int max, String name, java.util.List<String> problems) {
        if (raw == null) {
            return fallback;
        }
        if (!raw.strip().matches("-?[0-9]{1,9}") || Integer.parseInt(raw.strip()) < min || Integer.parseInt(raw.strip()) > max) {
            problems.add(name + " must be a whole number from " + min + " to " + max);
            return fallback;
        }
        return Integer.parseInt(raw.strip());
    }
}
