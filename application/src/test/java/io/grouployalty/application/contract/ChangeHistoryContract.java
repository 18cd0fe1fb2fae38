package io.grouployalty.application.contract;

import io.grouployalty.domain.Page;
import io.grouployalty.domain.customer.Change;
import io.grouployalty.domain.customer.ChangeHistory;
import io.grouployalty.domain.customer.CustomerId;
import io.grouployalty.domain.customer.FieldValue;
import io.grouployalty.domain.customer.RecordedChange;
import io.grouployalty.domain.org.Org;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static io.grouployalty.application.contract.OrgFixtures.aNewOrg;
import static org.assertj.core.api.Assertions.assertThat;

/** What every implementation of {@link ChangeHistory} must do. */
public abstract class ChangeHistoryContract {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    private Org org;

    protected abstract CustomerPorts ports();

    private ChangeHistory history() {
        return ports().history();
    }

    @BeforeEach
    void anOrg() {
        org = aNewOrg();
        ports().orgPorts().orgs().save(org);
    }

    private static Change change(long customer, int second, String city) {
        return new Change(new CustomerId(customer), NOW.plusSeconds(second), "req-" + second, "demo.till", Change.Operation.UPDATE_ASSOCIATION,
                List.of(new Change.FieldChange("/extendedFields/city", Option.none(), Option.of(new FieldValue.Text(city)))));
    }

    @Test
    void givesACustomersChangesNewestFirstOnePageAtATime() {
        history().record(org.id(), change(1, 1, "Pune"));
        history().record(org.id(), change(2, 2, "Delhi"));
        history().record(org.id(), change(1, 3, "Goa"));
        history().record(org.id(), change(1, 4, "Agra"));

        Page<RecordedChange> page = history().of(org.id(), new CustomerId(1), 2, 1);

        assertThat(page.total()).isEqualTo(3);
        assertThat(page.items().map(recorded -> recorded.change().changes().head().after().get().text()).toJavaList()).containsExactly("Goa", "Pune");
        assertThat(page.items().head().change()).isEqualTo(change(1, 3, "Goa"));
    }

    @Test
    void numbersEachChangeUniquelyInTheOrgLaterChangesHigherTheSameOnEveryRead() {
        history().record(org.id(), change(1, 1, "Pune"));
        history().record(org.id(), change(2, 2, "Delhi"));
        history().record(org.id(), change(1, 3, "Goa"));
        history().record(org.id(), change(2, 4, "Agra"));

        List<Long> first = history().of(org.id(), new CustomerId(1), 10, 0).items().map(recorded -> recorded.id().value());
        List<Long> second = history().of(org.id(), new CustomerId(2), 10, 0).items().map(recorded -> recorded.id().value());

        assertThat(first.toJavaList()).hasSize(2).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        assertThat(second.toJavaList()).hasSize(2).isSortedAccordingTo((a, b) -> Long.compare(b, a)).doesNotContainAnyElementsOf(first);
        assertThat(second.head()).isGreaterThan(first.head());
        assertThat(history().of(org.id(), new CustomerId(1), 10, 0).items().map(recorded -> recorded.id().value())).isEqualTo(first);
    }

    @Test
    void keepsTheHistoriesOfEachOrgApart() {
        history().record(org.id(), change(1, 1, "Pune"));
        Org other = aNewOrg();
        ports().orgPorts().orgs().save(other);

        assertThat(history().of(other.id(), new CustomerId(1), 10, 0).total()).isZero();
    }
}
