package io.grouployalty.adapters.jdbc.customer;

import io.grouployalty.adapters.jdbc.testing.TestDatabase;
import io.grouployalty.adapters.jdbc.testing.TestDatabases;
import io.grouployalty.application.company.CompanyService;
import io.grouployalty.application.contract.CustomerPorts;
import io.grouployalty.application.contract.OrgPorts;
import io.grouployalty.application.customer.AssociationService;
import io.grouployalty.application.hierarchy.HierarchyService;
import io.grouployalty.application.port.in.AssociateCustomers;
import io.grouployalty.application.port.in.DefineHierarchy;
import io.grouployalty.application.port.in.RegisterCompany;
import io.grouployalty.application.port.in.UpdateAssociationDetails;
import io.grouployalty.domain.ErrorCode;
import io.grouployalty.domain.company.CompanyDraft;
import io.grouployalty.domain.customer.Customer;
import io.grouployalty.domain.customer.CustomerId;
import io.grouployalty.domain.customer.CustomerItem;
import io.grouployalty.domain.customer.CustomerItem.AssociationInput;
import io.grouployalty.domain.customer.CustomerItem.CustomerRef;
import io.grouployalty.domain.customer.CustomerItem.IdentifierInput;
import io.grouployalty.domain.customer.CustomerItem.ParentChange;
import io.grouployalty.domain.customer.CustomerItem.ProfileInput;
import io.grouployalty.domain.customer.Identifier;
import io.grouployalty.domain.customer.IdentifierType;
import io.grouployalty.domain.customer.ItemFailure;
import io.grouployalty.domain.customer.ItemOutcome;
import io.grouployalty.domain.customer.ProfileKey;
import io.grouployalty.domain.customer.ReferenceData;
import io.grouployalty.domain.hierarchy.HierarchyDraft;
import io.grouployalty.domain.hierarchy.RoleDraft;
import io.grouployalty.domain.org.Caller;
import io.grouployalty.domain.org.Org;
import io.grouployalty.domain.org.OrgId;
import io.grouployalty.domain.org.Source;
import io.grouployalty.domain.org.TillCode;
import io.vavr.collection.HashMap;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Concurrent requests on one database through two application instances (two JDBI, two sets of connections), the
 * threads of each race released together by a barrier: API.md §4 holds whatever the interleaving.
 */
class AssociationRacesTest {

    private static final TestDatabase DATABASE = TestDatabases.migrated();
    private static final ProfileKey INSTORE = ProfileKey.of(Source.INSTORE);
    private static final int FREE_SLOTS = 5;

    private final Instance first = new Instance(DATABASE);
    private final Instance second = new Instance(DATABASE);
    private final Org org = new Org(new OrgId(ThreadLocalRandom.current().nextLong(1, 1L << 40)), "Races", ZoneOffset.UTC);
    private final Caller caller = new Caller(new TillCode("till"), org.id());

    /** One application instance: its own JDBI over the shared database, and the association use cases. */
    private static final class Instance {

        final CustomerPorts ports;
        final AssociationService service;

        Instance(TestDatabase database) {
            ports = JdbiCustomerPorts.over(database.jdbi());
            OrgPorts org = ports.orgPorts();
            service = new AssociationService(org.orgs(), ports.customers(), ports.history(),
                    new ReferenceData(org.settings(), org.tills(), org.programs(), org.cardSeries(), org.hierarchies(), org.companies()),
                    org.transactions(), Clock.systemUTC(), Duration.ofSeconds(30));
        }
    }

    @BeforeEach
    void anOrgWithOneFleet() {
        OrgPorts ports = first.ports.orgPorts();
        ports.orgs().save(org);
        Clock clock = Clock.systemUTC();
        new HierarchyService(ports.orgs(), ports.hierarchies(), ports.transactions(), clock).define(new DefineHierarchy.Command(caller,
                new HierarchyDraft("fleet", Option.none(), Option.none(), List.of(RoleDraft.parent("OWNER", "DRIVER", FREE_SLOTS + 1),
                        RoleDraft.leaf("DRIVER")), false, false, false, false)));
        CompanyService companies = new CompanyService(ports.orgs(), ports.companies(), ports.hierarchies(), ports.transactions(), clock);
        List.of("A", "B").forEach(company -> companies.register(new RegisterCompany.Command(caller,
                new CompanyDraft(company, company, "fleet", Option.none(), HashMap.empty()))));
    }

    private static ProfileInput profile(String mobile) {
        return ProfileInput.identifiedBy(IdentifierInput.of("mobile", mobile));
    }

    private static CustomerItem item(String mobile, Option<AssociationInput> association) {
        return new CustomerItem(List.of(profile(mobile)), LinkedHashMap.empty(), Option.none(), List.empty(), association, Option.none());
    }

    private static AssociationInput in(String role, String company) {
        return AssociationInput.none().in("fleet", role, company);
    }

    private static CustomerRef ref(String mobile) {
        return new CustomerRef(List.of(profile(mobile)));
    }

    private String mobile(int index) {
        return "9" + String.format("%011d", (org.id().value() % 10_000_000L) * 1000 + index);
    }

    private void register(String mobile, Option<AssociationInput> association) {
        first.service.associate(new AssociateCustomers.Command(caller, INSTORE, List.of(item(mobile, association)), false, "setup"));
    }

    private Either<ItemFailure, ItemOutcome> update(Instance instance, CustomerItem item) {
        return instance.service.update(new UpdateAssociationDetails.Command(caller, INSTORE, List.of(item), false, "race")).head();
    }

    private Customer customer(String mobile) {
        CustomerId id = first.ports.customers().holderOf(org.id(), INSTORE, Identifier.parse(IdentifierType.MOBILE, mobile).get()).get();
        return first.ports.customers().byId(org.id(), id).get();
    }

    /** Runs {@code count} requests at once, half through each instance, and answers their outcomes in order. */
    private List<Either<ItemFailure, ItemOutcome>> race(int count, IntFunction<CustomerItem> request) throws Exception {
        CyclicBarrier start = new CyclicBarrier(count);
        ExecutorService threads = Executors.newFixedThreadPool(count);
        try {
            java.util.List<Future<Either<ItemFailure, ItemOutcome>>> outcomes = new java.util.ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                outcomes.add(threads.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    return update(index % 2 == 0 ? first : second, request.apply(index));
                }));
            }
            List<Either<ItemFailure, ItemOutcome>> results = List.empty();
            for (Future<Either<ItemFailure, ItemOutcome>> outcome : outcomes) {
                results = results.append(outcome.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            threads.shutdownNow();
        }
    }

    private static List<Integer> failureCodes(List<Either<ItemFailure, ItemOutcome>> outcomes) {
        return outcomes.filter(Either::isLeft).map(outcome -> outcome.getLeft().rejection().code().code());
    }

    @RepeatedTest(3)
    void fortyAttachmentsToAParentWithFiveFreeSlotsLetExactlyFiveIn() throws Exception {
        register(mobile(0), Option.of(in("OWNER", "A")));
        register(mobile(1), Option.of(in("DRIVER", "A").withParent(ParentChange.attach(ref(mobile(0))))));
        for (int i = 0; i < 40; i++) {
            register(mobile(100 + i), Option.none());
        }

        List<Either<ItemFailure, ItemOutcome>> outcomes = race(40, i -> item(mobile(100 + i),
                Option.of(in("DRIVER", "A").withParent(ParentChange.attach(ref(mobile(0)))))));

        assertThat(outcomes.count(Either::isRight)).isEqualTo(FREE_SLOTS);
        assertThat(failureCodes(outcomes).toJavaList()).hasSize(35).containsOnly(ErrorCode.MAX_CHILD_REACHED.code());
        assertThat(first.ports.customers().childCount(org.id(), customer(mobile(0)).id())).isEqualTo(FREE_SLOTS + 1);
    }

    @RepeatedTest(3)
    void concurrentFirstAssociationsOfOneCustomerLeaveExactlyOneWinner() throws Exception {
        register(mobile(0), Option.none());

        List<Either<ItemFailure, ItemOutcome>> outcomes = race(10, i -> item(mobile(0),
                Option.of(in(i % 3 == 0 ? "OWNER" : "DRIVER", i % 2 == 0 ? "A" : "B"))));

        List<ItemOutcome> winners = outcomes.filter(Either::isRight).map(Either::get).filter(ItemOutcome::newAssociation);
        assertThat(winners.size()).isEqualTo(1);
        Customer stored = customer(mobile(0));
        assertThat(stored.association().get().role()).isEqualTo(winners.head().after().association().get().role());
        assertThat(stored.association().get().company()).isEqualTo(winners.head().after().association().get().company());
        assertThat(failureCodes(outcomes).toJavaSet()).isSubsetOf(ErrorCode.ROLE_CHANGE_NOT_ALLOWED.code(), ErrorCode.COMPANY_CHANGE_NOT_ALLOWED.code());
    }

    @RepeatedTest(3)
    void twoParentsClaimingOneChildLeaveItWithOneParentWithinRoom() throws Exception {
        register(mobile(0), Option.of(in("OWNER", "A")));
        register(mobile(1), Option.of(in("OWNER", "A")));
        register(mobile(2), Option.none());

        List<Either<ItemFailure, ItemOutcome>> outcomes = race(2, i -> item(mobile(i),
                Option.of(AssociationInput.none().withChildren(List.of(ref(mobile(2))), Option.none()))));

        assertThat(outcomes.count(Either::isRight)).isGreaterThanOrEqualTo(1);
        Customer child = customer(mobile(2));
        CustomerId parent = child.parent().get();
        assertThat(List.of(customer(mobile(0)).id(), customer(mobile(1)).id()).toJavaList()).contains(parent);
        assertThat(first.ports.customers().childCount(org.id(), customer(mobile(0)).id())
                + first.ports.customers().childCount(org.id(), customer(mobile(1)).id())).isEqualTo(1);
    }

    @RepeatedTest(3)
    void twentyRequestsSettingDifferentExtendedFieldsAllLand() throws Exception {
        register(mobile(0), Option.none());
        first.ports.orgPorts().settings().replaceExtendedFields(org.id(), List.range(0, 20)
                .map(i -> new io.grouployalty.domain.org.ExtendedFieldDefinition("field" + i,
                        io.grouployalty.domain.org.ExtendedFieldType.STRING, Option.none())));

        List<Either<ItemFailure, ItemOutcome>> outcomes = race(20, i -> new CustomerItem(List.of(profile(mobile(0))),
                LinkedHashMap.of("field" + i, CustomerItem.FieldInput.of("value" + i)), Option.none(), List.empty(), Option.none(), Option.none()));

        assertThat(outcomes.forAll(Either::isRight)).isTrue();
        assertThat(customer(mobile(0)).extendedFields().size()).isEqualTo(20);
    }

    @RepeatedTest(3)
    void oneNewIdentifierRacedOntoTenCustomersEndsWithExactlyOne() throws Exception {
        for (int i = 0; i < 10; i++) {
            register(mobile(i), Option.none());
        }
        String contested = "race-" + org.id() + "@example.com";

        List<Either<ItemFailure, ItemOutcome>> outcomes = race(10, i -> new CustomerItem(List.of(ProfileInput.identifiedBy(
                IdentifierInput.of("mobile", mobile(i)), IdentifierInput.of("email", contested))),
                LinkedHashMap.empty(), Option.none(), List.empty(), Option.none(), Option.none()));

        assertThat(outcomes.count(Either::isRight)).isEqualTo(1);
        assertThat(failureCodes(outcomes).toJavaSet()).isSubsetOf(ErrorCode.IDENTIFIER_TAKEN.code(),
                ErrorCode.IDENTIFIERS_OF_DIFFERENT_CUSTOMERS.code());
        assertThat(List.range(0, 10).count(i -> customer(mobile(i)).profile(INSTORE).get()
                .identifierOf(IdentifierType.EMAIL).isDefined())).isEqualTo(1);
    }

    @RepeatedTest(3)
    void twoRegistrationsOfOneExternalIdLeaveOneCompanyAndA1702() throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            java.util.List<Future<Integer>> outcomes = new java.util.ArrayList<>();
            for (Instance instance : java.util.List.of(first, second)) {
                OrgPorts ports = instance.ports.orgPorts();
                CompanyService companies = new CompanyService(ports.orgs(), ports.companies(), ports.hierarchies(), ports.transactions(), Clock.systemUTC());
                outcomes.add(threads.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    return companies.register(new RegisterCompany.Command(caller,
                            new CompanyDraft("contested", "Contested", "fleet", Option.none(), HashMap.empty())))
                            .fold(rejection -> rejection.code().code(), id -> 0);
                }));
            }
            List<Integer> codes = List.of(outcomes.get(0).get(60, TimeUnit.SECONDS), outcomes.get(1).get(60, TimeUnit.SECONDS));

            assertThat(codes.sorted().toJavaList()).containsExactly(0, ErrorCode.COMPANY_EXTERNAL_ID_EXISTS.code());
        } finally {
            threads.shutdownNow();
        }
    }
}
