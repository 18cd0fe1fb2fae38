package io.grouployalty.application.port.in;

import io.grouployalty.domain.Rejection;
import io.grouployalty.domain.hierarchy.Hierarchy;
import io.grouployalty.domain.hierarchy.HierarchyRef;
import io.grouployalty.domain.org.Caller;
import io.vavr.control.Either;

/** Reads one hierarchy of the caller's org, by id or by code. */
public interface GetHierarchy {

    Either<Rejection, Hierarchy> get(Query query);

    record Query(Caller caller, HierarchyRef hierarchy) {
    }
}
