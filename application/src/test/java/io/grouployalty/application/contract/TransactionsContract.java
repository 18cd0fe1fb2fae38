package io.grouployalty.application.contract;

import io.grouployalty.domain.org.Org;
import io.vavr.control.Either;
import org.junit.jupiter.api.Test;

import static io.grouployalty.application.contract.OrgFixtures.aNewOrg;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every implementation of {@link io.grouployalty.domain.Transactions} must do. */
public abstract class TransactionsContract {

    protected abstract OrgPorts ports();

    @Test
    void keepsTheWritesOfWorkThatAnswersRight() {
        Org org = aNewOrg();
        Either<String, Org> outcome = ports().transactions().inTransaction(() -> {
            ports().orgs().save(org);
            return Either.right(org);
        });
        assertThat(outcome.get()).isEqualTo(org);
        assertThat(ports().orgs().find(org.id()).isDefined()).isTrue();
    }

    @Test
    void undoesTheWritesOfWorkThatAnswersLeft() {
        Org org = aNewOrg();
        Either<String, Org> outcome = ports().transactions().inTransaction(() -> {
            ports().orgs().save(org);
            return Either.left("changed my mind");
        });
        assertThat(outcome.getLeft()).isEqualTo("changed my mind");
        assertThat(ports().orgs().find(org.id()).isEmpty()).isTrue();
    }

    @Test
    void undoesTheWritesOfWorkThatFails() {
        Org org = aNewOrg();
        assertThatThrownBy(() -> ports().transactions().inTransaction(() -> {
            ports().orgs().save(org);
            throw new IllegalStateException("broken");
        })).hasMessage("broken");
        assertThat(ports().orgs().find(org.id()).isEmpty()).isTrue();
    }

    @Test
    void undoesAnInnerUnitAloneAndKeepsTheOuterUnitsOtherWork() {
        Org kept = aNewOrg();
        Org undone = aNewOrg();
        ports().transactions().inTransaction(() -> {
            ports().orgs().save(kept);
            Either<String, Org> inner = ports().transactions().inTransaction(() -> {
                ports().orgs().save(undone);
                return Either.left("inner refused");
            });
            assertThat(inner.isLeft()).isTrue();
            return Either.right(kept);
        });

        assertThat(ports().orgs().find(kept.id()).isDefined()).isTrue();
        assertThat(ports().orgs().find(undone.id()).isEmpty()).isTrue();
    }

    @Test
    void aRolledBackRunSeesItsOwnWorkAndKeepsNoneOfIt() {
        Org first = aNewOrg();
        Org second = aNewOrg();

        boolean sawBoth = ports().transactions().rolledBack(() -> {
            ports().transactions().inTransaction(() -> {
                ports().orgs().save(first);
                return Either.right(first);
            });
            ports().transactions().inTransaction(() -> {
                ports().orgs().save(second);
                return Either.right(second);
            });
            return ports().orgs().find(first.id()).isDefined() && ports().orgs().find(second.id()).isDefined();
        });

        assertThat(sawBoth).isTrue();
        assertThat(ports().orgs().find(first.id()).isEmpty()).isTrue();
        assertThat(ports().orgs().find(second.id()).isEmpty()).isTrue();
    }
}
