package io.grouployalty.bootstrap.cli;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;

/** An org file as written (API.md §2): its sections, read without interpretation. */
record OrgFile(OrgSection org, List<TillEntry> tills, List<SourceEntry> sources, List<ProgramEntry> programs,
               List<CardSeriesEntry> cardSeries, List<String> customFields, List<ExtendedFieldEntry> extendedFields,
               List<HierarchyEntry> hierarchies, List<CompanyEntry> companies) {

    record OrgSection(Long id, String name, String timeZone) {
    }

    record TillEntry(String code, String password, String passwordEnv, String passwordHash) {
    }

    record SourceEntry(String name, List<String> accounts) {
    }

    record ProgramEntry(Long id, String name, List<TierEntry> tiers) {
    }

    record TierEntry(Integer number, String name) {
    }

    record CardSeriesEntry(Long id, String code, Map<String, String> statusLabels, Integer maxActivePerCustomer) {
    }

    record ExtendedFieldEntry(String name, String type, Integer maxLength) {
    }

    record HierarchyEntry(String code, String name, String description, List<RoleEntry> roles,
                          @JsonProperty("default") Boolean isDefault, Boolean autoGroupCreationEnabled,
                          Boolean hierarchyCreationStrict, Boolean skipRoleAllowed) {
    }

    record RoleEntry(String code, String childRoleCode, Integer maxChild, Boolean pointsAggregationRole,
                     List<PermissionEntry> permissions) {
    }

    record PermissionEntry(String permissionCode, JsonNode permissionValue) {
    }

    record CompanyEntry(String externalId, String name, String hierarchyDefinitionCode, CompanyRef parentCompany,
                        Map<String, String> extendedFields) {
    }

    record CompanyRef(String externalId) {
    }
}
