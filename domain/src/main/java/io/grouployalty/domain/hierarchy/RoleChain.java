package io.grouployalty.domain.hierarchy;

import io.grouployalty.domain.ErrorCode;
import io.grouployalty.domain.Rejection;
import io.grouployalty.domain.Text;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.util.Objects;

/** The roles of a hierarchy from the root down: each role's child role is the next one. */
public record RoleChain(List<Role> roles) {

    public static final int MIN_ROLES = 2;
    public static final int MAX_ROLES = 8;
    public static final int MAX_CHILD_LIMIT = 30_000;

    public RoleChain {
        Objects.requireNonNull(roles, "roles");
        if (roles.size() < MIN_ROLES || roles.size() > MAX_ROLES || roles.map(Role::code).distinct().size() != roles.size()) {
            throw new IllegalArgumentException("a role chain has 2 to 8 roles with distinct codes");
        }
    }

    /** Judges roles as given (in any order) by the rules of API.md §3.1, in the order it lists them. */
    public static Either<Rejection, RoleChain> of(List<RoleDraft> drafts) {
        return countInRange(drafts)
                .flatMap(RoleChain::codesPresent)
                .flatMap(RoleChain::permissionsBounded)
                .flatMap(RoleChain::codesUnique)
                .flatMap(RoleChain::childRolesKnown)
                .flatMap(RoleChain::linearChain)
                .flatMap(RoleChain::maxChildInRange)
                .flatMap(RoleChain::maxChildGivenForParents)
                .flatMap(RoleChain::atMostOneAggregationRole)
                .map(chain -> new RoleChain(chain.map(RoleChain::toRole)));
    }

    public Option<Role> role(RoleCode code) {
        return roles.find(role -> role.code().equals(code));
    }

    public Option<Role> childOf(RoleCode code) {
        return indexOf(code).flatMap(index -> index + 1 < roles.size() ? Option.of(roles.get(index + 1)) : Option.none());
    }

    public Option<Role> parentOf(RoleCode code) {
        return indexOf(code).flatMap(index -> index > 0 ? Option.of(roles.get(index - 1)) : Option.none());
    }

    /** True when {@code lower} is a role somewhere below {@code upper}. */
    public boolean isBelow(RoleCode lower, RoleCode upper) {
        return indexOf(lower).flatMap(low -> indexOf(upper).map(up -> low > up)).getOrElse(false);
    }

    public Role last() {
        return roles.last();
    }

    /** This chain with the ids of {@code stored}'s roles, place by place; roles appended below them keep their own. */
    public RoleChain withIdsOf(RoleChain stored) {
        List<Option<RoleId>> ids = stored.roles.map(Role::id).padTo(roles.size(), Option.none());
        return new RoleChain(roles.zipWith(ids, (role, id) -> id.map(role::withId).getOrElse(role)));
    }

    /** True when every role of this chain is among {@code drafts}, by its code. */
    public boolean allNamedIn(List<RoleDraft> drafts) {
        return roles.forAll(role -> drafts.exists(draft -> draft.code() != null && role.code().value().equals(draft.code().strip())));
    }

    /** True when this chain keeps every role of {@code existing}, in order and unchanged but for maxChild. */
    public boolean keepsAllOf(RoleChain existing) {
        return roles.size() >= existing.roles.size()
                && roles.zip(existing.roles).forAll(pair -> pair._1.sameButMaxChild(pair._2));
    }

    private Option<Integer> indexOf(RoleCode code) {
        int index = roles.indexWhere(role -> role.code().equals(code));
        return index < 0 ? Option.none() : Option.of(index);
    }

    private static Either<Rejection, List<RoleDraft>> countInRange(List<RoleDraft> drafts) {
        if (drafts.size() < MIN_ROLES) {
            return Either.left(Rejection.invalid(ErrorCode.TOO_FEW_ROLES, MIN_ROLES));
        }
        return drafts.size() > MAX_ROLES ? Either.left(Rejection.invalid(ErrorCode.TOO_MANY_ROLES, MAX_ROLES)) : Either.right(drafts);
    }

    private static Either<Rejection, List<RoleDraft>> codesPresent(List<RoleDraft> drafts) {
        if (drafts.exists(draft -> draft.code() == null || draft.code().isBlank())) {
            return Either.left(Rejection.invalid(ErrorCode.ROLE_CODE_EMPTY));
        }
        return drafts.map(draft -> RoleCode.parse(draft.code()))
                .find(Either::isLeft)
                .map(bad -> Either.<Rejection, List<RoleDraft>>left(Rejection.invalid(ErrorCode.INVALID_INPUT, "role code " + bad.getLeft())))
                .getOrElse(Either.right(drafts));
    }

    private static Either<Rejection, List<RoleDraft>> permissionsBounded(List<RoleDraft> drafts) {
        return Text.anyTooLong(drafts.flatMap(RoleDraft::permissions).flatMap(permission -> List.of(permission.permissionCode(), permission.permissionValue())))
                ? Either.left(Rejection.invalid(ErrorCode.INVALID_INPUT, "a permission must be at most " + Text.MAX_LENGTH + " characters"))
                : Either.right(drafts);
    }

    private static Either<Rejection, List<RoleDraft>> codesUnique(List<RoleDraft> drafts) {
        List<String> codes = drafts.map(draft -> draft.code().strip());
        return codes.find(code -> codes.count(code::equals) > 1)
                .map(code -> Either.<Rejection, List<RoleDraft>>left(Rejection.invalid(ErrorCode.DUPLICATE_ROLE_CODE, code)))
                .getOrElse(Either.right(drafts));
    }

    private static Either<Rejection, List<RoleDraft>> childRolesKnown(List<RoleDraft> drafts) {
        List<String> codes = drafts.map(draft -> draft.code().strip());
        return drafts.flatMap(RoleDraft::childRoleCode).map(String::strip)
                .find(child -> !codes.contains(child))
                .map(child -> Either.<Rejection, List<RoleDraft>>left(Rejection.invalid(ErrorCode.INVALID_CHILD_ROLE_CODE, child)))
                .getOrElse(Either.right(drafts));
    }

    /** One root, each role the child of at most one, and following the children from the root reaches every role once. */
    private static Either<Rejection, List<RoleDraft>> linearChain(List<RoleDraft> drafts) {
        Map<String, RoleDraft> byCode = drafts.toMap(draft -> draft.code().strip(), draft -> draft);
        List<String> children = drafts.flatMap(RoleDraft::childRoleCode).map(String::strip);
        List<RoleDraft> roots = drafts.filter(draft -> !children.contains(draft.code().strip()));
        if (roots.size() != 1 || children.distinct().size() != children.size()) {
            return Either.left(Rejection.invalid(ErrorCode.CYCLIC_HIERARCHY));
        }
        List<RoleDraft> chain = List.of(roots.head());
        while (chain.last().childRoleCode().isDefined() && chain.size() <= drafts.size()) {
            chain = chain.append(byCode.get(chain.last().childRoleCode().get().strip()).get());
        }
        return chain.size() == drafts.size() ? Either.right(chain) : Either.left(Rejection.invalid(ErrorCode.CYCLIC_HIERARCHY));
    }

    private static Either<Rejection, List<RoleDraft>> maxChildInRange(List<RoleDraft> chain) {
        for (RoleDraft draft : chain) {
            if (draft.maxChild().exists(max -> max < 0)) {
                return Either.left(Rejection.invalid(ErrorCode.MAX_CHILD_NEGATIVE));
            }
            if (draft.maxChild().exists(max -> max > MAX_CHILD_LIMIT)) {
                return Either.left(Rejection.invalid(ErrorCode.MAX_CHILD_ABOVE_LIMIT, draft.code().strip(), MAX_CHILD_LIMIT));
            }
        }
        return Either.right(chain);
    }

    private static Either<Rejection, List<RoleDraft>> maxChildGivenForParents(List<RoleDraft> chain) {
        return chain.find(draft -> draft.childRoleCode().isDefined() && draft.maxChild().isEmpty())
                .map(draft -> Either.<Rejection, List<RoleDraft>>left(Rejection.invalid(ErrorCode.MAX_CHILD_MISSING, draft.code().strip())))
                .getOrElse(Either.right(chain));
    }

    private static Either<Rejection, List<RoleDraft>> atMostOneAggregationRole(List<RoleDraft> chain) {
        return chain.count(RoleDraft::pointsAggregationRole) > 1
                ? Either.left(Rejection.invalid(ErrorCode.MULTIPLE_AGGREGATION_ROLES))
                : Either.right(chain);
    }

    private static Role toRole(RoleDraft draft) {
        return new Role(Option.none(), new RoleCode(draft.code()), draft.maxChild(), draft.pointsAggregationRole(), draft.permissions());
    }
}
