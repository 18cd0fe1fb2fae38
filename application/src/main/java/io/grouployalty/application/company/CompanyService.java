package io.grouployalty.application.company;

import io.grouployalty.application.port.in.DeactivateCompany;
import io.grouployalty.application.port.in.GetCompany;
import io.grouployalty.application.port.in.ListCompanies;
import io.grouployalty.application.port.in.RegisterCompany;
import io.grouployalty.application.port.in.UpdateCompany;
import io.grouployalty.domain.ErrorCode;
import io.grouployalty.domain.Page;
import io.grouployalty.domain.Rejection;
import io.grouployalty.domain.Text;
import io.grouployalty.domain.Transactions;
import io.grouployalty.domain.company.Companies;
import io.grouployalty.domain.company.Company;
import io.grouployalty.domain.company.CompanyDraft;
import io.grouployalty.domain.company.CompanyId;
import io.grouployalty.domain.company.CompanyRef;
import io.grouployalty.domain.company.CompanyRules;
import io.grouployalty.domain.company.ExternalId;
import io.grouployalty.domain.hierarchy.Hierarchies;
import io.grouployalty.domain.org.OrgId;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.time.Clock;

/** Registers, changes, deactivates and reads companies, each write in one transaction. */
public final class CompanyService implements RegisterCompany, UpdateCompany, DeactivateCompany, GetCompany, ListCompanies {

    private final Companies companies;
    private final CompanyRules rules;
    private final Transactions transactions;
    private final Clock clock;

    public CompanyService(Companies companies, Hierarchies hierarchies, Transactions transactions, Clock clock) {
        this.companies = companies;
        this.rules = new CompanyRules(companies, hierarchies);
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
        return transactions.inTransaction(() -> existing(org, command.company())
                .flatMap(stored -> rules.change(org, stored, command.change()))
                .flatMap(changed -> saveKeepingSubsidiariesInactive(org, changed))
                .map(Company::id));
    }

    @Override
    public Either<Rejection, CompanyId> deactivate(DeactivateCompany.Command command) {
        OrgId org = command.caller().org();
        return transactions.inTransaction(() -> existing(org, command.company())
                .peek(company -> deactivateWithSubsidiaries(org, company))
                .map(Company::id));
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
        Option<Company> stored = Text.singleLine(draft.externalId(), ExternalId.MAX_LENGTH).toOption()
                .flatMap(externalId -> companies.byExternalId(org, new ExternalId(externalId)));
        return stored.map(existing -> rules.change(org, existing, draft.asChange()).flatMap(changed -> saveKeepingSubsidiariesInactive(org, changed)))
                .getOrElse(() -> registerIn(org, draft));
    }

    private Either<Rejection, Company> registerIn(OrgId org, CompanyDraft draft) {
        return rules.register(org, companies.nextId(), draft, clock.instant()).flatMap(company -> companies.save(org, company));
    }

    private Either<Rejection, Company> saveKeepingSubsidiariesInactive(OrgId org, Company changed) {
        if (changed.active()) {
            return companies.save(org, changed);
        }
        deactivateWithSubsidiaries(org, changed);
        return Either.right(changed.deactivated());
    }

    private void deactivateWithSubsidiaries(OrgId org, Company company) {
        rules.withSubsidiaries(org, company).forEach(each -> companies.save(org, each.deactivated()));
    }

    private Either<Rejection, Company> existing(OrgId org, CompanyRef ref) {
        Option<Company> found = ref instanceof CompanyRef.ById byId
                ? companies.byId(org, byId.id())
                : companies.byExternalId(org, ((CompanyRef.ByExternalId) ref).externalId());
        return found.toEither(() -> Rejection.notFound(ErrorCode.COMPANY_UNKNOWN, ref));
    }
}
