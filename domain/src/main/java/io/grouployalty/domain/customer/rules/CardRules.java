package io.grouployalty.domain.customer.rules;

import io.grouployalty.domain.ErrorCode;
import io.grouployalty.domain.Rejection;
import io.grouployalty.domain.card.CardSeriesDefinition;
import io.grouployalty.domain.customer.Card;
import io.grouployalty.domain.customer.Customer;
import io.grouployalty.domain.customer.CustomerItem.IdentifierInput;
import io.grouployalty.domain.customer.Profile;
import io.grouployalty.domain.customer.ProfileKey;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * The cards of step 2 of API.md §3.3: a card names a series of the org (3004) and one of its labels (3017, default
 * ACTIVE); a number another customer holds is 3009; a card the customer holds already changes status where it is held;
 * no series may have more active cards than its maximum (3036).
 */
public final class CardRules {

    private CardRules() {
    }

    /** The cards as the item gives them, each judged once. */
    static Either<Rejection, List<Card>> given(World world, Customer customer, List<Located> cards) {
        return Either.sequence(cards.map(located -> card(world, customer, located))).mapLeft(errors -> errors.head()).map(List::ofAll);
    }

    /** The profile's cards with those given linked to it, or restatused where the profile holds them. */
    static List<Card> linked(Customer customer, Profile profile, List<Card> given) {
        List<Card> cards = profile.cards();
        for (Card linked : given) {
            boolean heldElsewhere = customer.profiles().exists(other -> !other.key().equals(profile.key())
                    && other.cards().exists(each -> each.number().equals(linked.number())));
            if (!heldElsewhere) {
                cards = cards.exists(each -> each.number().equals(linked.number()))
                        ? cards.map(each -> each.number().equals(linked.number()) ? linked : each)
                        : cards.append(linked);
            }
        }
        return cards;
    }

    /** Status changes of cards the customer holds in other profiles than the one an item's profile names. */
    static Customer restatusedElsewhere(World world, Customer customer, ProfileKey key, List<Card> given) {
        Customer updated = customer;
        for (Card card : given) {
            for (Profile other : updated.profiles().filter(each -> !each.key().equals(key))) {
                if (other.cards().exists(each -> each.number().equals(card.number()))) {
                    Profile restatused = other.with(other.firstName(), other.lastName(), other.identifiers(),
                            other.cards().map(each -> each.number().equals(card.number()) ? card : each),
                            other.channels(), other.fields());
                    updated = restatused.sameContentAs(other) ? updated
                            : updated.withProfile(restatused.modified(world.context().now(), world.context().till()));
                }
            }
        }
        return updated;
    }

    /**
     * A card as the item gives it; one the customer holds, sent without a status label, keeps its label and status (§6.10),
     * and keeps its label when it moves to another series, which must declare it (3017).
     */
    private static Either<Rejection, Card> card(World world, Customer customer, Located located) {
        IdentifierInput input = located.input();
        Option<CardSeriesDefinition> series = series(world, input);
        if (series.isEmpty()) {
            return Either.left(Rejection.notFound(ErrorCode.CARD_SERIES_UNKNOWN,
                    input.seriesId().map(String::valueOf).orElse(input.seriesCode()).getOrElse("(none given)")));
        }
        Option<Card> held = customer.cards().find(card -> card.number().equals(located.identifier().value()));
        if (input.statusLabel().isEmpty() && held.exists(card -> card.seriesId() == series.get().id())) {
            return Either.right(held.get());
        }
        String label = input.statusLabel().map(String::strip)
                .orElse(held.map(Card::statusLabel)).getOrElse(CardSeriesDefinition.DEFAULT_LABEL);
        Option<String> declared = series.get().declaredLabel(label);
        if (declared.isEmpty()) {
            return Either.left(Rejection.invalid(ErrorCode.CARD_STATUS_LABEL_INVALID, label));
        }
        if (world.holderOf(located.key(), located.identifier()).exists(other -> !other.equals(customer.id()))) {
            return Either.left(Rejection.conflict(ErrorCode.CARD_NUMBER_EXISTS, located.identifier().value()));
        }
        return Either.right(new Card(located.identifier().value(), series.get().id(), declared.get(),
                series.get().statusOf(declared.get()).get()));
    }

    static Either<Rejection, Customer> withinLimits(World world, Customer customer) {
        for (CardSeriesDefinition series : world.reference().cardSeries()) {
            long active = customer.cards().count(card -> card.seriesId() == series.id() && card.active());
            if (active > series.maxActivePerCustomer()) {
                return Either.left(Rejection.conflict(ErrorCode.ACTIVE_CARDS_EXCEEDED, series.code()));
            }
        }
        return Either.right(customer);
    }

    /** The series a card names by id, or else by code. */
    private static Option<CardSeriesDefinition> series(World world, IdentifierInput input) {
        List<CardSeriesDefinition> all = world.reference().cardSeries();
        return input.seriesId().flatMap(id -> all.find(series -> series.id() == id))
                .orElse(() -> input.seriesCode().flatMap(code -> all.find(series -> series.code().equals(code.strip()))));
    }
}
