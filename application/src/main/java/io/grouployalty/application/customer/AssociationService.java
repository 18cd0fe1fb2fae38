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
import io.grouployalty.domain.customer.CustomerItem;
import io.grouployalty.domain.customer.Customers;
import io.grouployalty.domain.customer.ItemContext;
import io.grouployalty.domain.customer.ItemFailure;
import io.grouployalty.domain.customer.ItemOutcome;
import io.grouployalty.domain.customer.ItemRules;
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

/** Runs batches of customer items: each item judged by {@link ItemRules}, then written with its history in one unit. */
public final class AssociationService implements UpdateAssociationDetails, AssociateCustomers {

    private static final int JUDGEMENTS = 3;
    private static final Set<ErrorCode> TAKEN = EnumSet.of(ErrorCode.IDENTIFIER_TAKEN, ErrorCode.CARD_NUMBER_EXISTS);

    private final Orgs orgs;
    private final Customers customers;
    private final ChangeHistory history;
    private final ReferenceData reference;
    private final Transactions transactions;
    private final Clock clock;
    private final Duration deadline;

    /** {@code deadline}: how long after its start a request still starts items; later ones fail with 503. */
    public AssociationService(Orgs orgs, Customers customers, ChangeHistory history, ReferenceData reference,
                              Transactions transactions, Clock clock, Duration deadline) {
        this.orgs = orgs;
        this.customers = customers;
        this.history = history;
        this.reference = reference;
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
        ItemRules rules = new ItemRules(customers, new ReferenceData(new SettingsSnapshot(reference.settings()), reference.tills(),
                reference.programs(), reference.cardSeries(), reference.hierarchies(), reference.companies()));
        ZoneOffset zone = orgs.find(org).map(Org::timeZone).getOrElse(ZoneOffset.UTC);
        Instant requestTime = clock.instant();
        Instant lastStart = requestTime.plus(deadline);
        Supplier<List<Either<ItemFailure, ItemOutcome>>> batch = () -> items.map(item -> clock.instant().isAfter(lastStart)
                ? unavailable("the request ran past its deadline")
                : unit(() -> {
                    ItemContext context = new ItemContext(org, zone, requestProfile, caller.till().value(), requestTime);
                    return judge.apply(rules, context, item).flatMap(outcome -> write(context, outcome, operation, requestId));
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
        Either<ItemFailure, ItemOutcome> apply(ItemRules rules, ItemContext context, CustomerItem item);
    }

    /** Stores every customer the item changed, each with one history entry, or — when a store refuses — nothing. */
    private Either<ItemFailure, ItemOutcome> write(ItemContext context, ItemOutcome outcome, Change.Operation operation, String requestId) {
        for (Customer after : outcome.changed()) {
            Option<Customer> before = storedState(context, outcome, after);
            if (before.exists(stored -> !after.differsFrom(stored))) {
                continue;
            }
            Either<Rejection, Customer> saved = customers.save(context.org(), before, after.updatedAt(context.now()));
            if (saved.isLeft()) {
                return Either.left(new ItemFailure(saved.getLeft(),
                        outcome.registers(outcome.after().id()) ? Option.none() : Option.of(outcome.after().id())));
            }
            Customer previous = before.getOrElse(() -> Customer.registered(after.id(), after.loyaltyType(), after.createdOn()));
            List<Change.FieldChange> changes = Change.between(previous, after);
            history.record(context.org(), new Change(after.id(), context.now(), requestId, context.till(), operation, changes));
        }
        return Either.right(outcome);
    }

    /** The state a changed customer was read in: the item's own customer and its parent are known; children are read. */
    private Option<Customer> storedState(ItemContext context, ItemOutcome outcome, Customer changed) {
        if (outcome.registers(changed.id())) {
            return Option.none();
        }
        if (changed.id().equals(outcome.after().id())) {
            return outcome.before();
        }
        if (outcome.parent().exists(parent -> parent.id().equals(changed.id()))) {
            return outcome.parent();
        }
        return customers.byId(context.org(), changed.id());
    }
}
