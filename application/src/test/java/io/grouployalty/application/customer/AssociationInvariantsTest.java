package io.grouployalty.application.customer;

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
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;

import static io.grouployalty.application.customer.Items.byMobile;
import static io.grouployalty.application.customer.Items.ref;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random sequences of associations, re-parentings, detachments, adoptions and forbidden changes on a two-role fleet
 * with room for 2 or 3 children per owner: whatever the sequence, no owner holds more children than its role allows,
 * and an associated customer's hierarchy, role and company never change.
 */
class AssociationInvariantsTest {

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

    @Property(tries = 150)
    void noOwnerExceedsItsRoomAndNoAssociationChanges(@ForAll("sequences") @Size(min = 5, max = 40) java.util.List<Operation> operations,
                                                      @ForAll @IntRange(min = 2, max = 3) int maxChild) {
        Fleet fleet = new Fleet(maxChild);
        for (Operation operation : operations) {
            Either<ItemFailure, ItemOutcome> outcome = fleet.apply(operation);
            Statistics.label("outcome").collect(outcome.isRight() ? "applied"
                    : "refused " + outcome.getLeft().rejection().code().code());
            Statistics.label("owner full after the request").collect(fleet.someOwnerIsFull());
            fleet.assertInvariants();
        }
        Statistics.label("outcome").coverage(checker -> {
            checker.check("applied").count(count -> count > 0);
            checker.check("refused 1618").count(count -> count > 0);
        });
        Statistics.label("owner full after the request").coverage(checker -> checker.check(true).count(count -> count > 0));
    }

    @Provide
    Arbitrary<java.util.List<Operation>> sequences() {
        Arbitrary<Integer> driver = Arbitraries.integers().between(0, DRIVERS - 1);
        Arbitrary<Integer> owner = Arbitraries.integers().between(0, OWNERS - 1);
        Arbitrary<Operation> attach = net.jqwik.api.Combinators.combine(driver, owner).as(Attach::new);
        Arbitrary<Operation> detach = driver.map(Detach::new);
        Arbitrary<Operation> adopt = net.jqwik.api.Combinators.combine(owner, driver.list().ofMinSize(1).ofMaxSize(3))
                .as((o, drivers) -> new Adopt(o, List.ofAll(drivers)));
        Arbitrary<Operation> promote = driver.map(Promote::new);
        Arbitrary<Operation> move = net.jqwik.api.Combinators.combine(driver, Arbitraries.integers().between(0, 1)).as(MoveCompany::new);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, attach), net.jqwik.api.Tuple.of(2, detach), net.jqwik.api.Tuple.of(3, adopt),
                net.jqwik.api.Tuple.of(1, promote), net.jqwik.api.Tuple.of(1, move)).list();
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
                        .in("tiny", "DRIVER", companyOf(attach.owner())).withParent(Option.of(ref(ownerMobile(attach.owner()))))).build();
            }
            if (operation instanceof Detach detach) {
                return byMobile(driverMobile(detach.driver())).associated(AssociationInput.none().withParent(Option.none())).build();
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
