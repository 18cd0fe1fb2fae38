package io.grouployalty.application.contract;

import io.grouployalty.domain.org.ExtendedFieldDefinition;
import io.grouployalty.domain.org.ExtendedFieldType;
import io.grouployalty.domain.org.OrgSettingsAdmin;
import io.grouployalty.domain.org.OrgSource;
import io.grouployalty.domain.org.Source;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import static io.grouployalty.application.contract.OrgFixtures.wechatWithAccounts;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every implementation of {@link OrgSettingsAdmin} must do: what {@link OrgSettingsContract} asks of the reads,
 * and each replace makes its section complete.
 */
public abstract class OrgSettingsAdminContract extends OrgSettingsContract {

    private OrgSettingsAdmin settings() {
        return ports().settings();
    }

    @Test
    void disablesSourcesAndAccountsLeftOutOfTheNextReplace() {
        settings().replaceSources(org.id(), List.of(wechatWithAccounts("WECHAT-CM", "WECHAT-2"), OrgSource.singleAccount(Source.LINE)));

        settings().replaceSources(org.id(), List.of(wechatWithAccounts("WECHAT-2")));

        assertThat(settings().enabledSources(org.id()).toJavaList()).containsExactly(wechatWithAccounts("WECHAT-2"), INSTORE);
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
