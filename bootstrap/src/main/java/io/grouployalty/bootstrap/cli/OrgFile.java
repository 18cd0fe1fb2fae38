package io.grouployalty.bootstrap.cli;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;

/** An org file as written: its sections, read without interpretation. */
record OrgFile(OrgSection org, List<TillEntry> tills, List<SourceEntry> sources,
               JsonNode programs, JsonNode cardSeries, JsonNode customFields, JsonNode extendedFields,
               JsonNode hierarchies, JsonNode companies) {

    record OrgSection(Long id, String name, String timeZone) {
    }

    record TillEntry(String code, String password, String passwordEnv, String passwordHash) {
    }

    record SourceEntry(String name, List<String> accounts) {
    }

    /** The sections a later version reads; until then a file that has one is refused, never half-applied. */
    Map<String, JsonNode> sectionsNotSupportedYet() {
        Map<String, JsonNode> all = new java.util.LinkedHashMap<>();
        all.put("programs", programs);
        all.put("cardSeries", cardSeries);
        all.put("customFields", customFields);
        all.put("extendedFields", extendedFields);
        all.put("hierarchies", hierarchies);
        all.put("companies", companies);
        all.values().removeIf(section -> section == null || section.isNull());
        return all;
    }
}
