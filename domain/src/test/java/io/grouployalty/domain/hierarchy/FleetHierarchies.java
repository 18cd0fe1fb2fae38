package io.grouployalty.domain.hierarchy;

import io.vavr.collection.List;
import io.vavr.control.Option;

import java.time.Instant;

/** The vendor's four-role fleet hierarchy and variations of it. */
public final class FleetHierarchies {

    public static final Instant CREATED = Instant.parse("2026-01-01T00:00:00Z");

    private FleetHierarchies() {
    }

    public static List<RoleDraft> fleetRoles() {
        return List.of(
                RoleDraft.parent("GFA", "SFA", 5000),
                RoleDraft.parent("SFA", "FA", 5000),
                RoleDraft.parent("FA", "FC", 5000).aggregatingPoints(),
                RoleDraft.leaf("FC"));
    }

    public static HierarchyDraft fleetDraft(String code) {
        return withRoles(code, fleetRoles());
    }

    public static HierarchyDraft withRoles(String code, List<RoleDraft> roles) {
        return new HierarchyDraft(code, Option.of("Fleet"), Option.none(), roles, false, false, false, false);
    }

    public static Hierarchy fleet() {
        return Hierarchy.define(new HierarchyId(21), fleetDraft("code-association2"), CREATED).get();
    }

    public static Hierarchy fleetAllowingSkips() {
        HierarchyDraft draft = new HierarchyDraft("fleet-skipping", Option.of("Fleet"), Option.none(), fleetRoles(), false, false, false, true);
        return Hierarchy.define(new HierarchyId(22), draft, CREATED).get();
    }
}
