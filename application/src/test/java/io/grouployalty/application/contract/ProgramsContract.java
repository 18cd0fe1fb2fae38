package io.grouployalty.application.contract;

import io.grouployalty.domain.org.Org;
import io.grouployalty.domain.program.Program;
import io.grouployalty.domain.program.ProgramId;
import io.grouployalty.domain.program.Programs;
import io.grouployalty.domain.program.Tier;
import io.vavr.collection.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.grouployalty.application.contract.OrgFixtures.aNewOrg;
import static io.grouployalty.application.contract.ReferenceFixtures.fleetRewards;
import static org.assertj.core.api.Assertions.assertThat;

/** What every implementation of {@link Programs} must do. */
public abstract class ProgramsContract {

    private Org org;

    protected abstract OrgPorts ports();

    private Programs programs() {
        return ports().programs();
    }

    @BeforeEach
    void anOrg() {
        org = aNewOrg();
        ports().orgs().save(org);
    }

    @Test
    void findsAnEnabledProgramWithItsTiers() {
        programs().replace(org.id(), List.of(fleetRewards(1)));

        Program found = programs().byId(org.id(), new ProgramId(1)).get();

        assertThat(found).isEqualTo(fleetRewards(1));
        assertThat(found.tier(2).get().name()).isEqualTo("Silver");
    }

    @Test
    void aProgramLeftOutIsNoLongerFoundAndComesBackWithItsNewTiers() {
        programs().replace(org.id(), List.of(fleetRewards(1), fleetRewards(2)));
        programs().replace(org.id(), List.of(fleetRewards(2)));

        assertThat(programs().byId(org.id(), new ProgramId(1)).isEmpty()).isTrue();
        assertThat(programs().all(org.id()).map(Program::id).toJavaList()).containsExactly(new ProgramId(2));

        Program back = new Program(new ProgramId(1), "Back", List.of(new Tier(1, "Only")));
        programs().replace(org.id(), List.of(back, fleetRewards(2)));

        assertThat(programs().byId(org.id(), new ProgramId(1)).get()).isEqualTo(back);
    }

    @Test
    void namesTheProgramsAndTiersLeftOutTooForWhatCustomersWereEnrolledIn() {
        programs().replace(org.id(), List.of(fleetRewards(1), fleetRewards(2)));
        programs().replace(org.id(), List.of(new Program(new ProgramId(2), "Renamed", List.of(new Tier(1, "Only")))));

        List<Program> named = programs().named(org.id());

        assertThat(named.map(Program::id).toJavaList()).containsExactly(new ProgramId(1), new ProgramId(2));
        assertThat(named.head()).isEqualTo(fleetRewards(1));
        assertThat(named.last()).isEqualTo(new Program(new ProgramId(2), "Renamed", List.of(new Tier(1, "Only"), new Tier(2, "Silver"),
                new Tier(3, "Gold"))));
        assertThat(programs().all(org.id()).map(Program::name).toJavaList()).containsExactly("Renamed");
    }

    @Test
    void keepsTheProgramsOfEachOrgApart() {
        Org other = aNewOrg();
        ports().orgs().save(other);
        programs().replace(other.id(), List.of(fleetRewards(1)));

        assertThat(programs().byId(org.id(), new ProgramId(1)).isEmpty()).isTrue();
        assertThat(programs().all(org.id()).isEmpty()).isTrue();
    }
}
