package io.grouployalty.domain.hierarchy;

import io.grouployalty.domain.ErrorCode;
import io.grouployalty.domain.Rejection;
import io.grouployalty.domain.Text;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.time.Instant;
import java.util.Objects;

/** A hierarchy definition: a linear chain of roles that customers of a fleet take, with the rules of its links. */
public record Hierarchy(HierarchyId id, HierarchyCode code, Option<String> name, Option<String> description, RoleChain roles,
                        boolean active, boolean isDefault, boolean autoGroupCreationEnabled, boolean hierarchyCreationStrict,
                        boolean skipRoleAllowed, Instant createdOn) {

    public static final int NAME_MAX_LENGTH = Text.MAX_LENGTH;

    public Hierarchy {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(roles, "roles");
        Objects.requireNonNull(createdOn, "createdOn");
    }

    /** Defines a new hierarchy by the rules of API.md §3.1; whether its code is taken is for the caller to judge (1600). */
    public static Either<Rejection, Hierarchy> define(HierarchyId id, HierarchyDraft draft, Instant now) {
        return RoleChain.of(draft.roles())
                .flatMap(chain -> code(draft.code()).flatMap(code -> name(draft.name()).flatMap(name -> description(draft.description())
                        .map(description -> new Hierarchy(id, code, name, description, chain, true, draft.isDefault(),
                                draft.autoGroupCreationEnabled(), draft.hierarchyCreationStrict(), draft.skipRoleAllowed(), now)))));
    }

    /**
     * Applies a partial update (API.md §3.1, §6.24): name, description, active, default and maxChild may change, and
     * roles may be appended below the last one; anything else is refused with 1711. The roles kept keep their ids.
     */
    public Either<Rejection, Hierarchy> change(HierarchyChange change) {
        if (change.code().exists(other -> !other.strip().equals(code.value()))) {
            return notAllowed("the code can not change");
        }
        if (changes(change.skipRoleAllowed(), skipRoleAllowed) || changes(change.hierarchyCreationStrict(), hierarchyCreationStrict)
                || changes(change.autoGroupCreationEnabled(), autoGroupCreationEnabled)) {
            return notAllowed("only name, description, active, default, maxChild and appended roles can change");
        }
        Either<Rejection, RoleChain> newRoles = change.roles().map(this::extendedChain).getOrElse(Either.right(roles));
        return newRoles.flatMap(chain -> name(change.name().orElse(name)).flatMap(newName ->
                description(change.description().getOrElse(description)).map(newDescription ->
                        new Hierarchy(id, code, newName, newDescription, chain, change.active().getOrElse(active),
                                change.isDefault().getOrElse(isDefault), autoGroupCreationEnabled, hierarchyCreationStrict,
                                skipRoleAllowed, createdOn))));
    }

    /**
     * Whether a customer of role {@code parent} may be the parent of one of role {@code child}: the next role down, or any
     * role below when skips are allowed (API.md §3.3 step 6, §6.2).
     */
    public boolean mayParent(RoleCode parent, RoleCode child) {
        return skipRoleAllowed
                ? roles.isBelow(child, parent)
                : roles.childOf(parent).exists(next -> next.code().equals(child));
    }

    /** The role the children of a {@code parent} take when none is named: the next role down. */
    public Option<Role> childRole(RoleCode parent) {
        return roles.childOf(parent);
    }

    /** The {@code requested} role for the children of a {@code parent}, when it is one of this hierarchy that may be below it. */
    public Option<Role> childRole(RoleCode parent, RoleCode requested) {
        return roles.role(requested).filter(child -> mayParent(parent, child.code()));
    }

    public Hierarchy deactivated() {
        return new Hierarchy(id, code, name, description, roles, false, isDefault, autoGroupCreationEnabled,
                hierarchyCreationStrict, skipRoleAllowed, createdOn);
    }

    public Hierarchy withoutDefault() {
        return new Hierarchy(id, code, name, description, roles, active, false, autoGroupCreationEnabled,
                hierarchyCreationStrict, skipRoleAllowed, createdOn);
    }

    /** The stored chain with the roles appended below it; a stored role left out is 1711 before the chain is judged. */
    private Either<Rejection, RoleChain> extendedChain(io.vavr.collection.List<RoleDraft> drafts) {
        String why = "roles must repeat the existing chain in order and may only append below " + roles.last().code();
        if (!roles.allNamedIn(drafts)) {
            return notAllowed(why);
        }
        return RoleChain.of(drafts).flatMap(chain -> chain.keepsAllOf(roles) ? Either.right(chain.withIdsOf(roles)) : notAllowed(why));
    }

    private static <T> boolean changes(Option<T> requested, T current) {
        return requested.exists(value -> !value.equals(current));
    }

    private static <T> Either<Rejection, T> notAllowed(String why) {
        return Either.left(Rejection.conflict(ErrorCode.HIERARCHY_UPDATE_NOT_ALLOWED, why));
    }

    private static Either<Rejection, HierarchyCode> code(String code) {
        if (code == null || code.isBlank()) {
            return Either.left(Rejection.invalid(ErrorCode.HIERARCHY_CODE_EMPTY));
        }
        return HierarchyCode.parse(code).mapLeft(reason -> Rejection.invalid(ErrorCode.INVALID_INPUT, "hierarchy code " + reason));
    }

    private static Either<Rejection, Option<String>> name(Option<String> name) {
        return optionalText(name, NAME_MAX_LENGTH, "name");
    }

    private static Either<Rejection, Option<String>> description(Option<String> description) {
        return description.map(String::strip).filter(text -> !text.isEmpty()).map(text -> text.length() <= Text.MAX_LENGTH
                        ? Either.<Rejection, Option<String>>right(Option.of(text))
                        : Either.<Rejection, Option<String>>left(Rejection.invalid(ErrorCode.INVALID_INPUT,
                        "description must be at most " + Text.MAX_LENGTH + " characters")))
                .getOrElse(Either.right(Option.none()));
    }

    private static Either<Rejection, Option<String>> optionalText(Option<String> text, int maxLength, String what) {
        return text.filter(value -> !value.isBlank())
                .map(value -> Text.singleLine(value, maxLength).map(Option::of)
                        .mapLeft(reason -> Rejection.invalid(ErrorCode.INVALID_INPUT, what + " " + reason)))
                .getOrElse(Either.right(Option.none()));
    }
}
