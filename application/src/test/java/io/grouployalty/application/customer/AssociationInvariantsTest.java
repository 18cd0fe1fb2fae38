package io.grouployalty.application.customer;

import io.grouployalty.application.LabelledStatistics;
import io.grouployalty.application.SeededTheory;
import io.grouployalty.application.company.CompanyService;
import io.grouployalty.application.contract.OrgPorts;
import io.grouployalty.application.hierarchy.HierarchyService;
import io.grouployalty.application.memory.InMemoryWorld;
import io.grouployalty.application.port.in.AssociateCustomers;
import io.grouployalty.application.port.in.DefineHierarchy;
import io.grouployalty.application.port.in.RegisterCompany;
import io.grouployalty.application.port.in.UpdateAssociationDetails;
import io.grouployalty.domain.company.CompanyDraft;
import io.grouployalty.domain.customer.Association;
import io.grouployalty.domain.customer.Customer;
import io.grouployalty.domain.customer.CustomerItem;
import io.grouployalty.domain.customer.CustomerItem.AssociationInput;
import io.grouployalty.domain.customer.CustomerItem.ParentChange;
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
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;

import static io.grouployalty.application.customer.Items.byMobile;
import static io.grouployalty.application.customer.Items.ref;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.Generate.frequency;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

/**
 * Random sequences of associations, re-parentings, detachments, adoptions and forbidden changes on a two-role fleet
 * with room for 2 or 3 children per owner: whatever the sequence, no owner holds more children than its role allows,
 * and an associated customer's hierarchy, role and company never change. The seed is fixed; another is tried, or a failure
 * replayed, with {@code -Dassociation.invariants.seed=N}.
 */
class AssociationInvariantsTest {

    private static final long SEED = Long.getLong("association.invariants.seed", 1618);
    private static final int TRIES = 150;
    private static final int OWNERS = 3;
    private static final int DRIVERS = 8;
    private static final ProfileKey INSTORE = ProfileKey.of(Source.INSTORE);

    /** One request of the random sequence. */
    sealed interface Operation {
    }

    record Attach(int driver, int owner) implements Operation {
    }

    record Detach(int driver) implements Operation {
    }

    record Adopt(int owner, List<Integer> drivers) implements Operation {
    }

    record Promote(int driver) implements Operation {
    }

    record MoveCompany(int driver, int company) implements Operation {
    }

    @Test
    void noOwnerExceedsItsRoomAndNoAssociationChanges() {
        LabelledStatistics statistics = new LabelledStatistics();
        SeededTheory.of(SEED, TRIES, 1000).forAll(sequences(), integers().between(2, 3))
                .checkAssert((operations, maxChild) -> {
                    statistics.tried();
                    applyCheckingInvariants(operations, maxChild, statistics);
                });
        System.out.print(statistics.report("AssociationInvariantsTest", SEED));
        assertThat(statistics.count("outcome", "applied")).isPositive();
        assertThat(statistics.count("outcome", "refused 1618")).isPositive();
        assertThat(statistics.count("owner full after the request", true)).isPositive();
    }

    private static void applyCheckingInvariants(java.util.List<Operation> operations, int maxChild, LabelledStatistics statistics) {
        Fleet fleet = new Fleet(maxChild);
        for (Operation operation : operations) {
            Either<ItemFailure, ItemOutcome> outcome = fleet.apply(operation);
            statistics.collect("outcome", outcome.isRight() ? "applied" : "refused " + outcome.getLeft().rejection().code().code());
            statistics.collect("owner full after the request", fleet.someOwnerIsFull());
            fleet.assertInvariants();
        }
    }

    private static Gen<java.util.List<Operation>> sequences() {
        Gen<Integer> driver = integers().between(0, DRIVERS - 1);
        Gen<Integer> owner = integers().between(0, OWNERS - 1);
        Gen<Operation> attach = driver.zip(owner, Attach::new);
        Gen<Operation> detach = driver.map(Detach::new);
        Gen<Operation> adopt = owner.zip(lists().of(driver).ofSizeBetween(1, 3), (o, drivers) -> new Adopt(o, List.ofAll(drivers)));
        Gen<Operation> promote = driver.map(Promote::new);
        Gen<Operation> move = driver.zip(integers().between(0, 1), MoveCompany::new);
        Gen<Operation> operation = frequency(Pair.of(6, attach), Pair.of(2, detach), Pair.of(3, adopt), Pair.of(1, promote), Pair.of(1, move));
        return lists().of(operation).ofSizeBetween(5, 40);
    }

    /** A fleet of owners (two in company A, one in company B) and drivers, all registered, no driver associated yet. */
    private static final class Fleet {

        private final InMemoryWorld world = InMemoryWorld.create();
        private final OrgPorts ports = world.ports();
        private final Org org = new Org(new OrgId(7), "Fleet", ZoneOffset.UTC);
        private final Caller caller = new Caller(new TillCode("till"), org.id());
        private final AssociationService service;
        private final int maxChild;
        private Map<io.grouployalty.domain.customer.CustomerId, Association> firstAssociations = HashMap.empty();

        Fleet(int maxChild) {
            this.maxChild = maxChild;
            Clock clock = Clock.systemUTC();
            ports.orgs().save(org);
            new HierarchyService(ports.orgs(), ports.hierarchies(), ports.transactions(), clock).define(new DefineHierarchy.Command(caller,
                    new HierarchyDraft("tiny", Option.none(), Option.none(),
                            List.of(RoleDraft.parent("OWNER", "DRIVER", maxChild), RoleDraft.leaf("DRIVER")), false, false, false, false)));
            CompanyService companies = new CompanyService(ports.orgs(), ports.companies(), ports.hierarchies(), ports.transactions(), clock);
            List.of("A", "B").forEach(company -> companies.register(new RegisterCompany.Command(caller,
                    new CompanyDraft(company, company, "tiny", Option.none(), HashMap.empty()))));
            service = new AssociationService(ports.orgs(), world.customers(), world.history(),
                    new ReferenceData(ports.settings(), ports.tills(), ports.programs(), ports.cardSeries(), ports.hierarchies(),
                            ports.companies()), ports.transactions(), clock, Duration.ofSeconds(30));
            for (int owner = 0; owner < OWNERS; owner++) {
                post(byMobile(ownerMobile(owner)).associated(AssociationInput.none().in("tiny", "OWNER", owner < 2 ? "A" : "B")));
            }
            for (int driver = 0; driver < DRIVERS; driver++) {
                post(byMobile(driverMobile(driver)));
            }
        }

        private static String ownerMobile(int owner) {
            return "91100000000" + owner;
        }

        private static String driverMobile(int driver) {
            return "91200000000" + driver;
        }

        private static String companyOf(int owner) {
            return owner < 2 ? "A" : "B";
        }

        private void post(Items item) {
            service.associate(new AssociateCustomers.Command(caller, INSTORE, List.of(item.build()), false, "setup"));
        }

        Either<ItemFailure, ItemOutcome> apply(Operation operation) {
            return service.update(new UpdateAssociationDetails.Command(caller, INSTORE, List.of(item(operation)), false, "run")).head();
        }

        private CustomerItem item(Operation operation) {
            if (operation instanceof Attach attach) {
                return byMobile(driverMobile(attach.driver())).associated(AssociationInput.none()
                        .in("tiny", "DRIVER", companyOf(attach.owner())).withParent(ParentChange.attach(ref(ownerMobile(attach.owner()))))).build();
            }
            if (operation instanceof Detach detach) {
                return byMobile(driverMobile(detach.driver())).associated(AssociationInput.none().withParent(ParentChange.detach())).build();
            }
            if (operation instanceof Adopt adopt) {
                return byMobile(ownerMobile(adopt.owner())).associated(AssociationInput.none()
                        .withChildren(adopt.drivers().map(driver -> ref(driverMobile(driver))), Option.none())).build();
            }
            if (operation instanceof Promote promote) {
                return byMobile(driverMobile(promote.driver())).associated(AssociationInput.none().in("tiny", "OWNER", "A")).build();
            }
            MoveCompany move = (MoveCompany) operation;
            return byMobile(driverMobile(move.driver())).associated(AssociationInput.none().in("tiny", "DRIVER", move.company() == 0 ? "A" : "B")).build();
        }

        private List<Customer> all() {
            return List.range(1, OWNERS + DRIVERS + 1)
                    .flatMap(id -> world.customers().byId(org.id(), new io.grouployalty.domain.customer.CustomerId(id)));
        }

        boolean someOwnerIsFull() {
            return all().exists(customer -> world.customers().childCount(org.id(), customer.id()) == maxChild);
        }

        void assertInvariants() {
            for (Customer customer : all()) {
                assertThat(world.customers().childCount(org.id(), customer.id())).as("children of %s", customer.id()).isLessThanOrEqualTo(maxChild);
                customer.parent().forEach(parentId -> {
                    Customer parent = world.customers().byId(org.id(), parentId).get();
                    assertThat(parent.association().get().company()).isEqualTo(customer.association().get().company());
                    assertThat(parent.association().get().role().value()).isEqualTo("OWNER");
                });
                customer.association().forEach(association -> {
                    Association first = firstAssociations.get(customer.id()).getOrElse(association);
                    assertThat(association.hierarchy()).isEqualTo(first.hierarchy());
                    assertThat(association.role()).isEqualTo(first.role());
                    assertThat(association.company()).isEqualTo(first.company());
                    firstAssociations = firstAssociations.put(customer.id(), first);
                });
            }
        }
    }
}
