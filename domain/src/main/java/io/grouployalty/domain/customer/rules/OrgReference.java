package io.grouployalty.domain.customer.rules;

import io.grouployalty.domain.card.CardSeriesDefinition;
import io.grouployalty.domain.company.Company;
import io.grouployalty.domain.company.CompanyId;
import io.grouployalty.domain.company.ExternalId;
import io.grouployalty.domain.hierarchy.HierarchyCode;
import io.grouployalty.domain.hierarchy.Hierarchy;
import io.grouployalty.domain.org.ExtendedFieldDefinition;
import io.grouployalty.domain.org.OrgSource;
import io.grouployalty.domain.org.TillCode;
import io.grouployalty.domain.program.Program;
import io.grouployalty.domain.program.ProgramId;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Option;

import java.util.Objects;

/**
 * The org's definitions an item is judged by, as loaded for it. Keyed lookups hold what was asked for, found or not;
 * a key that was never asked for is a gap in the loading, not an absence.
 */
public record OrgReference(List<OrgSource> sources, List<String> customFields, List<ExtendedFieldDefinition> extendedFields,
                           List<CardSeriesDefinition> cardSeries, Map<ProgramId, Option<Program>> programs,
                           Map<TillCode, Boolean> tills, Map<HierarchyCode, Option<Hierarchy>> hierarchies,
                           Map<ExternalId, Option<Company>> companiesByExternalId, Map<CompanyId, Company> companies) {

    public OrgReference {
        Objects.requireNonNull(sources, "sources");
        Objects.requireNonNull(customFields, "customFields");
        Objects.requireNonNull(extendedFields, "extendedFields");
        Objects.requireNonNull(cardSeries, "cardSeries");
        Objects.requireNonNull(programs, "programs");
        Objects.requireNonNull(tills, "tills");
        Objects.requireNonNull(hierarchies, "hierarchies");
        Objects.requireNonNull(companiesByExternalId, "companiesByExternalId");
        Objects.requireNonNull(companies, "companies");
    }

    /** Definitions with no programs, tills, hierarchies or companies looked up yet. */
    public static OrgReference of(List<OrgSource> sources, List<String> customFields, List<ExtendedFieldDefinition> extendedFields,
                                  List<CardSeriesDefinition> cardSeries) {
        return new OrgReference(sources, customFields, extendedFields, cardSeries, HashMap.empty(), HashMap.empty(),
                HashMap.empty(), HashMap.empty(), HashMap.empty());
    }

    public OrgReference withProgram(ProgramId id, Option<Program> program) {
        return new OrgReference(sources, customFields, extendedFields, cardSeries, programs.put(id, program), tills, hierarchies,
                companiesByExternalId, companies);
    }

    /** Whether the till code is one of the org's tills. */
    public OrgReference withTill(TillCode code, boolean ofTheOrg) {
        return new OrgReference(sources, customFields, extendedFields, cardSeries, programs, tills.put(code, ofTheOrg), hierarchies,
                companiesByExternalId, companies);
    }

    public OrgReference withHierarchy(HierarchyCode code, Option<Hierarchy> hierarchy) {
        return new OrgReference(sources, customFields, extendedFields, cardSeries, programs, tills, hierarchies.put(code, hierarchy),
                companiesByExternalId, companies);
    }

    /** The company looked up by externalId, found or not. */
    public OrgReference withCompanyNamed(ExternalId externalId, Option<Company> company) {
        return new OrgReference(sources, customFields, extendedFields, cardSeries, programs, tills, hierarchies,
                companiesByExternalId.put(externalId, company), company.fold(() -> companies, found -> companies.put(found.id(), found)));
    }

    public OrgReference withCompany(Company company) {
        return new OrgReference(sources, customFields, extendedFields, cardSeries, programs, tills, hierarchies,
                companiesByExternalId.put(company.externalId(), Option.of(company)), companies.put(company.id(), company));
    }

    public Option<OrgSource> enabledSource(io.grouployalty.domain.org.Source source) {
        return sources.find(enabled -> enabled.source() == source);
    }

    public Option<Program> program(ProgramId id) {
        return loaded(programs, id, "program");
    }

    public boolean isTillOfTheOrg(TillCode code) {
        return loaded(tills, code, "till");
    }

    public Option<Hierarchy> hierarchy(HierarchyCode code) {
        return loaded(hierarchies, code, "hierarchy");
    }

    public Option<Company> companyNamed(ExternalId externalId) {
        return loaded(companiesByExternalId, externalId, "company");
    }

    public Company company(CompanyId id) {
        return loaded(companies, id, "company");
    }

    static <K, V> V loaded(Map<K, V> map, K key, String what) {
        return map.get(key).getOrElseThrow(() -> new IllegalStateException("no " + what + " " + key + " was loaded for the item"));
    }
}
