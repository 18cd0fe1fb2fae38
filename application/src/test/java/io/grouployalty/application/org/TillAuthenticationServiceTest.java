package io.grouployalty.application.org;

import io.grouployalty.application.contract.OrgPorts;
import io.grouployalty.application.memory.FakePasswordHasher;
import io.grouployalty.application.memory.InMemoryOrgPorts;
import io.grouployalty.application.port.in.AuthenticateTill.Refusal;
import io.grouployalty.application.port.in.AuthenticateTill.SlowCheckBudget;
import io.grouployalty.domain.org.Caller;
import io.grouployalty.domain.org.Org;
import io.grouployalty.domain.org.PasswordDigest;
import io.grouployalty.domain.org.PasswordHash;
import io.grouployalty.domain.org.PasswordHasher;
import io.grouployalty.domain.org.Till;
import io.grouployalty.domain.org.TillCode;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;

import static io.grouployalty.application.contract.OrgFixtures.aNewOrg;
import static io.grouployalty.application.contract.OrgFixtures.aNewTillCode;
import static io.grouployalty.application.contract.OrgFixtures.digestOf;
import static org.assertj.core.api.Assertions.assertThat;

class TillAuthenticationServiceTest {

    /** A budget that allows every check and records the outcome of each. */
    private static final class RecordingBudget implements SlowCheckBudget {
        private final java.util.List<Boolean> outcomes = new ArrayList<>();

        @Override
        public Option<Boolean> check(java.util.function.BooleanSupplier slowCheck) {
            boolean passed = slowCheck.getAsBoolean();
            outcomes.add(passed);
            return Option.some(passed);
        }
    }

    /** A hasher that matches every digest against every hash, so only the service can refuse. */
    private static final class MatchingEverything implements PasswordHasher {
        private final FakePasswordHasher fake = new FakePasswordHasher();
        private int checks;

        @Override
        public PasswordHash hash(PasswordDigest digest) {
            return fake.hash(digest);
        }

        @Override
        public boolean matches(PasswordDigest digest, PasswordHash hash) {
            checks++;
            return true;
        }
    }

    private static final SlowCheckBudget SPENT = check -> Option.none();

    private final OrgPorts ports = InMemoryOrgPorts.create();
    private final FakePasswordHasher hasher = new FakePasswordHasher();
    private final TillAuthenticationService authentication = new TillAuthenticationService(ports.tills(), ports.orgs(), hasher,
            new RememberedMatches());
    private final RecordingBudget budget = new RecordingBudget();

    private final Org org = aNewOrg();
    private final TillCode cashier = aNewTillCode();

    @BeforeEach
    void anOrgWithATill() {
        ports.orgs().save(org);
        ports.tills().replace(org.id(), List.of(new Till(cashier, org.id(), hasher.hash(digestOf("secret")), true)));
    }

    @Test
    void answersTheCallerAndItsOrgForTheRightDigest() {
        assertThat(authentication.authenticate(cashier, digestOf("secret"), budget).get()).isEqualTo(new Caller(cashier, org.id()));
        assertThat(budget.outcomes).containsExactly(true);
    }

    @Test
    void refusesAWrongDigestAndChargesTheFailedCheck() {
        assertThat(authentication.authenticate(cashier, digestOf("guess"), budget).getLeft()).isEqualTo(Refusal.WRONG_CREDENTIALS);
        assertThat(budget.outcomes).containsExactly(false);
    }

    @Test
    void refusesAnUnknownTillAfterASlowCheckCharged() {
        assertThat(authentication.authenticate(aNewTillCode(), digestOf("secret"), budget).getLeft()).isEqualTo(Refusal.WRONG_CREDENTIALS);
        assertThat(budget.outcomes).containsExactly(false);
    }

    @Test
    void refusesADisabledTillEvenWithTheRightDigest() {
        ports.tills().replace(org.id(), List.empty());

        assertThat(authentication.authenticate(cashier, digestOf("secret"), budget).isLeft()).isTrue();
    }

    @Test
    void aRememberedMatchNeedsNoSlowCheckSoASpentBudgetDoesNotStopIt() {
        authentication.authenticate(cashier, digestOf("secret"), budget);

        assertThat(authentication.authenticate(cashier, digestOf("secret"), SPENT).isRight()).isTrue();
        assertThat(budget.outcomes).hasSize(1);
    }

    @Test
    void aLoginThatNeedsASlowCheckIsRefusedUncheckedWhenTheBudgetIsSpent() {
        assertThat(authentication.authenticate(cashier, digestOf("secret"), SPENT).getLeft()).isEqualTo(Refusal.TOO_MANY_FAILED_CHECKS);
        assertThat(authentication.authenticate(aNewTillCode(), digestOf("secret"), SPENT).getLeft())
                .isEqualTo(Refusal.TOO_MANY_FAILED_CHECKS);
    }

    @Test
    void anUnknownTillIsCheckedTheSlowWayEveryTimeEvenWithADigestThatMatchesTheDecoy() {
        MatchingEverything matchingEverything = new MatchingEverything();
        TillAuthenticationService decoyed = new TillAuthenticationService(ports.tills(), ports.orgs(), matchingEverything,
                new RememberedMatches());
        TillCode unknown = aNewTillCode();

        for (int i = 0; i < 3; i++) {
            assertThat(decoyed.authenticate(unknown, digestOf("decoy"), budget).getLeft()).isEqualTo(Refusal.WRONG_CREDENTIALS);
        }

        assertThat(matchingEverything.checks).isEqualTo(3);
        assertThat(budget.outcomes).containsExactly(false, false, false);
    }
}
