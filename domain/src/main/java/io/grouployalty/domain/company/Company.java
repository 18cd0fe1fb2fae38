package io.grouployalty.domain.company;

import io.grouployalty.domain.Text;
import io.grouployalty.domain.hierarchy.HierarchyCode;
import io.vavr.collection.Map;
import io.vavr.control.Option;

import java.time.Instant;
import java.util.Objects;

/** A company (fleet): its customers share its hierarchy; it may sit under a parent company. */
public record Company(CompanyId id, ExternalId externalId, String name, HierarchyCode hierarchy, Option<CompanyId> parent,
                      boolean active, Map<String, String> extendedFields, Instant createdOn) {

    public static final int NAME_MAX_LENGTH = Text.MAX_LENGTH;

    public Company {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(externalId, "externalId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(hierarchy, "hierarchy");
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(extendedFields, "extendedFields");
        Objects.requireNonNull(createdOn, "createdOn");
    }

    public Company deactivated() {
        return new Company(id, externalId, name, hierarchy, parent, false, extendedFields, createdOn);
    }

    Company changed(String newName, Option<CompanyId> newParent, Map<String, String> newFields, boolean newActive) {
        return new Company(id, externalId, newName, hierarchy, newParent, newActive, newFields, createdOn);
    }
}
