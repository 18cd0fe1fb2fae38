package io.grouployalty.adapters.rest.company;

import io.grouployalty.adapters.rest.error.Problem;
import io.grouployalty.domain.company.Company;
import io.vavr.control.Option;

import java.util.List;
import java.util.Map;

/** A company as GET renders it. */
public record CompanyJson(long companyId, String externalId, String name, String hierarchyDefinitionCode, ParentJson parentCompany,
                          boolean isActive, Map<String, String> extendedFields, List<Problem> warnings) {

    public record ParentJson(String externalId, long companyId) {
    }

    static CompanyJson of(Company company, Option<Company> parent) {
        return new CompanyJson(company.id().value(), company.externalId().value(), company.name(), company.hierarchy().value(),
                parent.map(found -> new ParentJson(found.externalId().value(), found.id().value())).getOrNull(), company.active(),
                company.extendedFields().toJavaMap(java.util.LinkedHashMap::new, entry -> entry), List.of());
    }
}
