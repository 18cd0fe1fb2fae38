package io.grouployalty.adapters.rest.hierarchy;

import io.grouployalty.adapters.rest.hierarchy.HierarchyRequest.RoleRequest;
import io.grouployalty.adapters.rest.json.Readings;
import io.grouployalty.domain.hierarchy.HierarchyChange;
import io.grouployalty.domain.hierarchy.HierarchyDraft;
import io.grouployalty.domain.hierarchy.Permission;
import io.grouployalty.domain.hierarchy.RoleDraft;
import io.vavr.Tuple;
import io.vavr.Tuple4;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;

import static io.grouployalty.adapters.rest.json.Readings.flat;
import static io.vavr.control.Validation.combine;

/** Maps hierarchy requests (API.md §3.1) to drafts and changes, collecting every problem. */
final class HierarchyRequests {

    private HierarchyRequests() {
    }

    static Validation<Seq<String>, HierarchyDraft> draft(HierarchyRequest body) {
        return flat(combine(body.code().text("code"), body.name().text("name"), body.description().freeText("description"), roles(body),
                settings(body))
                .ap((code, name, description, roles, flags) -> new HierarchyDraft(code.getOrElse(""), name, description, roles,
                        flags._1.getOrElse(false), flags._2.getOrElse(false), flags._3.getOrElse(false), flags._4.getOrElse(false))));
    }

    static Validation<Seq<String>, HierarchyChange> change(HierarchyRequest body) {
        Validation<Seq<String>, Option<Option<String>>> description = body.description().present()
                ? body.description().freeText("description").map(Option::of) : Readings.none();
        Validation<Seq<String>, Option<List<RoleDraft>>> roles = body.roles().present() ? roles(body).map(Option::of) : Readings.none();
        return flat(combine(body.code().text("code"), body.name().text("name"), description, roles, body.active().bool("active"), settings(body))
                .ap((code, name, text, chain, active, flags) -> new HierarchyChange(code, name, text, chain, active, flags._1, flags._2,
                        flags._3, flags._4)));
    }

    /** {@code default}, {@code autoGroupCreationEnabled}, {@code hierarchyCreationStrict} and {@code skipRoleAllowed}. */
    private static Validation<Seq<String>, Tuple4<Option<Boolean>, Option<Boolean>, Option<Boolean>, Option<Boolean>>> settings(HierarchyRequest body) {
        return flat(combine(body.isDefault().bool("default"), body.autoGroupCreationEnabled().bool("autoGroupCreationEnabled"),
                body.hierarchyCreationStrict().bool("hierarchyCreationStrict"), body.skipRoleAllowed().bool("skipRoleAllowed")).ap(Tuple::of));
    }

    private static Validation<Seq<String>, List<RoleDraft>> roles(HierarchyRequest body) {
        return body.roles().each("roles", (role, index) -> role(role, "roles[" + index + "]"));
    }

    private static Validation<Seq<String>, RoleDraft> role(RoleRequest role, String path) {
        Validation<Seq<String>, List<Permission>> permissions = role.permissions().each(path + ".permissions",
                (permission, index) -> flat(combine(permission.permissionCode().text(path + ".permissions[" + index + "].permissionCode"),
                        permission.permissionValue().json(path + ".permissions[" + index + "].permissionValue"))
                        .ap((code, value) -> new Permission(code.getOrNull(), value.getOrNull()))));
        return flat(combine(permissions, role.code().text(path + ".code"), role.childRoleCode().text(path + ".childRoleCode"),
                role.maxChild().smallInteger(path + ".maxChild"), role.pointsAggregationRole().bool(path + ".pointsAggregationRole"))
                .ap((granted, code, childRole, maxChild, aggregates) -> new RoleDraft(code.getOrElse(""), childRole.filter(child -> !child.isBlank()),
                        maxChild, aggregates.getOrElse(false), granted)));
    }
}
