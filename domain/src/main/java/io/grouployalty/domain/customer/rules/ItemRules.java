package io.grouployalty.domain.customer.rules;

import io.grouployalty.domain.ErrorCode;
import io.grouployalty.domain.Rejection;
import io.grouployalty.domain.customer.Customer;
import io.grouployalty.domain.customer.CustomerBounds;
import io.grouployalty.domain.customer.CustomerItem;
import io.grouployalty.domain.customer.ItemFailure;
import io.grouployalty.domain.customer.ItemOutcome;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * The rules of API.md §3.3 for one item, in the contract's order, over a loaded world; the first error ends the item.
 * An update (PUT) finds the customer; an association (POST) registers whom it finds nowhere (§3.4).
 */
public final class ItemRules {

    /** The most elements any list of an item may hold: childCustomers (API.md §1), and so profiles, identifiers, ... too. */
    public static final int MAX_LIST_SIZE = 1000;

    private ItemRules() {
    }

    public static Either<ItemFailure, ItemOutcome> update(World world, CustomerItem item) {
        return judge(world, item, false);
    }

    public static Either<ItemFailure, ItemOutcome> associate(World world, CustomerItem item) {
        return judge(world, item, true);
    }

    private static Either<ItemFailure, ItemOutcome> judge(World world, CustomerItem item, boolean registering) {
        Either<Rejection, FindingTheCustomer.Found> found = withinListBounds(item)
                .flatMap(bounded -> FindingTheCustomer.judge(world, item, registering));
        if (found.isLeft()) {
            return Either.left(new ItemFailure(found.getLeft(), Option.none()));
        }
        Judged start = found.get().judged();
        return ProfileMerge.judge(start, found.get().profiles())
                .map(merged -> ExtendedFieldMerge.judge(merged, item.extendedFields()))
                .flatMap(merged -> CustomerBounds.judge(start.before(), merged.customer(), item.profiles()).map(merged::with))
                .flatMap(merged -> LoyaltyConversion.judge(merged, item.loyaltyType()))
                .flatMap(converted -> EnrollmentRules.judge(converted, item.enrollments()))
                .flatMap(enrolled -> AssociationRules.judge(enrolled, item.association()))
                .map(associated -> outcome(associated, TillCheck.judge(associated.judged(), item)))
                .mapLeft(rejection -> new ItemFailure(rejection, start.before().map(Customer::id)));
    }

    private static Either<Rejection, CustomerItem> withinListBounds(CustomerItem item) {
        return item.listLongerThan(MAX_LIST_SIZE)
                .map(list -> Either.<Rejection, CustomerItem>left(
                        Rejection.invalid(ErrorCode.BATCH_LIMIT_EXCEEDED, MAX_LIST_SIZE + " " + list)))
                .getOrElse(Either.right(item));
    }

    private static ItemOutcome outcome(Associated associated, Judged judged) {
        boolean placedNow = judged.customer().association().isDefined()
                && judged.before().flatMap(Customer::association).isEmpty();
        return new ItemOutcome(judged.before(), judged.customer(), associated.parent(), associated.children(), placedNow,
                associated.childrenAssociatedNow(), associated.hierarchy(), associated.company(), associated.createsCompany(),
                judged.warnings(), judged.registered());
    }
}
