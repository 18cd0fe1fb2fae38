package io.grouployalty.domain.hierarchy;

import io.grouployalty.domain.Rejection;
import io.grouployalty.domain.org.OrgId;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;

/** The hierarchy definitions of each org. */
public interface Hierarchies {

    HierarchyId nextId();

    Option<Hierarchy> byId(OrgId org, HierarchyId id);

    Option<Hierarchy> byCode(OrgId org, HierarchyCode code);

    /** Locks the hierarchy until the unit of work ends and reads it as it is once locked. */
    Option<Hierarchy> locked(OrgId org, HierarchyId id);

    /** Every hierarchy of the org, active or not, by id. */
    List<Hierarchy> all(OrgId org);

    /**
     * Creates the hierarchy or replaces the stored one of the same id; a default hierarchy clears the others' default.
     * A code another hierarchy of the org holds, even one stored a moment ago by another request, is refused (1600).
     * Roles without an id are given one; answers the hierarchy as stored, every role with its id.
     */
    Either<Rejection, Hierarchy> save(OrgId org, Hierarchy hierarchy);
}
