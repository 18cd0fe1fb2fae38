package io.grouployalty.domain.company;

import io.grouployalty.domain.hierarchy.Hierarchy;
import io.vavr.collection.List;
import io.vavr.control.Option;

import java.util.Objects;

/**
 * What the company rules judge a registration or a change against, read before they run: the hierarchy the draft
 * names, the company already holding the draft's externalId, the parent company named, and the companies above that
 * parent, nearest first.
 */
public record CompanyFacts(Option<Hierarchy> hierarchy, Option<Company> externalIdHolder, Option<Company> parent,
                           List<Company> parentAncestors) {

    public CompanyFacts {
        Objects.requireNonNull(hierarchy, "hierarchy");
        Objects.requireNonNull(externalIdHolder, "externalIdHolder");
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(parentAncestors, "parentAncestors");
    }

    /** A new company has nothing below it, so the parent's ancestors do not matter. */
    public static CompanyFacts forRegistration(Option<Hierarchy> hierarchy, Option<Company> externalIdHolder, Option<Company> parent) {
        return new CompanyFacts(hierarchy, externalIdHolder, parent, List.empty());
    }

    /** A change keeps its company's externalId and hierarchy, so only the parent it names and that parent's ancestors matter. */
    public static CompanyFacts forChange(Option<Company> parent, List<Company> parentAncestors) {
        return new CompanyFacts(Option.none(), Option.none(), parent, parentAncestors);
    }
}
