package io.grouployalty.application.port.in;

import io.grouployalty.domain.Rejection;
import io.grouployalty.domain.hierarchy.HierarchyChange;
import io.grouployalty.domain.hierarchy.HierarchyId;
import io.grouployalty.domain.org.Caller;
import io.vavr.control.Either;

/** Changes what may change of a hierarchy of the caller's org. */
public interface UpdateHierarchy {

    Either<Rejection, HierarchyId> update(Command command);

    record Command(Caller caller, HierarchyId id, HierarchyChange change) {
    }
}
