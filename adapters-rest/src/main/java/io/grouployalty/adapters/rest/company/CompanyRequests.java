package io.grouployalty.adapters.rest.company;

import io.grouployalty.adapters.rest.json.Readings;
import io.grouployalty.adapters.rest.json.Scalar;
import io.grouployalty.domain.company.CompanyChange;
import io.grouployalty.domain.company.CompanyDraft;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;

import static io.grouployalty.adapters.rest.json.Readings.flat;
import static io.vavr.control.Validation.combine;

/** Maps company requests (API.md §3.2) to drafts and changes, collecting every problem. */
final class CompanyRequests {

    private CompanyRequests() {
    }

    static Validation<Seq<String>, CompanyDraft> draft(CompanyRequest body) {
        return flat(combine(body.externalId().text("externalId"), body.name().text("name"),
                body.hierarchyDefinitionCode().text("hierarchyDefinitionCode"), parent(body), fields(body))
                .ap((externalId, name, hierarchy, parent, fields) -> new CompanyDraft(externalId.getOrNull(), name.getOrNull(),
                        hierarchy.getOrNull(), parent, fields.getOrElse(LinkedHashMap.empty()))));
    }

    static Validation<Seq<String>, CompanyChange> change(CompanyRequest body) {
        Validation<Seq<String>, Option<Option<String>>> parent = body.parentCompany().present() ? parent(body).map(Option::of) : Readings.none();
        return flat(combine(parent, body.externalId().text("externalId"), body.name().text("name"),
                body.hierarchyDefinitionCode().text("hierarchyDefinitionCode"), fields(body), body.isActive().bool("isActive"))
                .ap((moves, externalId, name, hierarchy, fields, active) -> new CompanyChange(externalId, name, hierarchy, moves, fields, active)));
    }

    private static Validation<Seq<String>, Option<String>> parent(CompanyRequest body) {
        return body.parentCompany().read("parentCompany", parent -> parent.externalId().text("parentCompany.externalId"), Option.none());
    }

    /** Free string fields (§6.13): any JSON scalar is kept as its text. */
    private static Validation<Seq<String>, Option<Map<String, String>>> fields(CompanyRequest body) {
        return body.extendedFields().read("extendedFields", members -> Readings.members(members, "extendedFields", Scalar::freeText).map(Option::of),
                Option.none());
    }
}
