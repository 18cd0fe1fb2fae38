package io.grouployalty.domain.customer.rules;

import io.grouployalty.domain.ErrorCode;
import io.grouployalty.domain.customer.Customer;
import io.grouployalty.domain.customer.CustomerItem;
import io.grouployalty.domain.customer.Warning;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.grouployalty.domain.customer.rules.Items.anItem;
import static io.grouployalty.domain.customer.rules.Worlds.ANOTHER_ORGS_TILL;
import static io.grouployalty.domain.customer.rules.Worlds.OUR_OTHER_TILL;
import static io.grouployalty.domain.customer.rules.Worlds.OUR_TILL;
import static io.grouployalty.domain.customer.rules.Worlds.aStoredCustomer;
import static io.grouployalty.domain.customer.rules.Worlds.anOrg;
import static org.assertj.core.api.Assertions.assertThat;

class TillCheckTest {

    private final Customer tom = aStoredCustomer("915905000000");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {OUR_TILL, OUR_OTHER_TILL, " " + OUR_TILL + " "})
    void aTillOfTheOrgIsNoWarning(String till) {
        assertThat(warnings(anItem().identifiedByMobile("915905000000").associatedWith(till).withProfileAssociatedWith(till))).isEmpty();
    }

    @Test
    void anItemNamingNoTillIsNoWarning() {
        assertThat(warnings(anItem().identifiedByMobile("915905000000"))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {ANOTHER_ORGS_TILL, "stranger.till", "bad:till"})
    void aTillThatIsNotTheOrgsIsWarned91020(String till) {
        assertThat(warnings(anItem().identifiedByMobile("915905000000").associatedWith(till)))
                .containsExactly("Till " + till + " is not a till of the org");
        assertThat(warnings(anItem().identifiedByMobile("915905000000").withProfileAssociatedWith(till)))
                .containsExactly("Till " + till + " is not a till of the org");
    }

    @Test
    void eachTillIsWarnedOnceInTheOrderTheItemNamesThem() {
        Items item = anItem().identifiedByMobile("915905000000").withProfileAssociatedWith("stranger.till")
                .andAProfileIn("WECHAT", "WECHAT-CM").identifiedBy("wechat", "wx-tom").withProfileAssociatedWith(ANOTHER_ORGS_TILL)
                .andAProfile().identifiedBy("externalId", "EXT-1").withProfileAssociatedWith("stranger.till")
                .associatedWith(ANOTHER_ORGS_TILL);

        assertThat(warnings(item)).containsExactly("Till " + ANOTHER_ORGS_TILL + " is not a till of the org",
                "Till stranger.till is not a till of the org");
    }

    @Test
    void aTillNamedWithSpacesAroundItIsTheSameTillAndWarnedOnce() {
        Items item = anItem().identifiedByMobile("915905000000").associatedWith("stranger.till")
                .withProfileAssociatedWith(" stranger.till ");

        assertThat(warnings(item)).containsExactly("Till stranger.till is not a till of the org");
    }

    @Test
    void tillWarningsFollowTheWarningsBeforeThem() {
        CustomerItem item = anItem().identifiedByMobile("915905000000").associatedWith("stranger.till").build();
        Judged warned = Judged.found(anOrg().holding(tom).loadedFor(item), tom, false).warn(Warning.of(ErrorCode.FIELD_NOT_UPDATED, "city"));

        assertThat(TillCheck.judge(warned, item).warnings().map(Warning::code).toJavaList())
                .containsExactly(ErrorCode.FIELD_NOT_UPDATED, ErrorCode.TILL_INVALID);
    }

    private java.util.List<String> warnings(Items item) {
        CustomerItem built = item.build();
        Judged judged = TillCheck.judge(Judged.found(anOrg().holding(tom).loadedFor(built), tom, false), built);
        assertThat(judged.customer()).isEqualTo(tom);
        return judged.warnings().map(Warning::message).toJavaList();
    }
}
