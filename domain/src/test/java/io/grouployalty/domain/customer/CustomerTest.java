package io.grouployalty.domain.customer;

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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class CustomerTest {

    private static final Instant CREATED = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant LATER = Instant.parse("2026-03-01T00:00:00Z");
    private static final ProfileKey INSTORE = ProfileKey.of(Source.INSTORE);
    private static final ProfileKey WECHAT = ProfileKey.of(Source.WECHAT, "WECHAT-CM");
    private static final Association FA_IN_SOLACE = new Association(new HierarchyCode("code-association2"), new RoleCode("FA"),
            new CompanyId(71), Option.of(new CustomerId(1)));

    private static Profile profile(ProfileKey key, String firstName, Card... cards) {
        return Profile.empty(key, CREATED, "demo.till").with(Option.of(firstName), Option.none(), List.empty(), List.of(cards),
                List.empty(), LinkedHashMap.empty());
    }

    private static Card card(String number) {
        return new Card(number, 10, "ACTIVE", CardStatus.ACTIVE);
    }

    private final Customer tom = Customer.registered(new CustomerId(7), LoyaltyType.LOYALTY, CREATED)
            .withProfile(profile(INSTORE, "Tom", card("card_7100")))
            .withProfile(profile(WECHAT, "Tommy", card("card_7200"), card("card_7201")));

    @Test
    void aRegisteredCustomerHoldsNothingYetAndWasCreatedAndUpdatedAtOnce() {
        Customer registered = Customer.registered(new CustomerId(7), LoyaltyType.NON_LOYALTY, CREATED);

        assertThat(registered.profiles()).isEmpty();
        assertThat(registered.extendedFields()).isEmpty();
        assertThat(registered.enrollments()).isEmpty();
        assertThat(registered.association()).isEmpty();
        assertThat(registered.parent()).isEmpty();
        assertThat(registered.loyaltyType()).isEqualTo(LoyaltyType.NON_LOYALTY);
        assertThat(registered.createdOn()).isEqualTo(CREATED);
        assertThat(registered.updatedOn()).isEqualTo(CREATED);
    }

    @Test
    void findsAProfileByItsSourceAndAccount() {
        assertThat(tom.profile(INSTORE).flatMap(Profile::firstName)).contains("Tom");
        assertThat(tom.profile(WECHAT).flatMap(Profile::firstName)).contains("Tommy");
        assertThat(tom.profile(ProfileKey.of(Source.WECHAT))).isEmpty();
        assertThat(tom.profile(ProfileKey.of(Source.WECHAT, "WECHAT-HK"))).isEmpty();
    }

    @Test
    void aProfileOfANewKeyIsAppended() {
        Customer withLine = tom.withProfile(profile(ProfileKey.of(Source.LINE), "Tom L"));

        assertThat(withLine.profiles().map(Profile::key).toJavaList()).containsExactly(INSTORE, WECHAT, ProfileKey.of(Source.LINE));
        assertThat(tom.profiles()).hasSize(2);
    }

    @Test
    void aProfileOfAKeyHeldReplacesTheOneHeldInItsPlace() {
        Customer renamed = tom.withProfile(profile(INSTORE, "Thomas"));

        assertThat(renamed.profiles().map(Profile::key).toJavaList()).containsExactly(INSTORE, WECHAT);
        assertThat(renamed.profile(INSTORE).flatMap(Profile::firstName)).contains("Thomas");
        assertThat(tom.profile(INSTORE).flatMap(Profile::firstName)).contains("Tom");
    }

    @Test
    void holdsTheCardsOfAllItsProfilesInProfileOrder() {
        assertThat(tom.cards().map(Card::number).toJavaList()).containsExactly("card_7100", "card_7200", "card_7201");
    }

    @Test
    void theParentIsTheOneOfItsAssociation() {
        assertThat(tom.parent()).isEmpty();
        assertThat(tom.withAssociation(FA_IN_SOLACE).parent()).contains(new CustomerId(1));
        assertThat(tom.withAssociation(FA_IN_SOLACE.withParent(Option.none())).parent()).isEmpty();
    }

    @Test
    void updatedAtChangesOnlyTheUpdateTime() {
        Customer updated = tom.updatedAt(LATER);

        assertThat(updated.updatedOn()).isEqualTo(LATER);
        assertThat(updated.createdOn()).isEqualTo(CREATED);
        assertThat(updated.profiles()).isEqualTo(tom.profiles());
        assertThat(updated.differsFrom(tom)).isFalse();
        assertThat(tom.updatedOn()).isEqualTo(CREATED);
    }

    @Test
    void eachWitherChangesItsOwnMemberOnly() {
        Customer changed = tom.withLoyaltyType(LoyaltyType.NON_LOYALTY);

        assertThat(changed.loyaltyType()).isEqualTo(LoyaltyType.NON_LOYALTY);
        assertThat(changed.profiles()).isEqualTo(tom.profiles());
        assertThat(changed.id()).isEqualTo(tom.id());
        assertThat(changed.updatedOn()).isEqualTo(tom.updatedOn());
        assertThat(tom.withExtendedFields(LinkedHashMap.of("city", new FieldValue.Text("Pune"))).loyaltyType()).isEqualTo(LoyaltyType.LOYALTY);
        assertThat(tom.withAssociation(FA_IN_SOLACE).extendedFields()).isEqualTo(tom.extendedFields());
    }

    @Test
    void aCustomerDoesNotDifferFromItself() {
        assertThat(tom.differsFrom(tom)).isFalse();
    }

    @Test
    void touchingAProfileWithoutChangingItIsNoDifference() {
        Customer touched = tom.withProfile(tom.profile(INSTORE).get().modified(LATER, "ops.till")).updatedAt(LATER);

        assertThat(touched.differsFrom(tom)).isFalse();
        assertThat(touched).isNotEqualTo(tom);
    }

    @Test
    void aChangeOfAnyStoredMemberIsADifference() {
        Enrollment silver = new Enrollment(new ProgramId(1), 2, 100, Option.none(), Option.none(), CREATED);
        List<Customer> changed = List.of(
                tom.withExtendedFields(LinkedHashMap.of("city", new FieldValue.Text("Pune"))),
                tom.withLoyaltyType(LoyaltyType.NON_LOYALTY),
                tom.withEnrollments(List.of(silver)),
                tom.withAssociation(FA_IN_SOLACE),
                tom.withProfile(profile(INSTORE, "Thomas", card("card_7100"))),
                tom.withProfile(profile(ProfileKey.of(Source.LINE), "Tom L")));

        assertThat(changed.map(customer -> customer.differsFrom(tom)).toJavaList()).containsOnly(true).hasSize(6);
    }

    @Test
    void aMovedParentIsADifference() {
        Customer associated = tom.withAssociation(FA_IN_SOLACE);

        assertThat(associated.withAssociation(FA_IN_SOLACE.withParent(Option.of(new CustomerId(2)))).differsFrom(associated)).isTrue();
        assertThat(associated.withAssociation(FA_IN_SOLACE.withParent(Option.none())).differsFrom(associated)).isTrue();
    }

    @Test
    void aProfileLessIsADifference() {
        Customer instoreOnly = new Customer(tom.id(), tom.profiles().take(1), tom.extendedFields(), tom.loyaltyType(), tom.enrollments(),
                tom.association(), tom.createdOn(), tom.updatedOn());

        assertThat(instoreOnly.differsFrom(tom)).isTrue();
        assertThat(tom.differsFrom(instoreOnly)).isTrue();
    }

    @Test
    void anAssociationKeepsHierarchyRoleAndCompanyWhenItsParentMoves() {
        Association moved = FA_IN_SOLACE.withParent(Option.of(new CustomerId(9)));

        assertThat(moved.hierarchy()).isEqualTo(FA_IN_SOLACE.hierarchy());
        assertThat(moved.role()).isEqualTo(FA_IN_SOLACE.role());
        assertThat(moved.company()).isEqualTo(FA_IN_SOLACE.company());
        assertThat(moved.parent()).contains(new CustomerId(9));
        assertThat(FA_IN_SOLACE.parent()).contains(new CustomerId(1));
    }

    @Test
    void needsEveryMember() {
        assertThatNullPointerException().isThrownBy(() -> Customer.registered(null, LoyaltyType.LOYALTY, CREATED));
        assertThatNullPointerException().isThrownBy(() -> Customer.registered(new CustomerId(7), null, CREATED));
        assertThatNullPointerException().isThrownBy(() -> Customer.registered(new CustomerId(7), LoyaltyType.LOYALTY, null));
        assertThatNullPointerException().isThrownBy(() -> tom.withExtendedFields(null));
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -1})
    void anIdIsPositive(long value) {
        assertThatIllegalArgumentException().isThrownBy(() -> new CustomerId(value));
    }

    @Test
    void anIdIsShownAsItsBareNumber() {
        assertThat(new CustomerId(409966467).toString()).isEqualTo("409966467");
    }
}
