package io.grouployalty.application.contract;

import io.grouployalty.domain.card.CardSeries;
import io.grouployalty.domain.card.CardSeriesDefinition;
import io.grouployalty.domain.card.CardStatus;
import io.grouployalty.domain.org.Org;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.grouployalty.application.contract.OrgFixtures.aNewOrg;
import static io.grouployalty.application.contract.ReferenceFixtures.fleetCards;
import static org.assertj.core.api.Assertions.assertThat;

/** What every implementation of {@link CardSeries} must do. */
public abstract class CardSeriesContract {

    private Org org;

    protected abstract OrgPorts ports();

    private CardSeries series() {
        return ports().cardSeries();
    }

    @BeforeEach
    void anOrg() {
        org = aNewOrg();
        ports().orgs().save(org);
    }

    @Test
    void findsAnEnabledSeriesByIdAndByCode() {
        series().replace(org.id(), List.of(fleetCards(10, "FleetCard1")));

        assertThat(series().byId(org.id(), 10).get()).isEqualTo(fleetCards(10, "FleetCard1"));
        assertThat(series().byCode(org.id(), "FleetCard1").get().statusOf("lost")).contains(CardStatus.SUSPENDED);
        assertThat(series().byCode(org.id(), "Other").isEmpty()).isTrue();
    }

    @Test
    void aSeriesLeftOutIsNoLongerFoundAndComesBackAsRedeclared() {
        series().replace(org.id(), List.of(fleetCards(10, "A"), fleetCards(11, "B")));
        series().replace(org.id(), List.of(fleetCards(11, "B")));

        assertThat(series().byId(org.id(), 10).isEmpty()).isTrue();
        assertThat(series().byCode(org.id(), "A").isEmpty()).isTrue();

        CardSeriesDefinition back = new CardSeriesDefinition(10, "A", HashMap.of("ACTIVE", CardStatus.ACTIVE), 1);
        series().replace(org.id(), List.of(back, fleetCards(11, "B")));

        assertThat(series().byId(org.id(), 10).get()).isEqualTo(back);
        assertThat(series().all(org.id()).map(CardSeriesDefinition::id).toJavaList()).containsExactly(10L, 11L);
    }

    @Test
    void keepsTheSeriesOfEachOrgApart() {
        Org other = aNewOrg();
        ports().orgs().save(other);
        series().replace(other.id(), List.of(fleetCards(10, "A")));

        assertThat(series().byId(org.id(), 10).isEmpty()).isTrue();
        assertThat(series().byCode(org.id(), "A").isEmpty()).isTrue();
    }
}
