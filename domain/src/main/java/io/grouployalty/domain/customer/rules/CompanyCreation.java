package io.grouployalty.domain.customer.rules;

import io.grouployalty.domain.Rejection;
import io.grouployalty.domain.company.Company;
import io.grouployalty.domain.company.CompanyDraft;
import io.grouployalty.domain.company.CompanyFacts;
import io.grouployalty.domain.company.CompanyRules;
import io.grouployalty.domain.company.ExternalId;
import io.grouployalty.domain.customer.CustomerItem.CompanyInput;
import io.grouployalty.domain.hierarchy.HierarchyCode;
import io.vavr.collection.LinkedHashMap;
import io.vavr.control.Option;
import io.vavr.control.Either;

/** A company an item names with its name and hierarchy and nobody holds: registered by the rules of companies (§3.2). */
final class CompanyCreation {

    private CompanyCreation() {
    }

    static Either<Rejection, Company> judge(World world, CompanyInput given) {
        CompanyDraft draft = new CompanyDraft(given.externalId(), given.name().get(), given.hierarchyDefinitionCode().get(),
                Option.none(), LinkedHashMap.empty());
        OrgReference reference = world.reference();
        CompanyFacts facts = CompanyFacts.forRegistration(
                HierarchyCode.parse(draft.hierarchyDefinitionCode()).toOption().flatMap(reference::hierarchy),
                ExternalId.parse(draft.externalId()).toOption().flatMap(reference::companyNamed), Option.none());
        return CompanyRules.register(facts, world.nextCompanyId(), draft, world.context().now());
    }
}
