package io.grouployalty.adapters.jdbc.customer;

import io.grouployalty.adapters.jdbc.testing.TestDatabases;
import io.grouployalty.application.contract.CustomerPorts;
import io.grouployalty.application.contract.OrgPorts;
import io.grouployalty.application.customer.AssociationService;
import io.grouployalty.application.hierarchy.HierarchyService;
import io.grouployalty.application.company.CompanyService;
import io.grouployalty.application.port.in.AssociateCustomers;
import io.grouployalty.application.port.in.DefineHierarchy;
import io.grouployalty.application.port.in.RegisterCompany;
import io.grouployalty.application.port.in.UpdateAssociationDetails;
import io.grouployalty.domain.company.CompanyDraft;
import io.grouployalty.domain.customer.CustomerItem;
import io.grouployalty.domain.customer.CustomerItem.AssociationInput;
import io.grouployalty.domain.customer.CustomerItem.IdentifierInput;
import io.grouployalty.domain.customer.CustomerItem.ParentChange;
import io.grouployalty.domain.customer.CustomerItem.ProfileInput;
import io.grouployalty.domain.customer.ProfileKey;
import io.grouployalty.domain.customer.ReferenceData;
import io.grouployalty.domain.hierarchy.HierarchyDraft;
import io.grouployalty.domain.hierarchy.RoleDraft;
import io.grouployalty.domain.org.Caller;
import io.grouployalty.domain.org.ExtendedFieldDefinition;
import io.grouployalty.domain.org.ExtendedFieldType;
import io.grouployalty.domain.org.Org;
import io.grouployalty.domain.org.OrgId;
import io.grouployalty.domain.org.Source;
import io.grouployalty.domain.org.TillCode;
import io.vavr.collection.HashMap;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.StatementContext;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Counts the statements PostgreSQL runs for a typical update item, and for a batch of them. */
class RoundTripsTest {

    private final AtomicInteger statements = new AtomicInteger();
    private final Jdbi jdbi = TestDatabases.migrated().jdbi();
    private final Org org = new Org(new OrgId(77), "Round trips", ZoneOffset.UTC);
    private final Caller caller = new Caller(new TillCode("till"), org.id());
    private final ProfileKey instore = ProfileKey.of(Source.INSTORE);

    private AssociationService service(CustomerPorts ports) {
        OrgPorts org = ports.orgPorts();
        return new AssociationService(org.orgs(), ports.customers(), ports.history(),
                new ReferenceData(org.settings(), org.tills(), org.programs(), org.cardSeries(), org.hierarchies(), org.companies()),
                org.transactions(), Clock.systemUTC(), Duration.ofSeconds(30));
    }

    private static CustomerItem item(String mobile, String city, Option<AssociationInput> association) {
        return new CustomerItem(List.of(ProfileInput.identifiedBy(IdentifierInput.of("mobile", mobile))), LinkedHashMap.of("city", CustomerItem.FieldInput.of(city)),
                Option.none(), List.empty(), association, Option.none());
    }

    @Test
    void countsTheStatementsOfATypicalUpdateItem() {
        jdbi.setSqlLogger(new SqlLogger() {
            @Override
            public void logAfterExecution(StatementContext context) {
                statements.incrementAndGet();
            }
        });
        CustomerPorts ports = JdbiCustomerPorts.over(jdbi);
        OrgPorts orgPorts = ports.orgPorts();
        orgPorts.orgs().save(org);
        orgPorts.settings().replaceExtendedFields(org.id(), List.of(new ExtendedFieldDefinition("city", ExtendedFieldType.STRING, Option.none())));
        new HierarchyService(orgPorts.orgs(), orgPorts.hierarchies(), orgPorts.transactions(), Clock.systemUTC()).define(new DefineHierarchy.Command(caller,
                new HierarchyDraft("fleet", Option.none(), Option.none(), List.of(RoleDraft.parent("OWNER", "DRIVER", 30000),
                        RoleDraft.leaf("DRIVER")), false, false, false, false)));
        new CompanyService(orgPorts.orgs(), orgPorts.companies(), orgPorts.hierarchies(), orgPorts.transactions(), Clock.systemUTC())
                .register(new RegisterCompany.Command(caller, new CompanyDraft("A", "A", "fleet", Option.none(), HashMap.empty())));
        AssociationService service = service(ports);
        service.associate(new AssociateCustomers.Command(caller, instore, List.of(item("911000000000", "Pune",
                Option.of(AssociationInput.none().in("fleet", "OWNER", "A")))), false, "setup"));
        List<CustomerItem> drivers = List.range(0, 200).map(i -> item("9120000" + String.format("%05d", i), "Pune", Option.none()));
        service.associate(new AssociateCustomers.Command(caller, instore, drivers, false, "setup"));

        statements.set(0);
        service.update(new UpdateAssociationDetails.Command(caller, instore, List.of(item("912000000000", "Goa", Option.none())), false, "one"));
        int plainUpdate = statements.getAndSet(0);
        CustomerItem.CustomerRef owner = new CustomerItem.CustomerRef(List.of(ProfileInput.identifiedBy(IdentifierInput.of("mobile", "911000000000"))));
        AssociationInput attachToOwner = AssociationInput.none().in("fleet", "DRIVER", "A").withParent(ParentChange.attach(owner));
        service.update(new UpdateAssociationDetails.Command(caller, instore, List.of(item("912000000001", "Goa", Option.of(attachToOwner))),
                false, "attach"));
        int attach = statements.getAndSet(0);
        service.update(new UpdateAssociationDetails.Command(caller, instore,
                drivers.map(driver -> item(driver.profiles().head().identifiers().head().identifier().get().value(), "Delhi", Option.none())), false, "batch"));
        int batch = statements.getAndSet(0);

        System.out.printf("statements (+1 commit each unit): plain update item %d, attach to a parent %d, 200-item batch %d (%.1f per item)%n",
                plainUpdate, attach, batch, batch / 200.0);
        assertThat(plainUpdate).isPositive();
        assertThat(batch).isLessThanOrEqualTo(plainUpdate * 200 + 5);
    }
}
