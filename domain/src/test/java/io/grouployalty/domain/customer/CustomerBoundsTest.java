package io.grouployalty.domain.customer;

import io.grouployalty.domain.ErrorCode;
import io.grouployalty.domain.Rejection;
import io.grouployalty.domain.card.CardStatus;
import io.grouployalty.domain.customer.CustomerItem.ChannelInput;
import io.grouployalty.domain.customer.CustomerItem.ProfileInput;
import io.grouployalty.domain.org.Source;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class CustomerBoundsTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    @Test
    void aCustomerMayBeFilledUpToEachBound() {
        Customer full = holding(100, 100, 200);

        assertThat(CustomerBounds.judge(Option.none(), full, List.empty()).isRight()).isTrue();
    }

    @Test
    void anItemThatRaisesACountOverItsBoundIs1060NamingTheBound() {
        assertThat(refusal(Option.of(holding(100, 0, 0)), holding(101, 0, 0))).isEqualTo("Batch limit exceeded: at most 100 commChannels per customer");
        assertThat(refusal(Option.of(holding(0, 100, 0)), holding(0, 101, 0))).isEqualTo("Batch limit exceeded: at most 100 cards per customer");
        assertThat(refusal(Option.none(), holding(0, 0, 201))).isEqualTo("Batch limit exceeded: at most 200 extendedFields per customer");
    }

    @Test
    void whatWasStoredOverABoundStaysAndAnItemThatAddsNothingToItPasses() {
        Customer crowded = holding(150, 120, 0);

        assertThat(CustomerBounds.judge(Option.of(crowded), crowded.withExtendedFields(LinkedHashMap.of("city", new FieldValue.Text("Pune"))), List.empty())
                .isRight()).isTrue();
        assertThat(refusal(Option.of(crowded), holding(151, 120, 0))).contains("100 commChannels");
    }

    @Test
    void aChannelValueLongerThan1000CharactersIs1060() {
        Customer customer = holding(1, 0, 0);

        assertThat(CustomerBounds.judge(Option.none(), customer, sending("x".repeat(1000))).isRight()).isTrue();
        Either<Rejection, Customer> judged = CustomerBounds.judge(Option.none(), customer, sending("x".repeat(1001)));
        assertThat(judged.getLeft().code()).isEqualTo(ErrorCode.BATCH_LIMIT_EXCEEDED);
        assertThat(judged.getLeft().message()).contains("1000 characters");
    }

    private static String refusal(Option<Customer> before, Customer after) {
        Rejection rejection = CustomerBounds.judge(before, after, List.empty()).getLeft();
        assertThat(rejection.code().code()).isEqualTo(1060);
        return rejection.message();
    }

    private static List<ProfileInput> sending(String channelValue) {
        return List.of(ProfileInput.given(Option.none(), Option.none(), List.empty(),
                List.of(new ChannelInput("postmail", channelValue, Option.none(), Option.none(), Option.none(), LinkedHashMap.empty())),
                LinkedHashMap.empty(), Option.none(), Option.none()));
    }

    /** A customer of two profiles sharing {@code channels} and {@code cards} between them, with {@code fields} extended fields. */
    static Customer holding(int channels, int cards, int fields) {
        List<CommChannel> allChannels = List.range(0, channels)
                .map(i -> new CommChannel("postmail", "street " + i, false, false, false, LinkedHashMap.empty()));
        List<Card> allCards = List.range(0, cards).map(i -> new Card("card-" + i, 10, "BLOCKED", CardStatus.INACTIVE));
        Profile instore = profile(ProfileKey.of(Source.INSTORE), allChannels.take(channels / 2), allCards.take(cards / 2));
        Profile wechat = profile(ProfileKey.of(Source.WECHAT, "WECHAT-CM"), allChannels.drop(channels / 2), allCards.drop(cards / 2));
        return new Customer(new CustomerId(1), List.of(instore, wechat),
                LinkedHashMap.ofEntries(List.range(0, fields).map(i -> io.vavr.Tuple.of("field" + i, (FieldValue) new FieldValue.Text("value")))),
                LoyaltyType.LOYALTY, List.empty(), Option.none(), NOW, NOW);
    }

    private static Profile profile(ProfileKey key, List<CommChannel> channels, List<Card> cards) {
        return Profile.empty(key, NOW, "demo.till").with(Option.of("Tom"), Option.none(), List.empty(), cards, channels, LinkedHashMap.empty());
    }
}
