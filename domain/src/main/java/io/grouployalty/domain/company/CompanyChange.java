package io.grouployalty.domain.company;

import io.vavr.collection.Map;
import io.vavr.control.Option;

import java.util.Objects;

/**
 * A partial update of a company: each member left empty keeps the stored value. {@code parentExternalId} holding
 * an empty option detaches the company from its parent.
 */
public record CompanyChange(Option<String> externalId, Option<String> name, Option<String> hierarchyDefinitionCode,
                            Option<Option<String>> parentExternalId, Option<Map<String, String>> extendedFields,
                            Option<Boolean> active) {

    public CompanyChange {
        Objects.requireNonNull(externalId, "externalId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(hierarchyDefinitionCode, "hierarchyDefinitionCode");
        Objects.requireNonNull(parentExternalId, "parentExternalId");
        Objects.requireNonNull(extendedFields, "extendedFields");
        Objects.requireNonNull(active, "active");
    }

    /** True when the change names a parent (or none): the company may move in its org's tree of companies. */
    public boolean movesCompany() {
        return parentExternalId.isDefined();
    }

    /** True when the change deactivates the company, and with it its subsidiaries. */
    public boolean deactivates() {
        return active.contains(false);
    }

    public static CompanyChange none() {
        return new CompanyChange(Option.none(), Option.none(), Option.none(), Option.none(), Option.none(), Option.none());
    }

    public CompanyChange withName(String newName) {
        return new CompanyChange(externalId, Option.of(newName), hierarchyDefinitionCode, parentExternalId, extendedFields, active);
    }

    public CompanyChange withHierarchy(String code) {
        return new CompanyChange(externalId, name, Option.of(code), parentExternalId, extendedFields, active);
    }

    public CompanyChange withParent(Option<String> parent) {
        return new CompanyChange(externalId, name, hierarchyDefinitionCode, Option.of(parent), extendedFields, active);
    }

    public CompanyChange withExtendedFields(Map<String, String> fields) {
        return new CompanyChange(externalId, name, hierarchyDefinitionCode, parentExternalId, Option.of(fields), active);
    }

    public CompanyChange withActive(boolean newActive) {
        return new CompanyChange(externalId, name, hierarchyDefinitionCode, parentExternalId, extendedFields, Option.of(newActive));
    }
}
