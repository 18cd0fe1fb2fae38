package io.grouployalty.domain.customer;

import io.grouployalty.domain.customer.Change.FieldChange;
import io.grouployalty.domain.card.CardStatus;
import io.grouployalty.domain.program.ProgramId;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static io.grouployalty.domain.customer.CustomerBoundsTest.holding;
import static org.assertj.core.api.Assertions.assertThat;

class ChangeTest {

    private static final ProfileKey INSTORE = ProfileKey.of(io.grouployalty.domain.org.Source.INSTORE);

    @Test
    void anEntryHoldsEachChangedMemberWithItsOwnValuesOnly() {
        Customer before = holding(40, 40, 10);
        Profile instore = before.profile(INSTORE).get();
        Customer after = before.withProfile(instore.with(Option.of("Ann"), Option.of("Lee"),
                        List.of(new Identifier(IdentifierType.MOBILE, "915905000000")),
                        instore.cards().append(new Card("card-new", 10, "ACTIVE", CardStatus.ACTIVE)),
                        instore.channels().append(new CommChannel("email", "ann@example.com", true, true, false,
                                LinkedHashMap.of("residence", false, "office", true))),
                        instore.fields().put("gender", "FEMALE")))
                .withExtendedFields(before.extendedFields().put("city", new FieldValue.Text("Pune")).put("fleet_size", new FieldValue.Whole(42))
                        .remove("field0"))
                .withEnrollments(List.of(new Enrollment(new ProgramId(1), 2, 100, Option.none(), Option.none(), Instant.EPOCH)));

        assertThat(Change.between(before, after).map(ChangeTest::described).toJavaList()).containsExactly(
                "/profiles/INSTORE/firstName: Tom -> Ann",
                "/profiles/INSTORE/lastName: null -> Lee",
                "/profiles/INSTORE/identifiers/mobile: null -> 915905000000",
                "/profiles/INSTORE/cards: null -> card-new (series 10, ACTIVE)",
                "/profiles/INSTORE/commChannels/email: null -> ann@example.com (primary, verified, office)",
                "/profiles/INSTORE/fields/gender: null -> FEMALE",
                "/extendedFields/city: null -> Pune",
                "/extendedFields/fleet_size: null -> 42 (Whole)",
                "/extendedFields/field0: value -> null",
                "/loyaltyProgramEnrollments/1: null -> tier 2, 100 points");
    }

    @Test
    void anEntryIsAsLargeAsTheChangeWhateverTheCustomerHolds() {
        assertThat(Change.between(holding(0, 0, 0), withOneMoreChannel(holding(0, 0, 0))))
                .isEqualTo(Change.between(holding(98, 98, 198), withOneMoreChannel(holding(98, 98, 198))));
    }

    @Test
    void aChannelWhoseFlagsChangedAndTheOneItDemotedAreEachOneChange() {
        Customer before = withOneMoreChannel(holding(0, 0, 0));
        Profile instore = before.profile(INSTORE).get();
        Customer after = before.withProfile(instore.with(instore.firstName(), instore.lastName(), instore.identifiers(), instore.cards(),
                instore.channels().map(CommChannel::demoted).append(new CommChannel("postmail", "new street", true, false, false,
                        LinkedHashMap.empty())), instore.fields()));

        assertThat(Change.between(before, after).map(ChangeTest::described).toJavaList()).containsExactly(
                "/profiles/INSTORE/commChannels/postmail: harbour road (primary) -> harbour road",
                "/profiles/INSTORE/commChannels/postmail: null -> new street (primary)");
    }

    private static Customer withOneMoreChannel(Customer customer) {
        Profile instore = customer.profile(INSTORE).get();
        return customer.withProfile(instore.with(instore.firstName(), instore.lastName(), instore.identifiers(), instore.cards(),
                instore.channels().append(new CommChannel("postmail", "harbour road", true, false, false, LinkedHashMap.empty())),
                instore.fields()));
    }

    private static String described(FieldChange change) {
        return change.path() + ": " + described(change.before()) + " -> " + described(change.after());
    }

    private static String described(Option<FieldValue> value) {
        return value.map(given -> given.text() + (given instanceof FieldValue.Text ? "" : " (" + given.getClass().getSimpleName() + ")")).getOrNull();
    }
}
