package io.grouployalty.domain.company;

import io.vavr.collection.Map;
import io.vavr.control.Option;

import java.util.Objects;

/** A company as a request or an org file gives it, before the rules have judged it. */
public record CompanyDraft(String externalId, String name, String hierarchyDefinitionCode, Option<String> parentExternalId,
                           Map<String, String> extendedFields) {

    public CompanyDraft {
        Objects.requireNonNull(parentExternalId, "parentExternalId");
        Objects.requireNonNull(extendedFields, "extendedFields");
    }

    /** The same company as a complete change of the stored one, as an org file applied again is. */
    public CompanyChange asChange() {
        return new CompanyChange(Option.of(externalId), Option.of(name), Option.of(hierarchyDefinitionCode),
                Option.of(parentExternalId), Option.of(extendedFields), Option.none());
    }
}
