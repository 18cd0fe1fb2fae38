package io.grouployalty.domain.customer.rules;

import io.grouployalty.domain.ErrorCode;
import io.grouployalty.domain.Rejection;
import io.grouployalty.domain.card.CardStatus;
import io.grouployalty.domain.customer.Card;
import io.grouployalty.domain.customer.Customer;
import io.grouployalty.domain.customer.CustomerItem;
import io.grouployalty.domain.customer.CustomerItem.IdentifierInput;
import io.grouployalty.domain.customer.IdentifierType;
import io.grouployalty.domain.customer.Profile;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static io.grouployalty.domain.customer.rules.Items.anItem;
import static io.grouployalty.domain.customer.rules.Worlds.CREATED;
import static io.grouployalty.domain.customer.rules.Worlds.INSTORE;
import static io.grouployalty.domain.customer.rules.Worlds.NOW;
import static io.grouployalty.domain.customer.rules.Worlds.WECHAT_CM;
import static io.grouployalty.domain.customer.rules.Worlds.aCard;
import static io.grouployalty.domain.customer.rules.Worlds.aStoredCustomer;
import static io.grouployalty.domain.customer.rules.Worlds.anOrg;
import static io.grouployalty.domain.customer.rules.Worlds.holdingCard;
import static org.assertj.core.api.Assertions.assertThat;

class CardRulesTest {

    private final Customer tom = aStoredCustomer("915905000000");

    @ParameterizedTest(name = "series id {0} or code \"{1}\" names series {2}")
    @CsvSource({"10, , 10", ", FleetCard1, 10", ", ' SpareCard ', 11", "11, FleetCard1, 11"})
    void aCardNamesItsSeriesByIdOrElseByCode(Long seriesId, String seriesCode, long expected) {
        Card card = linked(tom, anItem().identifiedByMobile("915905000000").withIdentifier(IdentifierInput.given("cardnumber", "card_7100",
                Option.of(seriesId), Option.of(seriesCode), Option.of("ACTIVE")))).get().customer().cards().single();

        assertThat(card.seriesId()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "series id {0} or code \"{1}\" is 3004 naming {2}")
    @CsvSource({", NoSuchSeries, NoSuchSeries", "99, , 99", ", , (none given)"})
    void aCardOfNoSeriesOfTheOrgIs3004(Long seriesId, String seriesCode, String named) {
        Rejection rejection = linked(tom, anItem().identifiedByMobile("915905000000").withIdentifier(IdentifierInput.given("cardnumber",
                "card_7100", Option.of(seriesId), Option.of(seriesCode), Option.of("ACTIVE")))).getLeft();

        assertThat(rejection.code()).isEqualTo(ErrorCode.CARD_SERIES_UNKNOWN);
        assertThat(rejection.message()).isEqualTo("Card series " + named + " does not exist");
    }

    @ParameterizedTest(name = "label \"{0}\" is stored as {1}, {2}")
    @CsvSource({", ACTIVE, ACTIVE", "ACTIVE, ACTIVE, ACTIVE", "active, ACTIVE, ACTIVE", "' Blocked ', BLOCKED, INACTIVE",
            "lost, LOST, SUSPENDED"})
    void aNewCardTakesTheSeriesSpellingOfItsLabelActiveByDefault(String label, String stored, CardStatus status) {
        Items item = anItem().identifiedByMobile("915905000000");
        Card card = linked(tom, label == null ? item.withCard("card_7100", "FleetCard1") : item.withCard("card_7100", "FleetCard1", label))
                .get().customer().cards().single();

        assertThat(card).isEqualTo(new Card("card_7100", 10, stored, status));
    }

    @Test
    void aLabelTheSeriesDoesNotDeclareIs3017() {
        Rejection rejection = linked(tom, anItem().identifiedByMobile("915905000000").withCard("card_7100", "FleetCard1", "SHINY"))
                .getLeft();

        assertThat(rejection.code()).isEqualTo(ErrorCode.CARD_STATUS_LABEL_INVALID);
        assertThat(rejection.message()).contains("SHINY");
    }

    @Test
    void aHeldCardMovedToAnotherSeriesWithoutALabelTakesItsLabelThereOr3017() {
        Customer holder = holdingCard(tom, INSTORE, aCard("card_7100", "LOST"));

        Card spare = linked(holder, anItem().withCard("card_7100", "SpareCard")).get().customer().cards().single();
        Rejection gift = linked(holder, anItem().withCard("card_7100", "GiftCard")).getLeft();

        assertThat(spare).isEqualTo(new Card("card_7100", 11, "LOST", CardStatus.SUSPENDED));
        assertThat(gift.code()).isEqualTo(ErrorCode.CARD_STATUS_LABEL_INVALID);
        assertThat(gift.message()).contains("LOST");
    }

    @Test
    void aHeldCardSentWithoutALabelKeepsItsStatusAndWithOneIsRestatused() {
        Customer holder = holdingCard(tom, INSTORE, aCard("card_7100", "LOST"));

        Judged resent = linked(holder, anItem().withCard("card_7100", "FleetCard1")).get();
        Judged blocked = linked(holder, anItem().withCard("card_7100", "FleetCard1", "blocked")).get();

        assertThat(resent.customer()).as("nothing changed, not even the stamp").isEqualTo(holder);
        assertThat(blocked.customer().cards().toJavaList()).containsExactly(new Card("card_7100", 10, "BLOCKED", CardStatus.INACTIVE));
        assertThat(blocked.customer().profile(INSTORE).get().modifiedOn()).isEqualTo(NOW);
    }

    @Test
    void aCardHeldInAnotherProfileIsRestatusedWhereItIsHeld() {
        Customer holder = holdingCard(tom, INSTORE, aCard("card_7100", "LOST"));
        Worlds inWechat = anOrg().holding(holder).requestedIn(WECHAT_CM);
        CustomerItem item = anItem().withCard("card_7100", "FleetCard1", "ACTIVE").identifiedBy("wechat", "wx-tom").build();
        World world = inWechat.loadedFor(item);

        Customer after = ProfileMerge.judge(Judged.found(world, holder, false), FindingTheCustomer.located(world, item.profiles()).get())
                .get().customer();

        Profile instore = after.profile(INSTORE).get();
        Profile wechat = after.profile(WECHAT_CM).get();
        assertThat(instore.cards().toJavaList()).containsExactly(aCard("card_7100", "ACTIVE"));
        assertThat(instore.modifiedOn()).isEqualTo(NOW);
        assertThat(wechat.cards().isEmpty()).as("a card is linked once").isTrue();
        assertThat(wechat.identifierOf(IdentifierType.WECHAT).isDefined()).isTrue();
    }

    @Test
    void aCardAnotherCustomerHoldsIs3009() {
        Customer huck = holdingCard(aStoredCustomer("915905000001"), INSTORE, aCard("card_7100", "ACTIVE"));
        World world = anOrg().holding(tom, huck).world();
        CustomerItem item = anItem().identifiedByMobile("915905000000").withCard("card_7100", "FleetCard1", "ACTIVE").build();

        Either<Rejection, Judged> judged = ProfileMerge.judge(Judged.found(world, tom, false),
                FindingTheCustomer.located(world, item.profiles()).get());

        assertThat(judged.getLeft().code()).isEqualTo(ErrorCode.CARD_NUMBER_EXISTS);
        assertThat(judged.getLeft().message()).contains("card_7100");
    }

    @Test
    void moreActiveCardsOfASeriesThanItsMaximumIs3036() {
        Customer holder = holdingCard(tom, INSTORE, aCard("card_7100", "ACTIVE"));

        Rejection rejection = linked(holder, anItem().withCard("card_7101", "FleetCard1")).getLeft();

        assertThat(rejection.code()).isEqualTo(ErrorCode.ACTIVE_CARDS_EXCEEDED);
        assertThat(rejection.message()).contains("FleetCard1");
        assertThat(linked(holder, anItem().withCard("card_7101", "FleetCard1", "LOST")).isRight()).as("an inactive one").isTrue();
        assertThat(linked(holder, anItem().withCard("card_7100", "FleetCard1", "BLOCKED").withCard("card_7101", "FleetCard1")).isRight())
                .as("one blocked and one added in the same item").isTrue();
    }

    @ParameterizedTest(name = "{0} active cards of a series of three")
    @ValueSource(ints = {1, 2, 3, 4})
    void eachSeriesCountsItsOwnActiveCards(int given) {
        Items item = anItem().identifiedByMobile("915905000000").withCard("fleet_1", "FleetCard1");
        for (int i = 0; i < given; i++) {
            item = item.withCard("spare_" + i, "SpareCard");
        }

        Either<Rejection, Judged> judged = linked(tom, item);

        assertThat(judged.isRight()).isEqualTo(given <= Worlds.SPARE_CARDS.maxActivePerCustomer());
        judged.swap().forEach(rejection -> assertThat(rejection.message()).contains("SpareCard"));
    }

    @Test
    void activeCardsAreCountedOverEveryProfile() {
        Customer twoProfiles = holdingCard(holdingCard(tom, INSTORE, aCard("card_7100", "ACTIVE")), WECHAT_CM, aCard("card_7200", "ACTIVE"));

        assertThat(CardRules.withinLimits(anOrg().world(), twoProfiles).getLeft().code()).isEqualTo(ErrorCode.ACTIVE_CARDS_EXCEEDED);
        assertThat(CardRules.withinLimits(anOrg().world(), holdingCard(tom, WECHAT_CM, aCard("card_7200", "ACTIVE"))).isRight()).isTrue();
    }

    @Test
    void aProfileGivingNoCardIsNotJudgedByTheLimits() {
        Customer overFull = holdingCard(holdingCard(tom, INSTORE, aCard("card_7100", "ACTIVE")), INSTORE, aCard("card_7101", "ACTIVE"));

        Judged judged = linked(overFull, anItem().identifiedByMobile("915905000000").named("Ann", "Lee")).get();

        assertThat(judged.customer().cards().size()).as("excess stored before stays").isEqualTo(2);
        assertThat(judged.customer().profile(INSTORE).get().createdOn()).isEqualTo(CREATED);
    }

    private static Either<Rejection, Judged> linked(Customer stored, Items item) {
        CustomerItem built = item.build();
        World world = anOrg().holding(stored).loadedFor(built);
        return ProfileMerge.judge(Judged.found(world, stored, false), FindingTheCustomer.located(world, built.profiles()).get());
    }
}
