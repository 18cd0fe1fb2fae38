package io.grouployalty.domain.customer;

import io.grouployalty.domain.customer.CustomerItem.ChannelInput;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class CommChannelTest {

    private static final CommChannel PRIMARY_VERIFIED_EMAIL = new CommChannel("email", "tom@example.com", true, true, false,
            LinkedHashMap.of("residence", true, "office", false));

    private static ChannelInput sending(Option<Boolean> primary, Option<Boolean> verified, Option<Boolean> subscribed,
                                        Map<String, Boolean> meta) {
        return new ChannelInput("email", "tom@example.com", primary, verified, subscribed, meta);
    }

    private static ChannelInput sendingNothingBut(Map<String, Boolean> meta) {
        return sending(Option.none(), Option.none(), Option.none(), meta);
    }

    @Test
    void aNewChannelStartsWithEveryFlagAndBothMetaMembersFalse() {
        CommChannel fresh = CommChannel.unflagged("mobile", "915905000000");

        assertThat(fresh.type()).isEqualTo("mobile");
        assertThat(fresh.value()).isEqualTo("915905000000");
        assertThat(fresh.primary()).isFalse();
        assertThat(fresh.verified()).isFalse();
        assertThat(fresh.subscribed()).isFalse();
        assertThat(fresh.meta()).isEqualTo(LinkedHashMap.of("residence", false, "office", false));
    }

    @Test
    void aResentChannelThatOmitsEverythingStaysAsItWas() {
        assertThat(PRIMARY_VERIFIED_EMAIL.updatedBy(sendingNothingBut(LinkedHashMap.empty()))).isEqualTo(PRIMARY_VERIFIED_EMAIL);
    }

    @Test
    void eachFlagSentReplacesTheStoredOneAndTheOthersStay() {
        CommChannel updated = PRIMARY_VERIFIED_EMAIL.updatedBy(sending(Option.of(false), Option.none(), Option.of(true), LinkedHashMap.empty()));

        assertThat(updated.primary()).isFalse();
        assertThat(updated.verified()).isTrue();
        assertThat(updated.subscribed()).isTrue();
    }

    @Test
    void aFlagSentWithItsStoredValueChangesNothing() {
        assertThat(PRIMARY_VERIFIED_EMAIL.updatedBy(sending(Option.of(true), Option.of(true), Option.of(false), LinkedHashMap.empty())))
                .isEqualTo(PRIMARY_VERIFIED_EMAIL);
    }

    @Test
    void metaMembersMergeByNameTheSentValueWinning() {
        CommChannel updated = PRIMARY_VERIFIED_EMAIL.updatedBy(sendingNothingBut(LinkedHashMap.of("office", true)));

        assertThat(updated.meta()).isEqualTo(LinkedHashMap.of("residence", true, "office", true));
    }

    @Test
    void aMetaMemberTheChannelDidNotHoldIsAdded() {
        CommChannel updated = CommChannel.unflagged("email", "tom@example.com").updatedBy(sendingNothingBut(LinkedHashMap.of("holiday", true)));

        assertThat(updated.meta()).isEqualTo(LinkedHashMap.of("residence", false, "office", false, "holiday", true));
    }

    @Test
    void anUpdateNeverChangesTheTypeOrTheValue() {
        ChannelInput otherValue = new ChannelInput("mobile", "915905000000", Option.of(true), Option.none(), Option.none(), LinkedHashMap.empty());

        CommChannel updated = PRIMARY_VERIFIED_EMAIL.updatedBy(otherValue);

        assertThat(updated.type()).isEqualTo("email");
        assertThat(updated.value()).isEqualTo("tom@example.com");
    }

    @Test
    void anUpdateLeavesTheStoredChannelAsItWas() {
        PRIMARY_VERIFIED_EMAIL.updatedBy(sending(Option.of(false), Option.of(false), Option.of(true), LinkedHashMap.of("residence", false)));

        assertThat(PRIMARY_VERIFIED_EMAIL.primary()).isTrue();
        assertThat(PRIMARY_VERIFIED_EMAIL.meta().get("residence")).contains(true);
    }

    @Test
    void aDemotedChannelIsNoLongerPrimaryAndKeepsEverythingElse() {
        CommChannel demoted = PRIMARY_VERIFIED_EMAIL.demoted();

        assertThat(demoted).isEqualTo(new CommChannel("email", "tom@example.com", false, true, false,
                LinkedHashMap.of("residence", true, "office", false)));
        assertThat(demoted.demoted()).isEqualTo(demoted);
    }

    @Test
    void twoChannelsAreTheSameByTypeAndValueWhateverTheirFlags() {
        assertThat(PRIMARY_VERIFIED_EMAIL.sameAs(CommChannel.unflagged("email", "tom@example.com"))).isTrue();
        assertThat(PRIMARY_VERIFIED_EMAIL.sameAs(CommChannel.unflagged("email", "ann@example.com"))).isFalse();
        assertThat(PRIMARY_VERIFIED_EMAIL.sameAs(CommChannel.unflagged("postmail", "tom@example.com"))).isFalse();
    }

    @Test
    void theValueIsComparedAsStoredSoCaseCounts() {
        assertThat(PRIMARY_VERIFIED_EMAIL.sameAs(CommChannel.unflagged("email", "Tom@example.com"))).isFalse();
    }

    @Test
    void needsATypeAValueAndMeta() {
        assertThatNullPointerException().isThrownBy(() -> new CommChannel(null, "v", false, false, false, LinkedHashMap.empty()));
        assertThatNullPointerException().isThrownBy(() -> new CommChannel("email", null, false, false, false, LinkedHashMap.empty()));
        assertThatNullPointerException().isThrownBy(() -> new CommChannel("email", "v", false, false, false, null));
    }
}
