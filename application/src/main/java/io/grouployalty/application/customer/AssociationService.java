package io.grouployalty.application.customer;

import io.grouployalty.application.port.in.AssociateCustomers;
import io.grouployalty.application.port.in.UpdateAssociationDetails;
import io.grouployalty.domain.ErrorCode;
import io.grouployalty.domain.Rejection;
import io.grouployalty.domain.RowsBusy;
import io.grouployalty.domain.Transactions;
import io.grouployalty.domain.customer.Change;
import io.grouployalty.domain.customer.ChangeHistory;
import io.grouployalty.domain.customer.Customer;
import io.grouployalty.domain.customer.CustomerId;
import io.grouployalty.domain.customer.CustomerItem;
import io.grouployalty.domain.customer.Customers;
import io.grouployalty.domain.customer.ItemContext;
import io.grouployalty.domain.customer.ItemFailure;
import io.grouployalty.domain.customer.ItemOutcome;
import io.grouployalty.domain.customer.rules.ItemRules;
import io.grouployalty.domain.customer.rules.World;
import io.grouployalty.domain.company.Companies;
import io.grouployalty.domain.customer.ProfileKey;
import io.grouployalty.domain.customer.ReferenceData;
import io.grouployalty.domain.org.Caller;
import io.grouployalty.domain.org.Org;
import io.grouployalty.domain.org.OrgId;
import io.grouployalty.domain.org.Orgs;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Runs batches of customer items: for each item the world it names is loaded, {@link ItemRules} judge it, and what they
 * judged is written with its history, in one unit of work.
 */
public final class AssociationService implements UpdateAssociationDetails, AssociateCustomers {

    private static final int JUDGEMENTS = 3;
    private static final Set<ErrorCode> TAKEN = EnumSet.of(ErrorCode.IDENTIFIER_TAKEN, ErrorCode.CARD_NUMBER_EXISTS);

    private final Orgs orgs;
    private final Customers customers;
    private final ChangeHistory history;
    private final Companies companies;
    private final WorldLoader loader;
    private final Transactions transactions;
    private final Clock clock;
    private final Duration deadline;

    /** {@code deadline}: how long after its start a request still starts items; later ones fail with 503. */
    public AssociationService(Orgs orgs, Customers customers, ChangeHistory history, ReferenceData reference,
                              Transactions transactions, Clock clock, Duration deadline) {
        this.orgs = orgs;
        this.customers = customers;
        this.history = history;
        this.companies = reference.companies();
        this.loader = new WorldLoader(customers, reference);
        this.transactions = transactions;
        this.clock = clock;
        this.deadline = deadline;
    }

    @Override
    public List<Either<ItemFailure, ItemOutcome>> update(UpdateAssociationDetails.Command command) {
        return run(command.caller(), command.requestProfile(), command.items(), command.dryRun(), command.requestId(),
                Change.Operation.UPDATE_ASSOCIATION, ItemRules::update);
    }

    @Override
    public List<Either<ItemFailure, ItemOutcome>> associate(AssociateCustomers.Command command) {
        return run(command.caller(), command.requestProfile(), command.items(), command.dryRun(), command.requestId(),
                Change.Operation.ASSOCIATE, ItemRules::associate);
    }

    /**
     * Items in input order, each judged and written in its own unit of work, all at the time of the request; a dry run
     * undoes them all at the end. An item not started by the request's deadline fails with 503, as does one whose
     * rows stay busy.
     */
    private List<Either<ItemFailure, ItemOutcome>> run(Caller caller, ProfileKey requestProfile, List<CustomerItem> items, boolean dryRun,
                                                       String requestId, Change.Operation operation,
                                                       Judge judge) {
        OrgId org = caller.org();
        BatchSettings settings = loader.settingsOf(org);
        boolean registering = operation == Change.Operation.ASSOCIATE;
        ZoneOffset zone = orgs.find(org).map(Org::timeZone).getOrElse(ZoneOffset.UTC);
        Instant requestTime = clock.instant();
        Instant lastStart = requestTime.plus(deadline);
        Supplier<List<Either<ItemFailure, ItemOutcome>>> batch = () -> items.map(item -> clock.instant().isAfter(lastStart)
                ? unavailable("the request ran past its deadline")
                : unit(() -> {
                    ItemContext context = new ItemContext(org, zone, requestProfile, caller.till().value(), requestTime);
                    World world = loader.load(context, settings, item, registering);
                    return judge.apply(world, item).flatMap(outcome -> write(world, outcome, operation, requestId));
                }));
        return dryRun ? transactions.rolledBack(batch) : batch.get();
    }

    /**
     * One item as one unit of work. A registration refused because an identifier or card of it is taken may have lost
     * the race with a concurrent registration of the same customer, and a company the item creates may have been created
     * by a concurrent item: it is judged again, and then finds that customer or that company.
     */
    private Either<ItemFailure, ItemOutcome> unit(Supplier<Either<ItemFailure, ItemOutcome>> item) {
        try {
            return transactions.withOneWait(() -> {
                Either<ItemFailure, ItemOutcome> result = transactions.inTransaction(item);
                for (int attempt = 1; attempt < JUDGEMENTS && (registrationFoundTaken(result) || companyCreatedMeanwhile(result)); attempt++) {
                    result = transactions.inTransaction(item);
                }
                return result;
            });
        } catch (RowsBusy busy) {
            return unavailable("a customer of this item is busy with another request");
        }
    }

    private static Either<ItemFailure, ItemOutcome> unavailable(String why) {
        return Either.left(new ItemFailure(Rejection.conflict(ErrorCode.UNAVAILABLE, why), Option.none()));
    }

    private static boolean registrationFoundTaken(Either<ItemFailure, ItemOutcome> result) {
        return result.isLeft() && result.getLeft().customer().isEmpty()
                && TAKEN.contains(result.getLeft().rejection().code());
    }

    /** An item refused 1702 found the externalId of the company it was creating taken: another item created it. */
    private static boolean companyCreatedMeanwhile(Either<ItemFailure, ItemOutcome> result) {
        return result.isLeft() && result.getLeft().rejection().code() == ErrorCode.COMPANY_EXTERNAL_ID_EXISTS;
    }

    /** How a batch judges each item: as an update or as an association. */
    @FunctionalInterface
    private interface Judge {
        Either<ItemFailure, ItemOutcome> apply(World world, CustomerItem item);
    }

    /** Stores the company the item creates and every customer it changed, each with one history entry, or — when a store refuses — nothing. */
    private Either<ItemFailure, ItemOutcome> write(World world, ItemOutcome outcome, Change.Operation operation, String requestId) {
        ItemContext context = world.context();
        Option<CustomerId> about = outcome.registers(outcome.after().id()) ? Option.none() : Option.of(outcome.after().id());
        if (outcome.createsCompany()) {
            Either<Rejection, ?> created = companies.save(context.org(), outcome.company().get());
            if (created.isLeft()) {
                return Either.left(new ItemFailure(created.getLeft(), about));
            }
        }
        for (Customer after : outcome.changed()) {
            Option<Customer> before = outcome.registers(after.id()) ? Option.none() : world.known(after.id());
            if (before.exists(stored -> !after.differsFrom(stored))) {
                continue;
            }
            Either<Rejection, Customer> saved = customers.save(context.org(), before, after.updatedAt(context.now()));
            if (saved.isLeft()) {
                return Either.left(new ItemFailure(saved.getLeft(), about));
            }
            Customer previous = before.getOrElse(() -> Customer.registered(after.id(), after.loyaltyType(), after.createdOn()));
            List<Change.FieldChange> changes = Change.between(previous, after);
            history.record(context.org(), new Change(after.id(), context.now(), requestId, context.till(), operation, changes));
        }
        return Either.right(outcome);
    }
}
