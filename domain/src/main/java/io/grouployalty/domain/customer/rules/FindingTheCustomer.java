package io.grouployalty.domain.customer.rules;

import io.grouployalty.domain.customer.Holding;
import io.grouployalty.domain.ErrorCode;
import io.grouployalty.domain.Rejection;
import io.grouployalty.domain.customer.Customer;
import io.grouployalty.domain.customer.CustomerId;
import io.grouployalty.domain.customer.CustomerItem;
import io.grouployalty.domain.customer.CustomerItem.CustomerRef;
import io.grouployalty.domain.customer.CustomerItem.ProfileInput;
import io.grouployalty.domain.customer.IdentifierType;
import io.grouployalty.domain.customer.LoyaltyType;
import io.grouployalty.domain.customer.ProfileKey;
import io.grouployalty.domain.org.OrgSource;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * Step 1 of API.md §3.3: every identifier is looked up in its profile's source and account (a card org-wide); the
 * registered ones must name one customer (8053; 3009 when it is a card of another), and at least one must be registered
 * (8015) — unless the item associates (POST), which then registers the customer (§3.4).
 */
public final class FindingTheCustomer {

    private FindingTheCustomer() {
    }

    /** The customer found, or registered, and the item's profiles read. */
    public record Found(Judged judged, List<LocatedProfile> profiles) {
    }

    public static Either<Rejection, Found> judge(World world, CustomerItem item, boolean registering) {
        return located(world, item.profiles()).flatMap(profiles -> {
            List<Located> identifiers = profiles.flatMap(LocatedProfile::identifiers);
            Either<Rejection, Customer> stored = holderOf(world, identifiers, ErrorCode.CUSTOMER_NOT_FOUND).map(world::customer);
            if (stored.isRight()) {
                return Either.right(new Found(Judged.found(world, stored.get(), registering), profiles));
            }
            if (!registering || stored.getLeft().code() != ErrorCode.CUSTOMER_NOT_FOUND) {
                return Either.left(stored.getLeft());
            }
            return newCustomer(world, item, identifiers).map(blank -> new Found(Judged.registered(world, blank, true), profiles));
        });
    }

    /** Every identifier an item names, where it would be looked up: what the world must know the holders of. */
    public static List<Holding> holdingsNamed(ProfileKey requestProfile, CustomerItem item) {
        return holdingsOf(requestProfile, item.profiles())
                .appendAll(namedOthers(item).flatMap(other -> holdingsOf(requestProfile, other.profiles())))
                .distinct();
    }

    /** The identifiers of these profiles that read, where they would be looked up. */
    public static List<Holding> holdingsOf(ProfileKey requestProfile, List<ProfileInput> profiles) {
        return profiles.flatMap(profile -> ProfileKeys.requested(requestProfile, profile).toOption()
                .map(key -> profile.identifiers().flatMap(input -> input.identifier().toOption().map(id -> Holding.of(key, id))))
                .getOrElse(List.empty()));
    }

    /** The parent and children an item names. */
    public static List<CustomerRef> namedOthers(CustomerItem item) {
        return item.association().toList().flatMap(association -> association.parent().named().toList()
                .appendAll(association.children().getOrElse(List.empty())));
    }

    /** The profiles read: each names an enabled profile of the org, each identifier is of a known type and well formed. */
    public static Either<Rejection, List<LocatedProfile>> located(World world, List<ProfileInput> profiles) {
        if (profiles.forAll(profile -> profile.identifiers().isEmpty())) {
            return Either.left(Rejection.invalid(ErrorCode.INVALID_INPUT, "identifiers required"));
        }
        return Either.sequence(profiles.map(profile -> ProfileKeys.valid(world, profile)
                        .flatMap(key -> Either.sequence(profile.identifiers().map(input -> input.identifier().map(id -> new Located(key, input, id))))
                                .mapLeft(errors -> errors.head())
                                .map(all -> new LocatedProfile(profile, key, List.ofAll(all))))))
                .mapLeft(errors -> errors.head())
                .map(List::ofAll);
    }

    /** The one customer the identifiers name: none → {@code whenNone}; several → 8053, or 3009 when a card differs. */
    public static Either<Rejection, CustomerId> holderOf(World world, List<Located> identifiers, ErrorCode whenNone) {
        List<Tuple2<Located, CustomerId>> held = identifiers.flatMap(located ->
                world.holderOf(located.key(), located.identifier()).map(id -> Tuple.of(located, id)));
        List<CustomerId> byIdentifier = held.filter(pair -> !pair._1.isCard()).map(Tuple2::_2).distinct();
        List<CustomerId> byCard = held.filter(pair -> pair._1.isCard()).map(Tuple2::_2).distinct();
        if (byIdentifier.size() > 1) {
            return Either.left(Rejection.conflict(ErrorCode.IDENTIFIERS_OF_DIFFERENT_CUSTOMERS));
        }
        List<CustomerId> all = byIdentifier.appendAll(byCard).distinct();
        if (all.size() > 1) {
            Located card = held.find(pair -> pair._1.isCard() && !pair._2.equals(all.head())).get()._1;
            return Either.left(Rejection.conflict(ErrorCode.CARD_NUMBER_EXISTS, card.identifier().value()));
        }
        return all.headOption().toEither(() -> Rejection.notFound(whenNone,
                identifiers.headOption().map(located -> located.identifier().toString()).getOrElse("")));
    }

    /** A customer to register: loyalty unless the item says otherwise; non-loyalty needs a mobile or an email (1045). */
    private static Either<Rejection, Customer> newCustomer(World world, CustomerItem item, List<Located> identifiers) {
        LoyaltyType type = item.loyaltyType().getOrElse(LoyaltyType.LOYALTY);
        boolean reachable = identifiers.exists(located -> located.identifier().type() == IdentifierType.MOBILE
                || located.identifier().type() == IdentifierType.EMAIL);
        if (type == LoyaltyType.NON_LOYALTY && !reachable) {
            return Either.left(Rejection.invalid(ErrorCode.NON_LOYALTY_IDENTIFIER_MISSING));
        }
        return Either.right(Customer.registered(world.nextCustomerId(), type, world.context().now()));
    }

    /** The profile an item's profile names: its own source and account, or the request's. */
    static final class ProfileKeys {

        private ProfileKeys() {
        }

        /** The profile as written, before the org's sources are consulted. */
        static Either<Rejection, ProfileKey> requested(ProfileKey requestProfile, ProfileInput profile) {
            return profile.choice().map(choice -> choice.within(requestProfile));
        }

        /** The profile, of a source the org enabled (8003), with one of its accounts (8011) where it has them (8045). */
        static Either<Rejection, ProfileKey> valid(World world, ProfileInput profile) {
            return requested(world.context().requestProfile(), profile).flatMap(key -> {
                Option<OrgSource> enabled = world.reference().enabledSource(key.source());
                if (enabled.isEmpty()) {
                    return Either.left(Rejection.invalid(ErrorCode.INVALID_SOURCE, key.source()));
                }
                if (enabled.get().multiAccount() && key.account().isEmpty()) {
                    return Either.left(Rejection.invalid(ErrorCode.ACCOUNT_ID_REQUIRED, key.source()));
                }
                if (key.account().exists(account -> !enabled.get().accounts().contains(account))) {
                    return Either.left(Rejection.invalid(ErrorCode.INVALID_SOURCE_ACCOUNT, key.account().get()));
                }
                return Either.right(key);
            });
        }
    }
}
