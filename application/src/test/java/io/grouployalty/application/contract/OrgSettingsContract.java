package io.grouployalty.application.contract;

import io.grouployalty.domain.org.AccountId;
import io.grouployalty.domain.org.ExtendedFieldDefinition;
import io.grouployalty.domain.org.ExtendedFieldType;
import io.grouployalty.domain.org.Org;
import io.grouployalty.domain.org.OrgSettings;
import io.grouployalty.domain.org.OrgSource;
import io.grouployalty.domain.org.Source;
import io.vavr.collection.List;
import io.vavr.control.Option;
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

    @Test
    void makesTheDeclaredCustomFieldsTheCompleteSetInTheirOrder() {
        settings().replaceCustomFields(org.id(), List.of("gender", "city", "fuel"));
        settings().replaceCustomFields(org.id(), List.of("city", "gender"));

        assertThat(settings().customFields(org.id()).toJavaList()).containsExactly("city", "gender");
    }

    @Test
    void makesTheDeclaredExtendedFieldsTheCompleteSetInTheirOrder() {
        ExtendedFieldDefinition gender = new ExtendedFieldDefinition("gender", ExtendedFieldType.STRING, Option.of(20));
        ExtendedFieldDefinition dob = new ExtendedFieldDefinition("dob", ExtendedFieldType.DATE, Option.none());
        ExtendedFieldDefinition size = new ExtendedFieldDefinition("fleet_size", ExtendedFieldType.INTEGER, Option.none());
        settings().replaceExtendedFields(org.id(), List.of(gender, dob, size));
        ExtendedFieldDefinition longerGender = new ExtendedFieldDefinition("gender", ExtendedFieldType.STRING, Option.of(40));

        settings().replaceExtendedFields(org.id(), List.of(size, longerGender));

        assertThat(settings().extendedFields(org.id()).toJavaList()).containsExactly(size, longerGender);
    }

    @Test
    void keepsSourcesAndFieldsApart() {
        settings().replaceSources(org.id(), List.of(OrgSource.singleAccount(Source.JD)));
        settings().replaceCustomFields(org.id(), List.of("city"));

        settings().replaceExtendedFields(org.id(), List.empty());

        assertThat(settings().customFields(org.id()).toJavaList()).containsExactly("city");
        assertThat(settings().enabledSources(org.id()).size()).isEqualTo(2);
    }
}
