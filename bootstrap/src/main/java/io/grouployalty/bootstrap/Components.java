package io.grouployalty.bootstrap;

import com.codahale.metrics.MetricRegistry;
import com.github.benmanes.caffeine.cache.Ticker;
import io.grouployalty.adapters.jdbc.JdbiTransactions;
import io.grouployalty.adapters.jdbc.LockWaits;
import io.grouployalty.adapters.jdbc.card.JdbiCardSeries;
import io.grouployalty.adapters.jdbc.company.JdbiCompanies;
import io.grouployalty.adapters.jdbc.customer.JdbiChangeHistory;
import io.grouployalty.adapters.jdbc.customer.JdbiCustomers;
import io.grouployalty.adapters.jdbc.hierarchy.JdbiHierarchies;
import io.grouployalty.adapters.jdbc.program.JdbiPrograms;
import io.grouployalty.adapters.jdbc.org.JdbiOrgSettings;
import io.grouployalty.adapters.jdbc.org.JdbiOrgs;
import io.grouployalty.adapters.jdbc.org.JdbiTills;
import io.grouployalty.application.company.CompanyService;
import io.grouployalty.application.customer.AssociationService;
import io.grouployalty.application.customer.CustomerReadService;
import io.grouployalty.application.hierarchy.HierarchyService;
import io.grouployalty.application.org.ExtendedFieldCatalogService;
import io.grouployalty.application.org.OrgSetupService;
import io.grouployalty.application.org.OrgSourcesService;
import io.grouployalty.application.org.ProgramCatalogService;
import io.grouployalty.application.org.RecentOrgSettings;
import io.grouployalty.application.org.RecentOrgs;
import io.grouployalty.application.org.RecentPrograms;
import io.grouployalty.application.org.RecentReads;
import io.grouployalty.application.org.RememberedMatches;
import io.grouployalty.application.org.TillAuthenticationService;
import io.grouployalty.application.port.in.ApplyOrgSetup;
import io.grouployalty.application.port.in.AuthenticateTill;
import io.grouployalty.application.port.in.ListOrgs;
import io.grouployalty.application.port.in.ReadOrgSources;
import io.grouployalty.bootstrap.security.BcryptPasswordHasher;
import io.grouployalty.bootstrap.security.MeteredPasswordHasher;
import io.grouployalty.domain.Transactions;
import io.grouployalty.domain.customer.ReferenceData;
import io.grouployalty.domain.hierarchy.Hierarchies;
import io.grouployalty.domain.org.OrgSettingsAdmin;
import io.grouployalty.domain.org.Orgs;
import io.grouployalty.domain.org.PasswordHasher;
import io.grouployalty.domain.org.Tills;
import io.grouployalty.domain.program.Programs;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.Duration;

/** The use cases, wired by hand over the PostgreSQL adapters. */
public final class Components {

    /** How long an org's settings, programs and time zone are trusted from memory: org files apply within 5 s (API.md §6.21). */
    private static final Duration REFERENCE_DATA_BOUND = Duration.ofSeconds(4);
    /** How many orgs' reference data memory holds at most; the least used beyond them are read again. */
    private static final long REFERENCE_DATA_ORGS = 10_000;
    public static final String SLOW_CHECKS = "authentication.slow-checks";

    private final Jdbi jdbi;
    private final PasswordHasher hasher;
    private final Tills tills;
    private final Orgs orgs;
    private final OrgSettingsAdmin settings;
    private final Programs programs;
    private final Hierarchies hierarchies;
    private final Transactions transactions;
    private final Clock clock = Clock.systemUTC();

    /** {@code waits}: how long units of work may wait for rows other work holds. */
    public Components(Jdbi jdbi, GroupLoyaltyConfiguration.Authentication authentication, LockWaits waits) {
        this.jdbi = jdbi;
        this.hasher = new BcryptPasswordHasher(authentication.bcryptCost());
        this.tills = new JdbiTills(jdbi);
        RecentReads reads = new RecentReads(REFERENCE_DATA_BOUND, REFERENCE_DATA_ORGS, Ticker.systemTicker());
        this.orgs = new RecentOrgs(new JdbiOrgs(jdbi), reads);
        this.settings = new RecentOrgSettings(new JdbiOrgSettings(jdbi), reads);
        this.programs = new RecentPrograms(new JdbiPrograms(jdbi), reads);
        this.hierarchies = new JdbiHierarchies(jdbi);
        this.transactions = new JdbiTransactions(jdbi, waits);
    }

    private OrgSetupService orgSetup() {
        return new OrgSetupService(orgs, tills, settings, programs, new JdbiCardSeries(jdbi),
                hierarchies(), companies(), hasher, transactions);
    }

    public HierarchyService hierarchies() {
        return new HierarchyService(orgs, hierarchies, transactions, clock);
    }

    /** {@code deadline}: how long after a request's start its items may still start. */
    public AssociationService associations(Duration deadline) {
        return new AssociationService(orgs, new JdbiCustomers(jdbi), new JdbiChangeHistory(jdbi),
                new ReferenceData(settings, tills, programs, new JdbiCardSeries(jdbi), hierarchies, new JdbiCompanies(jdbi)),
                transactions, clock, deadline);
    }

    public CustomerReadService customerReads() {
        return new CustomerReadService(new JdbiCustomers(jdbi), new JdbiCompanies(jdbi), new JdbiChangeHistory(jdbi));
    }

    public ProgramCatalogService programs() {
        return new ProgramCatalogService(programs);
    }

    public ExtendedFieldCatalogService extendedFields() {
        return new ExtendedFieldCatalogService(settings);
    }

    public CompanyService companies() {
        return new CompanyService(orgs, new JdbiCompanies(jdbi), hierarchies, transactions, clock);
    }

    public ApplyOrgSetup applyOrgSetup() {
        return orgSetup();
    }

    public ListOrgs listOrgs() {
        return orgSetup();
    }

    public ReadOrgSources readOrgSources() {
        return new OrgSourcesService(settings);
    }

    /** Till logins, whose slow password checks {@code metrics} counts as {@value #SLOW_CHECKS}. */
    public AuthenticateTill authenticateTill(MetricRegistry metrics) {
        return new TillAuthenticationService(tills, orgs, new MeteredPasswordHasher(hasher, metrics.meter(SLOW_CHECKS)), new RememberedMatches());
    }
}
