package io.grouployalty.application.port.in;

import io.grouployalty.domain.Rejection;
import io.grouployalty.domain.hierarchy.HierarchyId;
import io.grouployalty.domain.org.Caller;
import io.vavr.control.Either;

/** Makes a hierarchy inactive: it stays readable, and new associations in it are refused. */
public interface DeactivateHierarchy {

    Either<Rejection, HierarchyId> deactivate(Command command);

    record Command(Caller caller, HierarchyId id) {
    }
}
