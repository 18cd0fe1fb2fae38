package io.grouployalty.domain.hierarchy;

/** How a request names a hierarchy: by its id or by its code. */
public sealed interface HierarchyRef {

    record ById(HierarchyId id) implements HierarchyRef {
    }

    record ByCode(HierarchyCode code) implements HierarchyRef {
    }
}
