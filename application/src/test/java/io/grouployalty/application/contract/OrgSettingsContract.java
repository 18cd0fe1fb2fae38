package io.grouployalty.application.contract;

import io.grouployalty.domain.org.AccountId;
import io.grouployalty.domain.org.Org;
import io.grouployalty.domain.org.OrgSettings;
import io.grouployalty.domain.org.OrgSource;
import io.grouployalty.domain.org.Source;
import io.vavr.collection.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.grouployalty.application.contract.OrgFixtures.aNewOrg;
import static io.grouployalty.application.contract.OrgFixtures.wechatWithAccounts;
import static org.assertj.core.api.Assertions.assertThat;

/** What every implementation of {@link OrgSettings} must do; org setup declares what it reads. */
public abstract class OrgSettingsContract {

    protected static final OrgSource INSTORE = OrgSource.singleAccount(Source.INSTORE);

    protected Org org;

    protected abstract OrgPorts ports();

    private OrgSettings settings() {
        return ports().settings();
    }

    @BeforeEach
    void anOrg() {
        org = aNewOrg();
        ports().orgs().save(org);
    }

    @Test
    void aNewOrgHasInstoreOnly() {
        assertThat(settings().enabledSources(org.id()).toJavaList()).containsExactly(INSTORE);
    }

    @Test
    void aNewOrgHasNoCustomOrExtendedFields() {
        assertThat(settings().customFields(org.id()).toJavaList()).isEmpty();
        assertThat(settings().extendedFields(org.id()).toJavaList()).isEmpty();
    }

    @Test
    void enablesTheDeclaredSourcesWithTheirAccountsInSourceOrder() {
        OrgSource wechat = wechatWithAccounts("WECHAT-CM", "WECHAT-2");
        OrgSource ecommerce = OrgSource.singleAccount(Source.ECOMMERCE);
        ports().settings().replaceSources(org.id(), List.of(ecommerce, wechat));

        List<OrgSource> enabled = settings().enabledSources(org.id());

        assertThat(enabled.map(OrgSource::source).toJavaList()).containsExactly(Source.WECHAT, Source.INSTORE, Source.ECOMMERCE);
        assertThat(enabled.get(0).accounts().toJavaSet()).containsExactlyInAnyOrder(new AccountId("WECHAT-CM"), new AccountId("WECHAT-2"));
    }

    @Test
    void keepsTheSourcesOfEachOrgApart() {
        Org other = aNewOrg();
        ports().orgs().save(other);
        ports().settings().replaceSources(other.id(), List.of(OrgSource.singleAccount(Source.JD)));

        assertThat(settings().enabledSources(org.id()).toJavaList()).containsExactly(INSTORE);
    }
}
