package io.grouployalty.domain.company;

import io.grouployalty.domain.hierarchy.HierarchyCode;
import io.vavr.collection.LinkedHashMap;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class CompanyTest {

    private static final Instant CREATED = Instant.parse("2026-01-01T00:00:00Z");
    private static final HierarchyCode FLEET = new HierarchyCode("code-association2");

    private final Company solace = new Company(new CompanyId(71), new ExternalId("ex917471000000"), "Solace Logistics", FLEET,
            Option.of(new CompanyId(70)), true, LinkedHashMap.of("region", "west"), CREATED);

    @Test
    void aDeactivatedCompanyKeepsEverythingElse() {
        Company deactivated = solace.deactivated();

        assertThat(deactivated.active()).isFalse();
        assertThat(deactivated).isEqualTo(new Company(solace.id(), solace.externalId(), solace.name(), solace.hierarchy(), solace.parent(),
                false, solace.extendedFields(), solace.createdOn()));
        assertThat(solace.active()).isTrue();
    }

    @Test
    void aChangedCompanyKeepsItsIdExternalIdHierarchyAndCreationDate() {
        Company changed = solace.changed("Solace Freight", Option.none(), LinkedHashMap.of("region", "east"), false);

        assertThat(changed.name()).isEqualTo("Solace Freight");
        assertThat(changed.parent()).isEmpty();
        assertThat(changed.extendedFields()).isEqualTo(LinkedHashMap.of("region", "east"));
        assertThat(changed.active()).isFalse();
        assertThat(changed.id()).isEqualTo(solace.id());
        assertThat(changed.externalId()).isEqualTo(solace.externalId());
        assertThat(changed.hierarchy()).isEqualTo(FLEET);
        assertThat(changed.createdOn()).isEqualTo(CREATED);
    }

    @Test
    void aCompanyMayBeReactivated() {
        assertThat(solace.deactivated().changed(solace.name(), solace.parent(), solace.extendedFields(), true)).isEqualTo(solace);
    }

    @Test
    void needsEveryMember() {
        assertThatNullPointerException().isThrownBy(() -> new Company(null, solace.externalId(), "Solace", FLEET, Option.none(), true,
                LinkedHashMap.empty(), CREATED));
        assertThatNullPointerException().isThrownBy(() -> new Company(solace.id(), null, "Solace", FLEET, Option.none(), true,
                LinkedHashMap.empty(), CREATED));
        assertThatNullPointerException().isThrownBy(() -> new Company(solace.id(), solace.externalId(), null, FLEET, Option.none(), true,
                LinkedHashMap.empty(), CREATED));
        assertThatNullPointerException().isThrownBy(() -> new Company(solace.id(), solace.externalId(), "Solace", null, Option.none(), true,
                LinkedHashMap.empty(), CREATED));
        assertThatNullPointerException().isThrownBy(() -> new Company(solace.id(), solace.externalId(), "Solace", FLEET, null, true,
                LinkedHashMap.empty(), CREATED));
        assertThatNullPointerException().isThrownBy(() -> new Company(solace.id(), solace.externalId(), "Solace", FLEET, Option.none(), true,
                null, CREATED));
        assertThatNullPointerException().isThrownBy(() -> new Company(solace.id(), solace.externalId(), "Solace", FLEET, Option.none(), true,
                LinkedHashMap.empty(), null));
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -71})
    void anIdIsPositive(long value) {
        assertThatIllegalArgumentException().isThrownBy(() -> new CompanyId(value));
    }

    @Test
    void aCompanyIsNamedByItsIdOrItsExternalIdAsGiven() {
        assertThat(new CompanyRef.ById(new CompanyId(71)).toString()).isEqualTo("71");
        assertThat(new CompanyRef.ByExternalId(new ExternalId("ex917471000000")).toString()).isEqualTo("ex917471000000");
    }
}
