package io.grouployalty.application.contract;

import io.grouployalty.domain.Page;
import io.grouployalty.domain.company.Companies;
import io.grouployalty.domain.company.Company;
import io.grouployalty.domain.company.CompanyQuery;
import io.grouployalty.domain.company.ExternalId;
import io.grouployalty.domain.hierarchy.Hierarchy;
import io.grouployalty.domain.org.Org;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static io.grouployalty.application.contract.OrgFixtures.aNewOrg;
import static io.grouployalty.application.contract.ReferenceFixtures.aCompany;
import static io.grouployalty.application.contract.ReferenceFixtures.aFleetHierarchy;
import static org.assertj.core.api.Assertions.assertThat;

/** What every implementation of {@link Companies} must do. */
public abstract class CompaniesContract {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    private Org org;
    private Hierarchy fleet;

    protected abstract OrgPorts ports();

    private Companies companies() {
        return ports().companies();
    }

    @BeforeEach
    void anOrgWithAHierarchy() {
        org = aNewOrg();
        ports().orgs().save(org);
        fleet = aFleetHierarchy(ports().hierarchies().nextId());
        ports().hierarchies().save(org.id(), fleet);
    }

    private Company saved(Option<Company> parent, Instant createdOn) {
        Company company = aCompany(companies().nextId(), fleet, parent.map(Company::id), createdOn);
        companies().save(org.id(), company);
        return company;
    }

    @Test
    void findsASavedCompanyByIdAndByExternalId() {
        Company company = saved(Option.none(), NOW);

        assertThat(companies().byId(org.id(), company.id()).get()).isEqualTo(company);
        assertThat(companies().byExternalId(org.id(), company.externalId()).get()).isEqualTo(company);
        assertThat(companies().byExternalId(org.id(), new ExternalId("unknown")).isEmpty()).isTrue();
    }

    @Test
    void replacesTheStoredCompanyOfTheSameId() {
        Company company = saved(Option.none(), NOW);

        companies().save(org.id(), company.deactivated());

        assertThat(companies().byId(org.id(), company.id()).get().active()).isFalse();
    }

    @Test
    void readsCompaniesLockedAsStoredInIdOrder() {
        Company first = saved(Option.none(), NOW);
        Company second = saved(Option.of(first), NOW);
        Org other = aNewOrg();
        ports().orgs().save(other);

        assertThat(companies().locked(org.id(), first.id())).contains(first);
        assertThat(companies().locked(org.id(), List.of(second.id(), first.id(), companies().nextId())).toJavaList())
                .containsExactly(first, second);
        assertThat(companies().locked(other.id(), first.id()).isEmpty()).isTrue();
    }

    @Test
    void aLockedCompanyHoldsAnotherUnitOfWorkUntilTheFirstEnds() throws Exception {
        Company company = saved(Option.none(), NOW);

        WhileLocked.meanwhile(ports().transactions(), () -> companies().locked(org.id(), company.id()).get(),
                locked -> companies().save(org.id(), withField(locked, "first")),
                () -> companies().save(org.id(), withField(companies().locked(org.id(), company.id()).get(), "second")));

        assertThat(companies().byId(org.id(), company.id()).get().extendedFields().keySet().toJavaSet()).contains("first", "second");
    }

    private static Company withField(Company company, String name) {
        return new Company(company.id(), company.externalId(), company.name(), company.hierarchy(), company.parent(), company.active(),
                company.extendedFields().put(name, "set"), company.createdOn());
    }

    @Test
    void findsTheDirectChildrenOfACompany() {
        Company top = saved(Option.none(), NOW);
        Company middle = saved(Option.of(top), NOW);
        saved(Option.of(middle), NOW);

        assertThat(companies().childrenOf(org.id(), top.id()).toJavaList()).containsExactly(middle);
    }

    @Test
    void pagesByCreationDateNewestFirstWithTiesByIdAndCountsAll() {
        Company oldest = saved(Option.none(), NOW.minusSeconds(60));
        Company tieA = saved(Option.none(), NOW);
        Company tieB = saved(Option.none(), NOW);
        Company inactive = saved(Option.none(), NOW.minusSeconds(30));
        companies().save(org.id(), inactive.deactivated());

        Page<Company> newest = companies().page(org.id(), new CompanyQuery(Option.none(), true, 2, 0));
        Page<Company> rest = companies().page(org.id(), new CompanyQuery(Option.none(), true, 2, 2));
        Page<Company> active = companies().page(org.id(), new CompanyQuery(Option.of(true), false, 10, 0));

        assertThat(newest.total()).isEqualTo(4);
        assertThat(newest.items().map(Company::id).toJavaList()).containsExactly(tieB.id(), tieA.id());
        assertThat(rest.items().map(Company::id).toJavaList()).containsExactly(inactive.id(), oldest.id());
        assertThat(active.items().map(Company::id).toJavaList()).containsExactly(oldest.id(), tieA.id(), tieB.id());
        assertThat(active.total()).isEqualTo(3);
    }

    @Test
    void neverShowsOneOrgTheCompaniesOfAnother() {
        Company mine = saved(Option.none(), NOW);
        saved(Option.of(mine), NOW);
        Org other = aNewOrg();
        ports().orgs().save(other);

        assertThat(companies().byId(other.id(), mine.id()).isEmpty()).isTrue();
        assertThat(companies().byExternalId(other.id(), mine.externalId()).isEmpty()).isTrue();
        assertThat(companies().page(other.id(), new CompanyQuery(Option.none(), true, 10, 0)).total()).isZero();
        assertThat(companies().childrenOf(other.id(), mine.id()).isEmpty()).isTrue();
    }

    @Test
    void refusesAnExternalIdAnotherCompanyOfTheOrgHolds1702() {
        Company first = saved(Option.none(), NOW);
        Company sameExternalId = new Company(companies().nextId(), first.externalId(), "Other", fleet.code(), Option.none(), true,
                first.extendedFields(), NOW);

        assertThat(companies().save(org.id(), sameExternalId).getLeft().code()).isEqualTo(io.grouployalty.domain.ErrorCode.COMPANY_EXTERNAL_ID_EXISTS);
        assertThat(companies().byExternalId(org.id(), first.externalId()).get()).isEqualTo(first);
    }
}
