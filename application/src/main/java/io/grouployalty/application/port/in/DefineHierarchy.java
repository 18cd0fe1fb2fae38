package io.grouployalty.application.port.in;

import io.grouployalty.domain.Rejection;
import io.grouployalty.domain.hierarchy.HierarchyDraft;
import io.grouployalty.domain.hierarchy.HierarchyId;
import io.grouployalty.domain.org.Caller;
import io.vavr.control.Either;

/** Defines a new hierarchy in the caller's org. */
public interface DefineHierarchy {

    Either<Rejection, HierarchyId> define(Command command);

    record Command(Caller caller, HierarchyDraft draft) {
    }
}
