package io.grouployalty.adapters.rest.company;

import io.grouployalty.adapters.rest.error.Problem;

import java.util.List;
import java.util.Map;

/** A company as GET renders it. */
public record CompanyJson(long companyId, String externalId, String name, String hierarchyDefinitionCode, ParentJson parentCompany,
                          boolean isActive, Map<String, String> extendedFields, List<Problem> warnings) {

    public record ParentJson(String externalId, long companyId) {
    }
}
