package io.grouployalty.adapters.rest.hierarchy;

import com.fasterxml.jackson.databind.JsonNode;
import io.grouployalty.adapters.rest.json.JsonInput;
import io.grouployalty.domain.hierarchy.HierarchyChange;
import io.grouployalty.domain.hierarchy.HierarchyDraft;
import io.grouployalty.domain.hierarchy.Permission;
import io.grouployalty.domain.hierarchy.RoleDraft;
import io.vavr.collection.List;
import io.vavr.control.Option;

/** Reads hierarchy requests (API.md §3.1) into drafts and changes; shape problems go to the {@link JsonInput}. */
final class HierarchyRequests {

    private HierarchyRequests() {
    }

    static HierarchyDraft draft(JsonInput in, JsonNode body) {
        return new HierarchyDraft(in.text(body, "code", "code").getOrElse(""), in.text(body, "name", "name"),
                in.freeText(body, "description", "description"), roles(in, body),
                in.bool(body, "default", "default").getOrElse(false),
                in.bool(body, "autoGroupCreationEnabled", "autoGroupCreationEnabled").getOrElse(false),
                in.bool(body, "hierarchyCreationStrict", "hierarchyCreationStrict").getOrElse(false),
                in.bool(body, "skipRoleAllowed", "skipRoleAllowed").getOrElse(false));
    }

    static HierarchyChange change(JsonInput in, JsonNode body) {
        return new HierarchyChange(in.text(body, "code", "code"), in.text(body, "name", "name"),
                in.present(body, "description") ? Option.of(in.freeText(body, "description", "description")) : Option.none(),
                in.present(body, "roles") ? Option.of(roles(in, body)) : Option.none(),
                in.bool(body, "active", "active"), in.bool(body, "default", "default"),
                in.bool(body, "autoGroupCreationEnabled", "autoGroupCreationEnabled"),
                in.bool(body, "hierarchyCreationStrict", "hierarchyCreationStrict"),
                in.bool(body, "skipRoleAllowed", "skipRoleAllowed"));
    }

    private static List<RoleDraft> roles(JsonInput in, JsonNode body) {
        return in.array(body, "roles", "roles").zipWithIndex().map(entry -> {
            String path = "roles[" + entry._2 + "]";
            JsonNode role = entry._1;
            List<Permission> permissions = in.array(role, path + ".permissions", "permissions").zipWithIndex()
                    .map(permission -> new Permission(
                            in.text(permission._1, path + ".permissions[" + permission._2 + "].permissionCode", "permissionCode").getOrNull(),
                            in.scalarAsJson(permission._1, path + ".permissions[" + permission._2 + "].permissionValue", "permissionValue").getOrNull()));
            return new RoleDraft(in.text(role, path + ".code", "code").getOrElse(""),
                    in.text(role, path + ".childRoleCode", "childRoleCode").filter(code -> !code.isBlank()),
                    in.smallInteger(role, path + ".maxChild", "maxChild"),
                    in.bool(role, path + ".pointsAggregationRole", "pointsAggregationRole").getOrElse(false), permissions);
        });
    }
}
