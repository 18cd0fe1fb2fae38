package io.grouployalty.domain.customer;

import io.grouployalty.domain.customer.Change.FieldChange;
import io.grouployalty.domain.card.CardStatus;
import io.grouployalty.domain.company.CompanyId;
import io.grouployalty.domain.hierarchy.HierarchyCode;
import io.grouployalty.domain.hierarchy.RoleCode;
import io.grouployalty.domain.org.Source;
import io.grouployalty.domain.program.ProgramId;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static io.grouployalty.domain.customer.CustomerBoundsTest.holding;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

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

    @Test
    void twoStatesThatDifferOnlyInWhoTouchedThemLastHaveNoChange() {
        Customer before = holding(4, 4, 4);
        Customer touched = before.withProfile(before.profile(INSTORE).get().modified(Instant.parse("2027-01-01T00:00:00Z"), "ops.till"))
                .updatedAt(Instant.parse("2027-01-01T00:00:00Z"));

        assertThat(Change.between(before, touched)).isEmpty();
    }

    @Test
    void aLoyaltyUpgradeIsOneChangeOfTheLoyaltyType() {
        Customer before = holding(0, 0, 0).withLoyaltyType(LoyaltyType.NON_LOYALTY);

        assertThat(Change.between(before, before.withLoyaltyType(LoyaltyType.LOYALTY)).map(ChangeTest::described).toJavaList())
                .containsExactly("/loyaltyInfo/loyaltyType: non_loyalty -> loyalty");
    }

    @Test
    void aFirstAssociationRecordsRoleCompanyHierarchyAndParentInThatOrder() {
        Customer before = holding(0, 0, 0);

        assertThat(Change.between(before, before.withAssociation(association(Option.of(new CustomerId(3))))).map(ChangeTest::described)
                .toJavaList()).containsExactly(
                "/associationDetails/roleCode: null -> FA",
                "/associationDetails/fleetCompany: null -> 71",
                "/associationDetails/hierarchyCode: null -> code-association2",
                "/associationDetails/parentCustomer: null -> 3");
    }

    @Test
    void aMovedOrDetachedParentIsOneChangeOfTheParent() {
        Customer before = holding(0, 0, 0).withAssociation(association(Option.of(new CustomerId(3))));

        assertThat(Change.between(before, before.withAssociation(association(Option.of(new CustomerId(4))))).map(ChangeTest::described)
                .toJavaList()).containsExactly("/associationDetails/parentCustomer: 3 -> 4");
        assertThat(Change.between(before, before.withAssociation(association(Option.none()))).map(ChangeTest::described)
                .toJavaList()).containsExactly("/associationDetails/parentCustomer: 3 -> null");
    }

    @Test
    void aProfileOfAMultiAccountSourceIsNamedBySourceAndAccount() {
        Customer before = holding(0, 0, 0);
        Profile wechat = before.profile(ProfileKey.of(Source.WECHAT, "WECHAT-CM")).get();
        Customer after = before.withProfile(wechat.with(Option.of("Tommy"), wechat.lastName(), wechat.identifiers(), wechat.cards(),
                wechat.channels(), wechat.fields()));

        assertThat(Change.between(before, after).map(ChangeTest::described).toJavaList())
                .containsExactly("/profiles/WECHAT:WECHAT-CM/firstName: Tom -> Tommy");
    }

    @Test
    void aNewProfileRecordsEachOfItsMembers() {
        Customer before = holding(0, 0, 0);
        Profile line = Profile.empty(ProfileKey.of(Source.LINE), Instant.EPOCH, "demo.till").with(Option.of("Tom"), Option.none(),
                List.of(new Identifier(IdentifierType.LINE, "tom-line")), List.empty(), List.empty(), LinkedHashMap.empty());

        assertThat(Change.between(before, before.withProfile(line)).map(ChangeTest::described).toJavaList()).containsExactly(
                "/profiles/LINE/firstName: null -> Tom",
                "/profiles/LINE/identifiers/line: null -> tom-line");
    }

    @Test
    void aPathSegmentEscapesTildeAndSlashAsAJsonPointerDoes() {
        Customer before = holding(0, 0, 0);
        Customer after = before.withExtendedFields(LinkedHashMap.of("a/b", new FieldValue.Text("x"), "c~d", new FieldValue.Text("y")));

        assertThat(Change.between(before, after).map(FieldChange::path).toJavaList())
                .containsExactly("/extendedFields/a~1b", "/extendedFields/c~0d");
    }

    @Test
    void aCardWhoseStatusChangedIsOneChangeOfThatCard() {
        Customer before = holding(0, 2, 0);
        Profile instore = before.profile(INSTORE).get();
        Customer after = before.withProfile(instore.with(instore.firstName(), instore.lastName(), instore.identifiers(),
                List.of(new Card("card-0", 10, "ACTIVE", CardStatus.ACTIVE)), instore.channels(), instore.fields()));

        assertThat(Change.between(before, after).map(ChangeTest::described).toJavaList())
                .containsExactly("/profiles/INSTORE/cards: card-0 (series 10, BLOCKED) -> card-0 (series 10, ACTIVE)");
    }

    @Test
    void anExtendedFieldThatKeptItsTextButTookItsTypeIsAChange() {
        Customer before = holding(0, 0, 0).withExtendedFields(LinkedHashMap.of("fleet_size", new FieldValue.Text("42")));
        Customer after = before.withExtendedFields(LinkedHashMap.of("fleet_size", new FieldValue.Whole(42)));

        List<FieldChange> changes = Change.between(before, after);

        assertThat(changes.toJavaList()).containsExactly(new FieldChange("/extendedFields/fleet_size",
                Option.of(new FieldValue.Text("42")), Option.of(new FieldValue.Whole(42))));
    }

    @Test
    void anEnrollmentWhosePointsChangedIsOneChangeOfThatProgram() {
        Enrollment silver = new Enrollment(new ProgramId(1), 2, 100, Option.none(), Option.none(), Instant.EPOCH);
        Customer before = holding(0, 0, 0).withEnrollments(List.of(silver));
        Customer after = before.withEnrollments(List.of(new Enrollment(new ProgramId(1), 2, 150, Option.none(), Option.none(), Instant.EPOCH)));

        assertThat(Change.between(before, after).map(ChangeTest::described).toJavaList())
                .containsExactly("/loyaltyProgramEnrollments/1: tier 2, 100 points -> tier 2, 150 points");
    }

    @Test
    void anEntryNeedsItsCustomerTimeActorOperationAndChanges() {
        CustomerId customer = new CustomerId(1);

        assertThatNullPointerException().isThrownBy(
                () -> new Change(null, Instant.EPOCH, "r", "demo.till", Change.Operation.ASSOCIATE, List.empty()));
        assertThatNullPointerException().isThrownBy(
                () -> new Change(customer, Instant.EPOCH, "r", null, Change.Operation.UPDATE_ASSOCIATION, List.empty()));
        assertThatNullPointerException().isThrownBy(
                () -> new Change(customer, Instant.EPOCH, "r", "demo.till", null, List.empty()));
        assertThatNullPointerException().isThrownBy(
                () -> new Change(customer, null, "r", "demo.till", Change.Operation.ASSOCIATE, List.empty()));
        assertThatNullPointerException().isThrownBy(
                () -> new Change(customer, Instant.EPOCH, "r", "demo.till", Change.Operation.ASSOCIATE, null));
    }

    private static Association association(Option<CustomerId> parent) {
        return new Association(new HierarchyCode("code-association2"), new RoleCode("FA"), new CompanyId(71), parent);
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
