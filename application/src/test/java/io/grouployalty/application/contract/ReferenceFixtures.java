package io.grouployalty.application.contract;

import io.grouployalty.domain.card.CardSeriesDefinition;
import io.grouployalty.domain.card.CardStatus;
import io.grouployalty.domain.company.Company;
import io.grouployalty.domain.company.CompanyId;
import io.grouployalty.domain.company.ExternalId;
import io.grouployalty.domain.hierarchy.FleetHierarchies;
import io.grouployalty.domain.hierarchy.Hierarchy;
import io.grouployalty.domain.hierarchy.HierarchyDraft;
import io.grouployalty.domain.hierarchy.HierarchyId;
import io.grouployalty.domain.hierarchy.RoleDraft;
import io.grouployalty.domain.program.Program;
import io.grouployalty.domain.program.ProgramId;
import io.grouployalty.domain.program.Tier;
import io.vavr.collection.HashMap;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.control.Option;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** Reference data with intention-revealing names, unique per call so that tests can share a database. */
public final class ReferenceFixtures {

    private ReferenceFixtures() {
    }

    public static String aNewCode() {
        return "code-" + UUID.randomUUID();
    }

    public static List<RoleDraft> fleetRoles() {
        return FleetHierarchies.fleetRoles();
    }

    public static HierarchyDraft aFleetDraft(String code) {
        return new HierarchyDraft(code, Option.of("Fleet"), Option.of("Drivers and owners"), fleetRoles(), false, false, false, false);
    }

    public static Hierarchy aFleetHierarchy(HierarchyId id) {
        return Hierarchy.define(id, aFleetDraft(aNewCode()), Instant.now().truncatedTo(ChronoUnit.MILLIS)).get();
    }

    public static Company aCompany(CompanyId id, Hierarchy hierarchy, Option<CompanyId> parent, Instant createdOn) {
        return new Company(id, new ExternalId("ex-" + UUID.randomUUID()), "Company " + id, hierarchy.code(), parent, true,
                LinkedHashMap.of("region", "west"), createdOn);
    }

    public static Program fleetRewards(long id) {
        return new Program(new ProgramId(id), "Fleet Rewards", List.of(new Tier(1, "Bronze"), new Tier(2, "Silver"), new Tier(3, "Gold")));
    }

    public static CardSeriesDefinition fleetCards(long id, String code) {
        return new CardSeriesDefinition(id, code,
                HashMap.of("ACTIVE", CardStatus.ACTIVE, "BLOCKED", CardStatus.INACTIVE, "LOST", CardStatus.SUSPENDED), 3);
    }
}
