package io.grouployalty.application.company;

import io.grouployalty.application.port.in.DeactivateCompany;
import io.grouployalty.application.port.in.GetCompany;
import io.grouployalty.application.port.in.ListCompanies;
import io.grouployalty.application.port.in.RegisterCompany;
import io.grouployalty.application.port.in.UpdateCompany;
import io.grouployalty.domain.ErrorCode;
import io.grouployalty.domain.Page;
import io.grouployalty.domain.Rejection;
import io.grouployalty.domain.Transactions;
import io.grouployalty.domain.company.Companies;
import io.grouployalty.domain.company.Company;
import io.grouployalty.domain.company.CompanyChange;
import io.grouployalty.domain.company.CompanyDraft;
import io.grouployalty.domain.company.CompanyFacts;
import io.grouployalty.domain.company.CompanyId;
import io.grouployalty.domain.company.CompanyRef;
import io.grouployalty.domain.company.CompanyRules;
import io.grouployalty.domain.company.ExternalId;
import io.grouployalty.domain.hierarchy.Hierarchies;
import io.grouployalty.domain.hierarchy.Hierarchy;
import io.grouployalty.domain.hierarchy.HierarchyCode;
import io.grouployalty.domain.org.OrgId;
import io.grouployalty.domain.org.Orgs;
import io.vavr.Tuple;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.time.Clock;
import java.time.Instant;

/**
 * Registers, changes, deactivates and reads companies, each write in one transaction that reads the companies it changes
 * under their locks, taken in id order; moving a company or deactivating it with its subsidiaries holds the org's lock
 * first, so that the org's tree of companies does not change meanwhile.
 */
public final class CompanyService implements RegisterCompany, UpdateCompany, DeactivateCompany, GetCompany, ListCompanies {

    private final Orgs orgs;
    private final Companies companies;
    private final Hierarchies hierarchies;
    private final Transactions transactions;
    private final Clock clock;

    public CompanyService(Orgs orgs, Companies companies, Hierarchies hierarchies, Transactions transactions, Clock clock) {
        this.orgs = orgs;
        this.companies = companies;
        this.hierarchies = hierarchies;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Either<Rejection, CompanyId> register(RegisterCompany.Command command) {
        return transactions.inTransaction(() -> registerIn(command.caller().org(), command.draft()).map(Company::id));
    }

    @Override
    public Either<Rejection, CompanyId> update(UpdateCompany.Command command) {
        OrgId org = command.caller().org();
        return transactions.inTransaction(() -> {
            lockTheTreeFor(org, command.change());
            return existing(org, command.company()).flatMap(found -> changeLocked(org, found, command.change())).map(Company::id);
        });
    }

    @Override
    public Either<Rejection, CompanyId> deactivate(DeactivateCompany.Command command) {
        OrgId org = command.caller().org();
        return transactions.inTransaction(() -> {
            orgs.lock(org);
            return existing(org, command.company())
                    .peek(found -> lockedWithSubsidiaries(org, found).forEach(each -> companies.save(org, each.deactivated())))
                    .map(Company::id);
        });
    }

    @Override
    public Either<Rejection, Company> get(GetCompany.Query query) {
        return existing(query.caller().org(), query.company());
    }

    @Override
    public Page<Company> list(ListCompanies.Query query) {
        return companies.page(query.caller().org(), query.page());
    }

    /** Registers a company, or — when one of that externalId exists — changes it by the rules of an update. For org files. */
    public Either<Rejection, Company> declare(OrgId org, CompanyDraft draft) {
        Option<Company> stored = named(org, draft.externalId());
        if (stored.isEmpty()) {
            return registerIn(org, draft);
        }
        CompanyChange change = draft.asChange();
        lockTheTreeFor(org, change);
        return changeLocked(org, stored.get(), change);
    }

    private Either<Rejection, Company> registerIn(OrgId org, CompanyDraft draft) {
        CompanyId id = companies.nextId();
        Instant now = clock.instant();
        return CompanyRules.register(registrationFacts(org, draft), id, draft, now).flatMap(company -> companies.save(org, company));
    }

    private CompanyFacts registrationFacts(OrgId org, CompanyDraft draft) {
        Option<Hierarchy> hierarchy = HierarchyCode.parse(draft.hierarchyDefinitionCode()).toOption()
                .flatMap(code -> hierarchies.byCode(org, code));
        return CompanyFacts.forRegistration(hierarchy, named(org, draft.externalId()),
                draft.parentExternalId().flatMap(parent -> named(org, parent)));
    }

    private CompanyFacts changeFacts(OrgId org, CompanyChange change) {
        Option<Company> parent = change.parentExternalId().flatMap(requested -> requested.flatMap(value -> named(org, value)));
        return CompanyFacts.forChange(parent, parent.map(found -> ancestorsOf(org, found)).getOrElse(List.empty()));
    }

    /** The company holding this externalId, if any. */
    private Option<Company> named(OrgId org, String externalId) {
        return ExternalId.parse(externalId).toOption().flatMap(valid -> companies.byExternalId(org, valid));
    }

    /** The companies above the company, nearest first, up to the top (or to a repeat, were the data ever cyclic). */
    private List<Company> ancestorsOf(OrgId org, Company company) {
        List<Company> line = List.of(company);
        Option<CompanyId> next = company.parent();
        while (next.isDefined() && !line.map(Company::id).contains(next.get())) {
            Option<Company> found = companies.byId(org, next.get());
            line = line.appendAll(found);
            next = found.flatMap(Company::parent);
        }
        return line.tail();
    }

    private void lockTheTreeFor(OrgId org, CompanyChange change) {
        if (change.movesCompany() || change.deactivates()) {
            orgs.lock(org);
        }
    }

    /** The change applied to the company as it is under its lock; one that deactivates it locks and deactivates its subsidiaries too. */
    private Either<Rejection, Company> changeLocked(OrgId org, Company found, CompanyChange change) {
        List<Company> locked = change.deactivates() ? lockedWithSubsidiaries(org, found) : companies.locked(org, found.id()).toList();
        Company stored = locked.find(company -> company.id().equals(found.id())).get();
        return CompanyRules.change(changeFacts(org, change), stored, change).flatMap(company -> {
            if (!change.deactivates()) {
                return companies.save(org, company);
            }
            locked.remove(stored).forEach(subsidiary -> companies.save(org, subsidiary.deactivated()));
            return companies.save(org, company.deactivated());
        });
    }

    /** The company and every company below it, locked in id order; the caller holds the org's lock, so the tree stays as read. */
    private List<Company> lockedWithSubsidiaries(OrgId org, Company company) {
        return companies.locked(org, CompanyRules.withSubsidiaries(company, subsidiariesBelow(org, company)).map(Company::id));
    }

    /** The direct subsidiaries of the company and of every company below it, by parent; each company's are read once. */
    private Map<CompanyId, List<Company>> subsidiariesBelow(OrgId org, Company company) {
        Map<CompanyId, List<Company>> read = LinkedHashMap.empty();
        List<Company> unread = List.of(company);
        while (!unread.isEmpty()) {
            Map<CompanyId, List<Company>> level = unread.toLinkedMap(parent -> Tuple.of(parent.id(), companies.childrenOf(org, parent.id())));
            read = read.merge(level);
            unread = notIn(read, level.values().flatMap(children -> children));
        }
        return read;
    }

    private static List<Company> notIn(Map<CompanyId, List<Company>> read, Seq<Company> found) {
        return found.filter(company -> !read.containsKey(company.id())).toList();
    }

    private Either<Rejection, Company> existing(OrgId org, CompanyRef ref) {
        Option<Company> found = ref instanceof CompanyRef.ById byId
                ? companies.byId(org, byId.id())
                : companies.byExternalId(org, ((CompanyRef.ByExternalId) ref).externalId());
        return found.toEither(() -> Rejection.notFound(ErrorCode.COMPANY_UNKNOWN, ref));
    }
}
