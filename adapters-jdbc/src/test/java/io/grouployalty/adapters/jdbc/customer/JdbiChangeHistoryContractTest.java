package io.grouployalty.adapters.jdbc.customer;

import io.grouployalty.adapters.jdbc.testing.TestDatabases;
import io.grouployalty.application.contract.ChangeHistoryContract;
import io.grouployalty.application.contract.CustomerPorts;
import io.grouployalty.domain.customer.Change;
import io.grouployalty.domain.customer.CustomerId;
import io.grouployalty.domain.org.Org;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

import static io.grouployalty.application.contract.OrgFixtures.aNewOrg;
import static org.assertj.core.api.Assertions.assertThat;

class JdbiChangeHistoryContractTest extends ChangeHistoryContract {

    private static final Jdbi JDBI = TestDatabases.migrated().jdbi();
    private static final CustomerPorts PORTS = JdbiCustomerPorts.over(JDBI);

    @Override
    protected CustomerPorts ports() {
        return PORTS;
    }

    @Test
    void readsAnEntryStoredWithWholeProfilesAsEarlierVersionsWroteThem() {
        Org org = aNewOrg();
        PORTS.orgPorts().orgs().save(org);
        JDBI.useHandle(handle -> handle.execute("""
                insert into change_history (org_id, change_id, customer_id, at, request_id, actor, operation, changes)
                values (?, nextval('change_id_seq'), 7, now(), 'req-old', 'demo.till', 'UPDATE_ASSOCIATION',
                        '[{"path": "/profiles", "before": "INSTORE Tom  mobile:915905000000  postmail:street 1 ",
                           "after": "INSTORE Ann  mobile:915905000000  postmail:street 1 "}]')""", org.id().value()));

        Change old = PORTS.history().of(org.id(), new CustomerId(7), 10, 0).items().single().change();

        assertThat(old.changes().single().path()).isEqualTo("/profiles");
        assertThat(old.changes().single().before().get().text()).startsWith("INSTORE Tom");
        assertThat(old.changes().single().after().get().text()).startsWith("INSTORE Ann");
    }
}
