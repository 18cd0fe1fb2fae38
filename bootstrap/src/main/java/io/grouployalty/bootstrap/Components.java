package io.grouployalty.bootstrap;

import io.grouployalty.adapters.jdbc.JdbiTransactions;
import io.grouployalty.adapters.jdbc.org.JdbiOrgSettings;
import io.grouployalty.adapters.jdbc.org.JdbiOrgs;
import io.grouployalty.adapters.jdbc.org.JdbiTills;
import io.grouployalty.application.org.OrgSetupService;
import io.grouployalty.application.org.OrgSourcesService;
import io.grouployalty.application.org.TillAuthenticationService;
import io.grouployalty.application.port.in.ApplyOrgSetup;
import io.grouployalty.application.port.in.AuthenticateTill;
import io.grouployalty.application.port.in.ListOrgs;
import io.grouployalty.application.port.in.ReadOrgSources;
import io.grouployalty.bootstrap.security.BcryptPasswordHasher;
import io.grouployalty.domain.org.OrgSettings;
import io.grouployalty.domain.org.PasswordHasher;
import io.grouployalty.domain.org.Tills;
import org.jdbi.v3.core.Jdbi;

/** The use cases, wired by hand over the PostgreSQL adapters. */
public final class Components {

    private final Jdbi jdbi;
    private final PasswordHasher hasher;
    private final Tills tills;
    private final OrgSettings settings;

    public Components(Jdbi jdbi, GroupLoyaltyConfiguration.Authentication authentication) {
        this.jdbi = jdbi;
        this.hasher = new BcryptPasswordHasher(authentication.bcryptCost());
        this.tills = new JdbiTills(jdbi);
        this.settings = new JdbiOrgSettings(jdbi);
    }

    private OrgSetupService orgSetup() {
        return new OrgSetupService(new JdbiOrgs(jdbi), tills, settings, hasher, new JdbiTransactions(jdbi));
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

    public AuthenticateTill authenticateTill() {
        return new TillAuthenticationService(tills, hasher);
    }
}
