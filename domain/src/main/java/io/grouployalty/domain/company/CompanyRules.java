package io.grouployalty.domain.company;

import io.grouployalty.domain.ErrorCode;
import io.grouployalty.domain.Rejection;
import io.grouployalty.domain.Text;
import io.grouployalty.domain.hierarchy.Hierarchies;
import io.grouployalty.domain.hierarchy.Hierarchy;
import io.grouployalty.domain.hierarchy.HierarchyCode;
import io.grouployalty.domain.org.OrgId;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.time.Instant;

/** The rules of API.md §3.2 and §6.3 for registering and changing companies, reading what they must from the ports. */
public final class CompanyRules {

    private final Companies companies;
    private final Hierarchies hierarchies;

    public CompanyRules(Companies companies, Hierarchies hierarchies) {
        this.companies = companies;
        this.hierarchies = hierarchies;
    }

    public Either<Rejection, Company> register(OrgId org, CompanyId id, CompanyDraft draft, Instant now) {
        return externalId(draft.externalId())
                .flatMap(externalId -> name(draft.name())
                        .flatMap(name -> bounded(draft.extendedFields()))
                        .flatMap(fields -> activeHierarchy(org, draft.hierarchyDefinitionCode()))
                        .flatMap(hierarchy -> notTaken(org, externalId).map(free -> hierarchy))
                        .flatMap(hierarchy -> newParent(org, externalId, draft.parentExternalId())
                                .map(parent -> new Company(id, externalId, draft.name().strip(), hierarchy.code(),
                                        parent.map(Company::id), true, draft.extendedFields(), now))));
    }

    public Either<Rejection, Company> change(OrgId org, Company stored, CompanyChange change) {
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
                .map(requested -> changedParent(org, stored, requested))
                .getOrElse(Either.right(stored.parent()));
        return name.flatMap(newName -> fields.flatMap(newFields -> parent.map(newParent -> stored.changed(newName, newParent, newFields,
                change.active().getOrElse(stored.active())))));
    }

    /** The company and every company below it, parents before their children. */
    public List<Company> withSubsidiaries(OrgId org, Company company) {
        List<Company> found = List.of(company);
        List<Company> level = found;
        while (!level.isEmpty()) {
            List<CompanyId> seen = found.map(Company::id);
            level = level.flatMap(parent -> companies.childrenOf(org, parent.id())).filter(child -> !seen.contains(child.id()));
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

    private Either<Rejection, Hierarchy> activeHierarchy(OrgId org, String code) {
        if (code == null || code.isBlank()) {
            return Either.left(Rejection.invalid(ErrorCode.INVALID_INPUT, "hierarchyDefinitionCode is required"));
        }
        return HierarchyCode.parse(code)
                .mapLeft(reason -> Rejection.invalid(ErrorCode.INVALID_INPUT, "hierarchyDefinitionCode " + reason))
                .flatMap(valid -> hierarchies.byCode(org, valid)
                        .toEither(() -> Rejection.notFound(ErrorCode.HIERARCHY_CODE_UNKNOWN, valid)))
                .filterOrElse(Hierarchy::active, hierarchy -> Rejection.conflict(ErrorCode.HIERARCHY_INACTIVE, hierarchy.code()));
    }

    private Either<Rejection, ExternalId> notTaken(OrgId org, ExternalId externalId) {
        return companies.byExternalId(org, externalId).isDefined()
                ? Either.left(Rejection.conflict(ErrorCode.COMPANY_EXTERNAL_ID_EXISTS, externalId))
                : Either.right(externalId);
    }

    /** A new company's parent: not itself (1709, checked first), and existing (1703). */
    private Either<Rejection, Option<Company>> newParent(OrgId org, ExternalId self, Option<String> parent) {
        return parent.filter(value -> !value.isBlank()).map(String::strip)
                .map(value -> value.equals(self.value())
                        ? Either.<Rejection, Option<Company>>left(Rejection.invalid(ErrorCode.COMPANY_OWN_PARENT))
                        : existing(org, value).map(Option::of))
                .getOrElse(Either.right(Option.none()));
    }

    /** A changed parent: not itself (1709), existing (1703), and not below the company (1710). */
    private Either<Rejection, Option<CompanyId>> changedParent(OrgId org, Company stored, Option<String> requested) {
        return requested.filter(value -> !value.isBlank()).map(String::strip)
                .map(value -> value.equals(stored.externalId().value())
                        ? Either.<Rejection, Option<CompanyId>>left(Rejection.invalid(ErrorCode.COMPANY_OWN_PARENT))
                        : existing(org, value)
                        .filterOrElse(parent -> !ancestorsOf(org, parent).contains(stored.id()),
                                parent -> Rejection.conflict(ErrorCode.CYCLIC_COMPANY_PARENTS))
                        .map(parent -> Option.of(parent.id())))
                .getOrElse(Either.right(Option.none()));
    }

    private Either<Rejection, Company> existing(OrgId org, String externalId) {
        return ExternalId.parse(externalId).toOption()
                .flatMap(valid -> companies.byExternalId(org, valid))
                .toEither(() -> Rejection.notFound(ErrorCode.PARENT_COMPANY_UNKNOWN, externalId));
    }

    /** The company and the companies above it, up to the top (or to a repeat, were the data ever cyclic). */
    private List<CompanyId> ancestorsOf(OrgId org, Company company) {
        List<CompanyId> chain = List.of(company.id());
        Option<CompanyId> next = company.parent();
        while (next.isDefined() && !chain.contains(next.get())) {
            chain = chain.append(next.get());
            next = companies.byId(org, next.get()).flatMap(Company::parent);
        }
        return chain;
    }

    private static <T> Either<Rejection, T> notAllowed(String why) {
        return Either.left(Rejection.conflict(ErrorCode.HIERARCHY_UPDATE_NOT_ALLOWED, why));
    }
}
