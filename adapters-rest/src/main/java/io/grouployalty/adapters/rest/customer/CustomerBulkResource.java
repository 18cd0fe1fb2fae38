package io.grouployalty.adapters.rest.customer;

import io.dropwizard.auth.Auth;
import io.grouployalty.adapters.rest.auth.TillPrincipal;
import io.grouployalty.adapters.rest.error.ErrorEnvelope;
import io.grouployalty.adapters.rest.error.Problem;
import io.grouployalty.adapters.rest.error.Responses;
import io.grouployalty.adapters.rest.json.Nested;
import io.grouployalty.adapters.rest.RequestIdFilter;
import io.grouployalty.application.port.in.AssociateCustomers;
import io.grouployalty.application.port.in.ListExtendedFields;
import io.grouployalty.application.port.in.ListPrograms;
import io.grouployalty.application.port.in.ReadHierarchy;
import io.grouployalty.application.port.in.ReadOrgSources;
import io.grouployalty.application.port.in.UpdateAssociationDetails;
import io.grouployalty.domain.ErrorCode;
import io.grouployalty.domain.Page;
import io.grouployalty.domain.customer.CustomerId;
import io.grouployalty.domain.customer.CustomerItem;
import io.grouployalty.domain.customer.ItemFailure;
import io.grouployalty.domain.customer.CustomerOrder;
import io.grouployalty.domain.customer.CustomerView;
import io.grouployalty.domain.customer.ItemOutcome;
import io.grouployalty.domain.customer.ProfileKey;
import io.grouployalty.domain.org.Caller;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.function.Function;

/** {@code PUT /v2/customers/bulk} (also {@code PUT /v2/bulk}) and {@code POST /v2/customers/bulk} (API.md §3.3, §3.4, §3.7). */
@Path("/v2")
@Produces(MediaType.APPLICATION_JSON + "; charset=UTF-8")
@Consumes(MediaType.APPLICATION_JSON)
public final class CustomerBulkResource {

    public static final int MAX_ITEMS = 200;

    /** The use cases this resource serves. */
    public record UseCases(UpdateAssociationDetails update, AssociateCustomers associate, ReadHierarchy read, ReadOrgSources sources,
                           ListPrograms programs, ListExtendedFields extendedFields) {
    }

    private final UseCases useCases;

    public CustomerBulkResource(UseCases useCases) {
        this.useCases = useCases;
    }

    @PUT
    @Path("/customers/bulk")
    public Response update(@Auth TillPrincipal principal, @QueryParam("source") String source, @QueryParam("accountId") String accountId,
                           @QueryParam("dryRun") String dryRun, BatchRequest body) {
        return run(principal.caller(), source, accountId, dryRun, body, (profile, items, dry) -> useCases.update()
                .update(new UpdateAssociationDetails.Command(principal.caller(), profile, items, dry, RequestIdFilter.current())), false);
    }

    @PUT
    @Path("/bulk")
    public Response updateAtShortPath(@Auth TillPrincipal principal, @QueryParam("source") String source,
                                      @QueryParam("accountId") String accountId, @QueryParam("dryRun") String dryRun, BatchRequest body) {
        return update(principal, source, accountId, dryRun, body);
    }

    @POST
    @Path("/customers/bulk")
    public Response associate(@Auth TillPrincipal principal, @QueryParam("source") String source, @QueryParam("accountId") String accountId,
                              @QueryParam("dryRun") String dryRun, BatchRequest body) {
        return run(principal.caller(), source, accountId, dryRun, body, (profile, items, dry) -> useCases.associate()
                .associate(new AssociateCustomers.Command(principal.caller(), profile, items, dry, RequestIdFilter.current())), true);
    }

    @GET
    @Path("/customers/bulk")
    public Response readHierarchy(@Auth TillPrincipal principal, @QueryParam("source") String source, @QueryParam("accountId") String accountId,
                                  @QueryParam("associationEntityType") String entityType,
                                  @QueryParam("associationEntityIdentifierType") String identifierType,
                                  @QueryParam("associationEntityIdentifierValue") String identifierValue,
                                  @QueryParam("limit") String limit, @QueryParam("offset") String offset,
                                  @QueryParam("sortBy") String sortBy, @QueryParam("sortOrder") String sortOrder,
                                  @QueryParam("includeNoOfChildren") String includeNoOfChildren,
                                  @QueryParam("includeCustomerAssociateDetail") String includeParent) {
        Caller caller = principal.caller();
        java.util.List<String> problems = new java.util.ArrayList<>();
        Option<ReadHierarchy.EntityType> type = Option.of(entityType).flatMap(raw -> List.of(ReadHierarchy.EntityType.values())
                .find(each -> each.name().replace("_", "").equalsIgnoreCase(raw.strip())));
        if (type.isEmpty()) {
            problems.add("associationEntityType must be parentCustomer, company or parentChildCustomer");
        }
        if (identifierValue == null || identifierValue.isBlank()) {
            problems.add("associationEntityIdentifierValue is required");
        }
        Option<Integer> pageSize = Paging.number(limit, 10, 1, 1000);
        Option<Integer> start = Paging.number(offset, 0, 0, Integer.MAX_VALUE);
        if (pageSize.isEmpty() || start.isEmpty()) {
            problems.add("limit must be 1 to 1000 and offset 0 or more");
        }
        boolean byUpdate = sortBy != null && sortBy.equalsIgnoreCase("lastUpdatedOn");
        if (sortBy != null && !byUpdate && !sortBy.equalsIgnoreCase("createdon")) {
            problems.add("sortBy must be createdon or lastUpdatedOn");
        }
        boolean ascending = sortOrder != null && sortOrder.equalsIgnoreCase("ASC");
        if (sortOrder != null && !ascending && !sortOrder.equalsIgnoreCase("DESC")) {
            problems.add("sortOrder must be ASC or DESC");
        }
        Option<Boolean> children = flag(includeNoOfChildren);
        Option<Boolean> parents = flag(includeParent);
        if (children.isEmpty() || parents.isEmpty()) {
            problems.add("includeNoOfChildren and includeCustomerAssociateDetail must be true or false");
        }
        if (!problems.isEmpty()) {
            return Responses.invalid(List.ofAll(problems));
        }
        CustomerOrder order = byUpdate ? (ascending ? CustomerOrder.UPDATED_ASC : CustomerOrder.UPDATED_DESC)
                : (ascending ? CustomerOrder.CREATED_ASC : CustomerOrder.CREATED_DESC);
        String name = identifierType == null ? (type.get() == ReadHierarchy.EntityType.COMPANY ? "externalId" : "mobile") : identifierType;
        return RequestProfiles.forReads(useCases.sources(), caller, source, accountId).map(profile -> useCases.read()
                        .read(new ReadHierarchy.Query(caller, profile, type.get(), name, identifierValue, order, pageSize.get(), start.get()))
                        .fold(rejection -> rejection.code() == ErrorCode.INVALID_IDENTIFIER_NAME
                                        ? ErrorEnvelope.respond(400, Problem.of(rejection)).build()
                                        : Responses.rejected(rejection, rejection.code()),
                                page -> Responses.ok(fleet(caller, page, children.get(),
                                        parents.get() || type.get() == ReadHierarchy.EntityType.PARENT_CHILD_CUSTOMER))))
                .fold(Function.identity(), Function.identity());
    }

    private FleetJson fleet(Caller caller, Page<CustomerView> page, boolean withChildren, boolean withParent) {
        return new CustomerRendering(caller.zone(), List.empty(), useCases.extendedFields().extendedFields(caller), Unstored.NOTHING)
                .fleet(page, withChildren, withParent);
    }

    @FunctionalInterface
    private interface Batch {
        List<Either<ItemFailure, ItemOutcome>> run(ProfileKey profile, List<CustomerItem> items, boolean dryRun);
    }

    private Response run(Caller caller, String source, String accountId, String dryRunFlag, BatchRequest body, Batch batch, boolean associating) {
        Option<Boolean> dryRun = flag(dryRunFlag);
        if (dryRun.isEmpty()) {
            return Responses.invalid(List.of("dryRun must be true or false"));
        }
        Response answer = RequestProfiles.of(useCases.sources(), caller, source, accountId).flatMap(profile -> items(body).map(items -> {
            List<Either<ItemFailure, ItemOutcome>> outcomes = batch.run(profile, items, dryRun.get());
            CustomerRendering rendering = new CustomerRendering(caller.zone(), useCases.programs().programs(caller),
                    useCases.extendedFields().extendedFields(caller), dryRun.get() ? Unstored.by(outcomes) : Unstored.NOTHING);
            java.util.List<?> elements = associating ? outcomes.map(outcome -> associated(rendering, outcome)).toJavaList()
                    : outcomes.map(outcome -> updated(rendering, outcome)).toJavaList();
            int failed = outcomes.count(Either::isLeft);
            int status = failed == 0 ? 200 : failed < outcomes.size() ? 201 : 500;
            Response.ResponseBuilder response = Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).entity(elements);
            if (status == 500 && outcomes.exists(outcome -> outcome.isLeft() && outcome.getLeft().rejection().code() == ErrorCode.UNAVAILABLE)) {
                response.header("Retry-After", "1");
            }
            return response.build();
        })).fold(Function.identity(), Function.identity());
        return dryRun.get() ? Response.fromResponse(answer).header("X-Dry-Run", "true").build() : answer;
    }

    private static ItemJson updated(CustomerRendering rendering, Either<ItemFailure, ItemOutcome> outcome) {
        return outcome.isRight() ? rendering.outcome(outcome.get()) : failed(outcome.getLeft());
    }

    private static FailedItemJson failed(ItemFailure failure) {
        return new FailedItemJson(failure.customer().map(CustomerId::value).getOrNull(), java.util.List.of(Problem.of(failure.rejection())),
                java.util.List.of());
    }

    private static AssociatedItemJson associated(CustomerRendering rendering, Either<ItemFailure, ItemOutcome> outcome) {
        if (outcome.isRight()) {
            ItemOutcome done = outcome.get();
            int children = done.children().size();
            return new AssociatedItemJson(rendering.entity(done), done.children().map(child -> rendering.child(done, child)).toJavaList(),
                    children, children, 0, java.util.List.of(), CustomerRendering.warnings(done.warnings()));
        }
        ItemFailure failure = outcome.getLeft();
        return new AssociatedItemJson(failure.customer().map(id -> new AssociatedItemJson.CustomerIdJson(id.value())).getOrNull(),
                java.util.List.of(), 0, 0, 0, java.util.List.of(Problem.of(failure.rejection())), java.util.List.of());
    }

    private static Either<Response, List<CustomerItem>> items(BatchRequest body) {
        Option<List<Nested<ItemRequest>>> elements = Option.of(body).flatMap(BatchRequest::items);
        if (elements.isEmpty()) {
            return Either.left(Responses.invalid(List.of("body must be an item or an array of items")));
        }
        if (elements.get().isEmpty()) {
            return Either.left(Responses.invalid(List.of("the batch is empty")));
        }
        if (elements.get().size() > MAX_ITEMS) {
            return Either.left(ErrorEnvelope.respond(400, ErrorCode.BATCH_LIMIT_EXCEEDED, MAX_ITEMS).build());
        }
        return CustomerRequests.items(elements.get()).toEither().mapLeft(Responses::invalid);
    }

    private static Option<Boolean> flag(String raw) {
        if (raw == null) {
            return Option.of(false);
        }
        return raw.equalsIgnoreCase("true") ? Option.of(true) : raw.equalsIgnoreCase("false") ? Option.of(false) : Option.none();
    }
}
