package io.grouployalty.application.org;

import io.grouployalty.application.contract.OrgPorts;
import io.grouployalty.application.memory.FakePasswordHasher;
import io.grouployalty.application.memory.InMemoryOrgPorts;
import io.grouployalty.domain.org.Caller;
import io.grouployalty.domain.org.Org;
import io.grouployalty.domain.org.Till;
import io.grouployalty.domain.org.TillCode;
import io.vavr.collection.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.grouployalty.application.contract.OrgFixtures.aNewOrg;
import static io.grouployalty.application.contract.OrgFixtures.aNewTillCode;
import static io.grouployalty.application.contract.OrgFixtures.digestOf;
import static org.assertj.core.api.Assertions.assertThat;

class TillAuthenticationServiceTest {

    private final OrgPorts ports = InMemoryOrgPorts.create();
    private final FakePasswordHasher hasher = new FakePasswordHasher();
    private final TillAuthenticationService authentication = new TillAuthenticationService(ports.tills(), ports.orgs(), hasher);

    private final Org org = aNewOrg();
    private final TillCode cashier = aNewTillCode();

    @BeforeEach
    void anOrgWithATill() {
        ports.orgs().save(org);
        ports.tills().replace(org.id(), List.of(new Till(cashier, org.id(), hasher.hash(digestOf("secret")), true)));
    }

    @Test
    void answersTheCallerAndItsOrgForTheRightDigest() {
        assertThat(authentication.authenticate(cashier, digestOf("secret")).get()).isEqualTo(new Caller(cashier, org.id()));
    }

    @Test
    void refusesAWrongDigest() {
        assertThat(authentication.authenticate(cashier, digestOf("guess")).isEmpty()).isTrue();
    }

    @Test
    void refusesAnUnknownTill() {
        assertThat(authentication.authenticate(aNewTillCode(), digestOf("secret")).isEmpty()).isTrue();
    }

    @Test
    void refusesADisabledTillEvenWithTheRightDigest() {
        ports.tills().replace(org.id(), List.empty());

        assertThat(authentication.authenticate(cashier, digestOf("secret")).isEmpty()).isTrue();
    }
}
