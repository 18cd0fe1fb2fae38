package io.grouployalty.application.contract;

import io.grouployalty.domain.org.Org;
import io.grouployalty.domain.org.Till;
import io.grouployalty.domain.org.Tills;
import io.vavr.collection.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.grouployalty.application.contract.OrgFixtures.OTHER_HASH;
import static io.grouployalty.application.contract.OrgFixtures.aNewOrg;
import static io.grouployalty.application.contract.OrgFixtures.aNewTillCode;
import static io.grouployalty.application.contract.OrgFixtures.anEnabledTill;
import static org.assertj.core.api.Assertions.assertThat;

/** What every implementation of {@link Tills} must do. */
public abstract class TillsContract {

    private Org org;

    protected abstract OrgPorts ports();

    private Tills tills() {
        return ports().tills();
    }

    @BeforeEach
    void anOrg() {
        org = aNewOrg();
        ports().orgs().save(org);
    }

    @Test
    void findsAReplacedTillByItsCode() {
        Till till = anEnabledTill(org.id());
        assertThat(tills().replace(org.id(), List.of(till))).isEmpty();
        assertThat(tills().find(till.code()).get()).isEqualTo(till);
    }

    @Test
    void findsNothingForAnUnknownCode() {
        assertThat(tills().find(aNewTillCode()).isEmpty()).isTrue();
    }

    @Test
    void disablesTheTillsLeftOutOfTheNextReplaceWithoutDeletingThem() {
        Till kept = anEnabledTill(org.id());
        Till leftOut = anEnabledTill(org.id());
        tills().replace(org.id(), List.of(kept, leftOut));

        tills().replace(org.id(), List.of(kept));

        assertThat(tills().find(leftOut.code()).get()).isEqualTo(leftOut.disabled());
        assertThat(tills().find(kept.code()).get().enabled()).isTrue();
        assertThat(tills().of(org.id()).size()).isEqualTo(2);
    }

    @Test
    void reEnablesATillThatIsDeclaredAgainWithItsNewHash() {
        Till till = anEnabledTill(org.id());
        tills().replace(org.id(), List.of(till));
        tills().replace(org.id(), List.empty());

        Till back = new Till(till.code(), org.id(), OTHER_HASH, true);
        tills().replace(org.id(), List.of(back));

        assertThat(tills().find(till.code()).get()).isEqualTo(back);
    }

    @Test
    void leavesAloneAndReportsATillCodeOfAnotherOrg() {
        Org other = aNewOrg();
        ports().orgs().save(other);
        Till theirs = anEnabledTill(other.id());
        tills().replace(other.id(), List.of(theirs));

        Till claimed = new Till(theirs.code(), org.id(), OTHER_HASH, true);
        Till mine = anEnabledTill(org.id());

        assertThat(tills().replace(org.id(), List.of(claimed, mine)).toJavaList()).containsExactly(theirs.code());
        assertThat(tills().find(theirs.code()).get()).isEqualTo(theirs);
        assertThat(tills().of(org.id()).toJavaList()).containsExactly(mine);
    }

    @Test
    void listsOnlyTheTillsOfTheGivenOrg() {
        Org other = aNewOrg();
        ports().orgs().save(other);
        Till mine = anEnabledTill(org.id());
        tills().replace(org.id(), List.of(mine));
        tills().replace(other.id(), List.of(anEnabledTill(other.id())));

        assertThat(tills().of(org.id()).toJavaList()).containsExactly(mine);
    }
}
