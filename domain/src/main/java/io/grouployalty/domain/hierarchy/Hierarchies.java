package io.grouployalty.domain.hierarchy;

import io.grouployalty.domain.org.OrgId;
import io.vavr.collection.List;
import io.vavr.control.Option;

/** The hierarchy definitions of each org. */
public interface Hierarchies {

    HierarchyId nextId();

    Option<Hierarchy> byId(OrgId org, HierarchyId id);

    Option<Hierarchy> byCode(OrgId org, HierarchyCode code);

    /** Every hierarchy of the org, active or not, by id. */
    List<Hierarchy> all(OrgId org);

    /** Creates the hierarchy or replaces the stored one of the same id; a default hierarchy clears the others' default. */
    void save(OrgId org, Hierarchy hierarchy);
}
