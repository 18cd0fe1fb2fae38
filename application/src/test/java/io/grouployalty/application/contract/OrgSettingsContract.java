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

/** What every implementation of {@link OrgSettings} must do. */
public abstract class OrgSettingsContract {

    private static final OrgSource INSTORE = OrgSource.singleAccount(Source.INSTORE);

    private Org org;

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
    void enablesTheDeclaredSourcesWithTheirAccountsInSourceOrder() {
        OrgSource wechat = wechatWithAccounts("WECHAT-CM", "WECHAT-2");
        OrgSource ecommerce = OrgSource.singleAccount(Source.ECOMMERCE);
        settings().replaceSources(org.id(), List.of(ecommerce, wechat));

        List<OrgSource> enabled = settings().enabledSources(org.id());

        assertThat(enabled.map(OrgSource::source).toJavaList()).containsExactly(Source.WECHAT, Source.INSTORE, Source.ECOMMERCE);
        assertThat(enabled.get(0).accounts().toJavaSet()).containsExactlyInAnyOrder(new AccountId("WECHAT-CM"), new AccountId("WECHAT-2"));
    }

    @Test
    void disablesSourcesAndAccountsLeftOutOfTheNextReplace() {
        settings().replaceSources(org.id(), List.of(wechatWithAccounts("WECHAT-CM", "WECHAT-2"), OrgSource.singleAccount(Source.LINE)));

        settings().replaceSources(org.id(), List.of(wechatWithAccounts("WECHAT-2")));

        assertThat(settings().enabledSources(org.id()).toJavaList()).containsExactly(wechatWithAccounts("WECHAT-2"), INSTORE);
    }

    @Test
    void keepsTheSourcesOfEachOrgApart() {
        Org other = aNewOrg();
        ports().orgs().save(other);
        settings().replaceSources(other.id(), List.of(OrgSource.singleAccount(Source.JD)));

        assertThat(settings().enabledSources(org.id()).toJavaList()).containsExactly(INSTORE);
    }
}
