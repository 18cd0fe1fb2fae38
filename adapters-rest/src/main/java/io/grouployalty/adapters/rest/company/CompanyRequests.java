package io.grouployalty.adapters.rest.company;

import com.fasterxml.jackson.databind.JsonNode;
import io.grouployalty.adapters.rest.json.JsonInput;
import io.grouployalty.domain.company.CompanyChange;
import io.grouployalty.domain.company.CompanyDraft;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.control.Option;

/** Reads company requests (API.md §3.2) into drafts and changes. */
final class CompanyRequests {

    private CompanyRequests() {
    }

    static CompanyDraft draft(JsonInput in, JsonNode body) {
        return new CompanyDraft(in.text(body, "externalId", "externalId").getOrNull(), in.text(body, "name", "name").getOrNull(),
                in.text(body, "hierarchyDefinitionCode", "hierarchyDefinitionCode").getOrNull(),
                in.object(body, "parentCompany", "parentCompany").flatMap(parent -> in.text(parent, "parentCompany.externalId", "externalId")),
                fields(in, body).getOrElse(LinkedHashMap.empty()));
    }

    static CompanyChange change(JsonInput in, JsonNode body) {
        Option<Option<String>> parent = in.present(body, "parentCompany")
                ? Option.of(in.object(body, "parentCompany", "parentCompany")
                        .flatMap(value -> in.text(value, "parentCompany.externalId", "externalId")))
                : Option.none();
        return new CompanyChange(in.text(body, "externalId", "externalId"), in.text(body, "name", "name"),
                in.text(body, "hierarchyDefinitionCode", "hierarchyDefinitionCode"), parent, fields(in, body),
                in.bool(body, "isActive", "isActive"));
    }

    /** Free string fields (§6.13): any JSON scalar is kept as its text. */
    private static Option<Map<String, String>> fields(JsonInput in, JsonNode body) {
        return in.object(body, "extendedFields", "extendedFields").map(object -> {
            Map<String, String> fields = LinkedHashMap.empty();
            for (var entry : (Iterable<java.util.Map.Entry<String, JsonNode>>) object::fields) {
                Option<String> value = in.freeText(object, "extendedFields." + entry.getKey(), entry.getKey());
                if (value.isDefined()) {
                    fields = fields.put(entry.getKey(), value.get());
                }
            }
            return fields;
        });
    }
}
