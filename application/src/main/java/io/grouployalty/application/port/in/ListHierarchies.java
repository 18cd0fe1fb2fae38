package io.grouployalty.application.port.in;

import io.grouployalty.domain.hierarchy.Hierarchy;
import io.grouployalty.domain.org.Caller;
import io.vavr.collection.List;

/** Lists every hierarchy of the caller's org, active or not. */
public interface ListHierarchies {

    List<Hierarchy> list(Caller caller);
}
