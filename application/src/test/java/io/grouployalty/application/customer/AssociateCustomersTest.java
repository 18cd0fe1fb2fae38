package io.grouployalty.application.customer;

import io.grouployalty.domain.ErrorCode;
import io.grouployalty.application.port.in.AssociateCustomers;
import io.grouployalty.domain.company.Company;
import io.grouployalty.domain.company.ExternalId;
import io.grouployalty.domain.customer.Change;
import io.grouployalty.domain.customer.Customer;
import io.grouployalty.domain.customer.FieldValue;
import io.grouployalty.domain.customer.CustomerItem;
import io.grouployalty.domain.customer.CustomerItem.AssociationInput;
import io.grouployalty.domain.customer.CustomerItem.CompanyInput;
import io.grouployalty.domain.customer.CustomerItem.CustomerRef;
import io.grouployalty.domain.customer.CustomerItem.ParentChange;
import io.grouployalty.domain.customer.ItemFailure;
import io.grouployalty.domain.customer.ItemOutcome;
import io.grouployalty.domain.customer.LoyaltyType;
import io.grouployalty.domain.customer.ReferenceData;
import io.grouployalty.domain.hierarchy.Hierarchy;
import io.grouployalty.domain.hierarchy.HierarchyCode;
import io.grouployalty.domain.hierarchy.HierarchyDraft;
import io.grouployalty.domain.hierarchy.RoleCode;
import io.grouployalty.domain.hierarchy.RoleDraft;
import io.vavr.collection.HashMap;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.grouployalty.application.customer.Items.byMobile;
import static io.grouployalty.application.customer.Items.ref;
import static io.grouployalty.application.ExercisedCodes.seen;
import static org.assertj.core.api.Assertions.assertThat;

/** POST /v2/customers/bulk in the domain: an update that registers whom it does not find (API.md §3.4, §6.11). */
class AssociateCustomersTest extends AssociationFixture {

    @Test
    void registersAnUnknownCustomerAsLoyaltyAndRecordsTheAssociation() {
        ItemOutcome outcome = post(byMobile("915905000000").named("Tom", "Sawyer").withExtendedField("city", "Pune")).get();

        Customer tom = holderOf("915905000000").get();
        assertThat(outcome.registers(tom.id())).isTrue();
        assertThat(tom.loyaltyType()).isEqualTo(LoyaltyType.LOYALTY);
        assertThat(tom.profile(INSTORE).get().lastName()).contains("Sawyer");
        Change registration = world.history().of(org.id(), tom.id(), 10, 0).items().single().change();
        assertThat(registration.operation()).isEqualTo(Change.Operation.ASSOCIATE);
        assertThat(registration.changes().map(Change.FieldChange::path).toJavaList()).containsExactly(
                "/profiles/INSTORE/firstName", "/profiles/INSTORE/lastName", "/profiles/INSTORE/identifiers/mobile", "/extendedFields/city");
    }

    @Test
    void aChildRegisteredWithMoreThan100ChannelsIs1060AndNobodyIsRegistered() {
        List<CustomerItem.ChannelInput> channels = List.range(0, 101).map(i -> new CustomerItem.ChannelInput("postmail", "street " + i,
                Option.none(), Option.none(), Option.none(), LinkedHashMap.empty()));
        CustomerRef child = new CustomerRef(List.of(CustomerItem.ProfileInput.given(Option.none(), Option.none(),
                List.of(Items.mobile("919905000001")), channels, LinkedHashMap.empty(), Option.none(), Option.none())));
        List<Object> before = everything();

        Either<ItemFailure, ItemOutcome> refused = post(byMobile("915905000000").associated(in(FLEET, "FA", COMPANY)
                .withChildren(List.of(child), Option.none())));

        assertThat(seen(refused.getLeft().rejection().code())).isEqualTo(ErrorCode.BATCH_LIMIT_EXCEEDED);
        assertThat(everything()).isEqualTo(before);
    }

    @Test
    void postingTheSameBodyTwiceCreatesNothingTheSecondTime() {
        Items body = byMobile("915905000000").named("Tom", "Sawyer")
                .associated(in(FLEET, "FA", COMPANY).withParent(ParentChange.attach(ref("919905000000"))));
        post(body);
        List<Object> once = everything();

        ItemOutcome second = post(body).get();

        assertThat(second.registered().isEmpty()).isTrue();
        assertThat(second.newAssociation()).isFalse();
        assertThat(everything()).isEqualTo(once);
    }

    @Test
    void aNonLoyaltyCustomerNeedsAMobileOrAnEmail1045() {
        List<Object> before = everything();

        Either<ItemFailure, ItemOutcome> refused = post(Items.identifiedBy(Items.identifier("externalId", "EXT-9"))
                .withLoyaltyType(LoyaltyType.NON_LOYALTY));

        assertThat(seen(refused.getLeft().rejection().code())).isEqualTo(ErrorCode.NON_LOYALTY_IDENTIFIER_MISSING);
        assertThat(everything()).isEqualTo(before);
        assertThat(post(byMobile("915905000000").withLoyaltyType(LoyaltyType.NON_LOYALTY)).isRight()).isTrue();
    }

    @Test
    void registersAnUnknownParentWithTheParentRoleInTheSameCompany() {
        post(byMobile("915905000000").associated(in(FLEET, "FA", COMPANY).withParent(ParentChange.attach(ref("919905000000")))));

        Customer parent = holderOf("919905000000").get();
        Customer child = holderOf("915905000000").get();
        assertThat(parent.association().get().role()).isEqualTo(new RoleCode("SFA"));
        assertThat(parent.association().get().company()).isEqualTo(child.association().get().company());
        assertThat(child.parent()).contains(parent.id());
    }

    @Test
    void namesOfAParentAndAChildTheItemRegistersAreCutAt100CodePoints91015() {
        String name = "\uD83D\uDE9A".repeat(2000);
        CustomerRef parent = new CustomerRef(List.of(CustomerItem.ProfileInput.given(Option.of(name), Option.none(),
                List.of(Items.mobile("919905000000")), List.empty(), LinkedHashMap.empty(), Option.none(), Option.none())));
        CustomerRef child = new CustomerRef(List.of(CustomerItem.ProfileInput.given(Option.none(), Option.of(name),
                List.of(Items.mobile("919905000001")), List.empty(), LinkedHashMap.empty(), Option.none(), Option.none())));

        ItemOutcome outcome = post(byMobile("915905000000").associated(in(FLEET, "FA", COMPANY).withParent(ParentChange.attach(parent))
                .withChildren(List.of(child), Option.none()))).get();

        assertThat(outcome.warnings().map(warning -> seen(warning.code())).toJavaList())
                .containsExactly(ErrorCode.FIELD_NOT_UPDATED, ErrorCode.FIELD_NOT_UPDATED);
        assertThat(holderOf("919905000000").get().profile(INSTORE).get().firstName()).contains("\uD83D\uDE9A".repeat(100));
        assertThat(holderOf("919905000001").get().profile(INSTORE).get().lastName()).contains("\uD83D\uDE9A".repeat(100));
    }

    @Test
    void aRootRoleHasNoParentToRegister1625() {
        List<Object> before = everything();

        Either<ItemFailure, ItemOutcome> refused = post(byMobile("915905000000")
                .associated(in(FLEET, "GFA", COMPANY).withParent(ParentChange.attach(ref("919905000000")))));

        assertThat(seen(refused.getLeft().rejection().code())).isEqualTo(ErrorCode.PARENT_ROLE_MISMATCH);
        assertThat(everything()).isEqualTo(before);
    }

    @Test
    void aParentRegisteredByTheItemNeedsRoomForTheCustomer1618() {
        ports.hierarchies().save(org.id(), Hierarchy.define(ports.hierarchies().nextId(),
                new HierarchyDraft("closed", Option.none(), Option.none(), List.of(RoleDraft.parent("OWNER", "DRIVER", 0), RoleDraft.leaf("DRIVER")),
                        false, false, false, false), NOW).get());
        ports.companies().save(org.id(), new Company(ports.companies().nextId(), new ExternalId("closed-co"), "Closed", new HierarchyCode("closed"),
                Option.none(), true, HashMap.empty(), NOW));
        List<Object> before = everything();

        Either<ItemFailure, ItemOutcome> refused = post(byMobile("915905000000")
                .associated(in("closed", "DRIVER", "closed-co").withParent(ParentChange.attach(ref("919905000000")))));

        assertThat(seen(refused.getLeft().rejection().code())).isEqualTo(ErrorCode.MAX_CHILD_REACHED);
        assertThat(everything()).isEqualTo(before);
        assertThat(holderOf("919905000000").isEmpty()).isTrue();
    }

    @Test
    void aCompanyAnotherRequestCreatedMeanwhileIsJoinedInsteadOfRefused1702() {
        Company winner = new Company(ports.companies().nextId(), new ExternalId("new-co"), "New Co", new HierarchyCode(FLEET), Option.none(),
                true, HashMap.empty(), NOW);
        ports.companies().save(org.id(), winner);
        AssociationService racing = new AssociationService(ports.orgs(), world.customers(), world.history(),
                new ReferenceData(ports.settings(), ports.tills(), ports.programs(), ports.cardSeries(), ports.hierarchies(),
                        new CreatedMeanwhile(ports.companies(), winner.externalId())), ports.transactions(), clock, Duration.ofSeconds(30));
        AssociationInput creating = new AssociationInput(Option.of(FLEET), Option.of("GFA"), ParentChange.keep(), Option.none(), Option.none(),
                Option.of(new CompanyInput("new-co", Option.of("New Co"), Option.of(FLEET))));

        Either<ItemFailure, ItemOutcome> outcome = racing.associate(new AssociateCustomers.Command(caller, INSTORE,
                List.of(byMobile("915905000000").associated(creating).build()), false, "req")).head();

        assertThat(outcome.get().company().map(Company::id)).contains(winner.id());
        assertThat(holderOf("915905000000").get().association().get().company()).isEqualTo(winner.id());
    }

    @Test
    void registersUnknownChildrenWithTheChildRoleWithinTheParentsRoom() {
        ItemOutcome outcome = post(byMobile("911000000000").associated(in("tiny", "OWNER", "tiny-co")
                .withChildren(List.of(ref("912000000001"), ref("912000000002")), Option.none()))).get();

        assertThat(outcome.registered().size()).isEqualTo(3);
        Customer owner = holderOf("911000000000").get();
        assertThat(world.customers().childCount(org.id(), owner.id())).isEqualTo(2);
        assertThat(holderOf("912000000002").get().association().get().role()).isEqualTo(new RoleCode("DRIVER"));

        Either<ItemFailure, ItemOutcome> full = post(byMobile("911000000000")
                .associated(AssociationInput.none().withChildren(List.of(ref("912000000003")), Option.none())));
        assertThat(seen(full.getLeft().rejection().code())).isEqualTo(ErrorCode.MAX_CHILD_REACHED);
        assertThat(holderOf("912000000003").isEmpty()).isTrue();
    }

    @Test
    void aNewCustomerNamedAsItsOwnParentOrChildIs1608AndNobodyIsRegistered() {
        List<Object> before = everything();

        Either<ItemFailure, ItemOutcome> ownParent = post(byMobile("915905000000")
                .associated(in(FLEET, "FA", COMPANY).withParent(ParentChange.attach(ref("915905000000")))));
        Either<ItemFailure, ItemOutcome> ownChild = post(byMobile("911000000000")
                .associated(in("tiny", "OWNER", "tiny-co").withChildren(List.of(ref("912000000001"), ref("911000000000")), Option.none())));

        assertThat(seen(ownParent.getLeft().rejection().code())).isEqualTo(ErrorCode.CYCLIC_HIERARCHY);
        assertThat(seen(ownChild.getLeft().rejection().code())).isEqualTo(ErrorCode.CYCLIC_HIERARCHY);
        assertThat(everything()).isEqualTo(before);
        assertThat(holderOf("915905000000").isEmpty()).isTrue();
        assertThat(holderOf("912000000001").isEmpty()).isTrue();
    }

    @Test
    void aNewChildNamedTwiceIsRegisteredOnceAndTakesOnePlace() {
        ItemOutcome outcome = post(byMobile("911000000000").associated(in("tiny", "OWNER", "tiny-co")
                .withChildren(List.of(ref("912000000001"), ref("912000000001"), ref("912000000002")), Option.none()))).get();

        assertThat(outcome.registered().size()).isEqualTo(3);
        assertThat(outcome.children().size()).isEqualTo(2);
        assertThat(world.customers().childCount(org.id(), holderOf("911000000000").get().id())).isEqualTo(2);
    }

    @Test
    void aMemberOfADeactivatedCompanyRegistersNoNewParentOrChild1705() {
        associated("913000000000", "FA", "other-co", Option.none());
        ports.companies().save(org.id(), ports.companies().byExternalId(org.id(), new ExternalId("other-co")).get().deactivated());
        List<Object> before = everything();

        Either<ItemFailure, ItemOutcome> parent = post(byMobile("913000000000")
                .associated(AssociationInput.none().withParent(ParentChange.attach(ref("919905000000")))));
        Either<ItemFailure, ItemOutcome> child = post(byMobile("913000000000")
                .associated(AssociationInput.none().withChildren(List.of(ref("919905000001")), Option.none())));
        Either<ItemFailure, ItemOutcome> member = post(byMobile("919905000002").associated(in(FLEET, "FC", "other-co")));

        assertThat(List.of(parent, child, member).map(refused -> seen(refused.getLeft().rejection().code())).toJavaList())
                .containsOnly(ErrorCode.COMPANY_INACTIVE);
        assertThat(everything()).isEqualTo(before);
        assertThat(holderOf("919905000000").isEmpty()).isTrue();
        assertThat(holderOf("919905000001").isEmpty()).isTrue();
        assertThat(post(byMobile("913000000000").named("Ann", "Lee").associated(in(FLEET, "FA", "other-co"))).isRight()).isTrue();
    }

    @Test
    void aChildRegisteredByTheItemTakesTheExtendedFieldsOfItsReferenceAndAFoundChildKeepsItsOwn() {
        post(byMobile("912000000002").withExtendedField("city", "Delhi"));

        post(byMobile("911000000000").associated(in("tiny", "OWNER", "tiny-co").withChildren(List.of(
                withCity(ref("912000000001"), "Pune"), withCity(ref("912000000002"), "Mumbai")), Option.none())));

        assertThat(holderOf("912000000001").get().extendedFields().get("city")).contains(new FieldValue.Text("Pune"));
        assertThat(holderOf("912000000002").get().extendedFields().get("city")).contains(new FieldValue.Text("Delhi"));
    }

    private static CustomerRef withCity(CustomerRef ref, String city) {
        return new CustomerRef(ref.profiles(), LinkedHashMap.of("city", CustomerItem.FieldInput.of(city)));
    }

    @Test
    void aDryRunRegistersNobody() {
        List<Object> before = everything();

        ItemOutcome outcome = post(true, byMobile("915905000000").associated(in(FLEET, "FA", COMPANY)
                .withParent(ParentChange.attach(ref("919905000000"))))).head().get();

        assertThat(outcome.registers(outcome.after().id())).isTrue();
        assertThat(outcome.registers(outcome.parent().get().id())).isTrue();
        assertThat(everything()).isEqualTo(before);
        assertThat(holderOf("915905000000").isEmpty()).isTrue();
    }

    @Test
    void anUpdateNeverRegisters8015() {
        assertRefused(ErrorCode.CUSTOMER_NOT_FOUND, byMobile("915905000000"));
        assertThat(holderOf("915905000000").isEmpty()).isTrue();
    }
}
