package io.grouployalty.domain.company;

import io.grouployalty.domain.ErrorCode;
import io.grouployalty.domain.Rejection;
import io.grouployalty.domain.Text;
import io.grouployalty.domain.hierarchy.Hierarchy;
import io.grouployalty.domain.hierarchy.HierarchyCode;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.time.Instant;

/** The rules of API.md §3.2 and §6.3 for registering and changing companies, judged against facts read beforehand. */
public final class CompanyRules {

    private CompanyRules() {
    }

    public static Either<Rejection, Company> register(CompanyFacts facts, CompanyId id, CompanyDraft draft, Instant now) {
        return externalId(draft.externalId())
                .flatMap(externalId -> name(draft.name())
                        .flatMap(name -> bounded(draft.extendedFields()))
                        .flatMap(fields -> activeHierarchy(draft.hierarchyDefinitionCode(), facts.hierarchy()))
                        .flatMap(hierarchy -> notTaken(externalId, facts.externalIdHolder()).map(free -> hierarchy))
                        .flatMap(hierarchy -> newParent(externalId, draft.parentExternalId(), facts.parent())
                                .map(parent -> new Company(id, externalId, draft.name().strip(), hierarchy.code(),
                                        parent.map(Company::id), true, draft.extendedFields(), now))));
    }

    public static Either<Rejection, Company> change(CompanyFacts facts, Company stored, CompanyChange change) {
        if (change.externalId().exists(other -> !other.strip().equals(stored.externalId().value()))) {
            return notAllowed("the externalId of a company can not change");
        }
        if (change.hierarchyDefinitionCode().exists(other -> !other.strip().equals(stored.hierarchy().value()))) {
            return notAllowed("the hierarchy of a company can not change");
        }
        Either<Rejection, String> name = change.name().map(CompanyRules::name).getOrElse(Either.right(stored.name()));
        Either<Rejection, Map<String, String>> fields = bounded(change.extendedFields().getOrElse(HashMap.empty()))
                .map(sent -> stored.extendedFields().merge(sent, (old, given) -> given));
        Either<Rejection, Option<CompanyId>> parent = change.parentExternalId()
                .map(requested -> changedParent(facts, stored, requested))
                .getOrElse(Either.right(stored.parent()));
        return name.flatMap(newName -> fields.flatMap(newFields -> parent.map(newParent -> stored.changed(newName, newParent, newFields,
                change.active().getOrElse(stored.active())))));
    }

    /**
     * The company and every company below it, parents before their children, each once; {@code subsidiaries} holds the
     * direct subsidiaries of each company by its id.
     */
    public static List<Company> withSubsidiaries(Company company, Map<CompanyId, List<Company>> subsidiaries) {
        List<Company> found = List.of(company);
        List<Company> level = found;
        while (!level.isEmpty()) {
            List<CompanyId> seen = found.map(Company::id);
            level = level.flatMap(parent -> subsidiaries.getOrElse(parent.id(), List.empty())).filter(child -> !seen.contains(child.id()));
            found = found.appendAll(level);
        }
        return found;
    }

    private static Either<Rejection, ExternalId> externalId(String externalId) {
        if (externalId == null || externalId.isBlank()) {
            return Either.left(Rejection.invalid(ErrorCode.COMPANY_EXTERNAL_ID_EMPTY));
        }
        return ExternalId.parse(externalId).mapLeft(reason -> Rejection.invalid(ErrorCode.INVALID_INPUT, "externalId " + reason));
    }

    private static Either<Rejection, String> name(String name) {
        if (name == null || name.isBlank()) {
            return Either.left(Rejection.invalid(ErrorCode.INVALID_INPUT, "name is required"));
        }
        return Text.singleLine(name, Company.NAME_MAX_LENGTH).mapLeft(reason -> Rejection.invalid(ErrorCode.INVALID_INPUT, "name " + reason));
    }

    /** Extended field names and values are strings like any other, at most {@link Text#MAX_LENGTH} characters. */
    private static Either<Rejection, Map<String, String>> bounded(Map<String, String> fields) {
        return Text.anyTooLong(fields.keySet().toList().appendAll(fields.values()))
                ? Either.left(Rejection.invalid(ErrorCode.INVALID_INPUT, "extendedFields must be at most " + Text.MAX_LENGTH + " characters each"))
                : Either.right(fields);
    }

    private static Either<Rejection, Hierarchy> activeHierarchy(String code, Option<Hierarchy> named) {
        if (code == null || code.isBlank()) {
            return Either.left(Rejection.invalid(ErrorCode.INVALID_INPUT, "hierarchyDefinitionCode is required"));
        }
        return HierarchyCode.parse(code)
                .mapLeft(reason -> Rejection.invalid(ErrorCode.INVALID_INPUT, "hierarchyDefinitionCode " + reason))
                .flatMap(valid -> named.toEither(() -> Rejection.notFound(ErrorCode.HIERARCHY_CODE_UNKNOWN, valid)))
                .filterOrElse(Hierarchy::active, hierarchy -> Rejection.conflict(ErrorCode.HIERARCHY_INACTIVE, hierarchy.code()));
    }

    private static Either<Rejection, ExternalId> notTaken(ExternalId externalId, Option<Company> holder) {
        return holder.isDefined()
                ? Either.left(Rejection.conflict(ErrorCode.COMPANY_EXTERNAL_ID_EXISTS, externalId))
                : Either.right(externalId);
    }

    /** A new company's parent: not itself (1709, checked first), and existing (1703). */
    private static Either<Rejection, Option<Company>> newParent(ExternalId self, Option<String> requested, Option<Company> found) {
        return requested.filter(value -> !value.isBlank()).map(String::strip)
                .map(value -> value.equals(self.value())
                        ? Either.<Rejection, Option<Company>>left(Rejection.invalid(ErrorCode.COMPANY_OWN_PARENT))
                        : existing(value, found).map(Option::of))
                .getOrElse(Either.right(Option.none()));
    }

    /** A changed parent: not itself (1709), existing (1703), and not below the company (1710). */
    private static Either<Rejection, Option<CompanyId>> changedParent(CompanyFacts facts, Company stored, Option<String> requested) {
        return requested.filter(value -> !value.isBlank()).map(String::strip)
                .map(value -> value.equals(stored.externalId().value())
                        ? Either.<Rejection, Option<CompanyId>>left(Rejection.invalid(ErrorCode.COMPANY_OWN_PARENT))
                        : existing(value, facts.parent())
                        .filterOrElse(parent -> !closesACycle(stored, parent, facts.parentAncestors()),
                                parent -> Rejection.conflict(ErrorCode.CYCLIC_COMPANY_PARENTS))
                        .map(parent -> Option.of(parent.id())))
                .getOrElse(Either.right(Option.none()));
    }

    private static Either<Rejection, Company> existing(String externalId, Option<Company> found) {
        return found.toEither(() -> Rejection.notFound(ErrorCode.PARENT_COMPANY_UNKNOWN, externalId));
    }

    /** True when the company moved is the parent named or sits above it: moving it there would close a loop. */
    private static boolean closesACycle(Company moved, Company parent, List<Company> parentAncestors) {
        return parentAncestors.prepend(parent).exists(above -> above.id().equals(moved.id()) || above.parent().contains(moved.id()));
    }

    private static <T> Either<Rejection, T> notAllowed(String why) {
        return Either.left(Rejection.conflict(ErrorCode.HIERARCHY_UPDATE_NOT_ALLOWED, why));
    }
}
