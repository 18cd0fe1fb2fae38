package io.grouployalty.adapters.jdbc.company;

import io.grouployalty.domain.company.Company;
import io.grouployalty.domain.company.CompanyId;
import io.grouployalty.domain.company.ExternalId;
import io.grouployalty.domain.hierarchy.HierarchyCode;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.control.Option;

import java.time.Instant;

public record CompanyRow(long companyId, String externalId, String name, String hierarchyCode, Long parentCompanyId,
                         boolean active, String[] extendedFieldNames, String[] extendedFieldValues, Instant createdOn) {

    static CompanyRow of(Company company) {
        return new CompanyRow(company.id().value(), company.externalId().value(), company.name(), company.hierarchy().value(),
                company.parent().map(CompanyId::value).getOrNull(), company.active(),
                company.extendedFields().keySet().toJavaArray(String[]::new),
                company.extendedFields().values().toJavaArray(String[]::new), company.createdOn());
    }

    Company toCompany() {
        return new Company(new CompanyId(companyId), new ExternalId(externalId), name, new HierarchyCode(hierarchyCode),
                Option.of(parentCompanyId).map(CompanyId::new), active,
                LinkedHashMap.ofEntries(List.of(extendedFieldNames).zip(List.of(extendedFieldValues))), createdOn);
    }
}
