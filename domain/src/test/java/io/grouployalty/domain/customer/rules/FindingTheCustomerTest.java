package io.grouployalty.domain.customer.rules;

import io.grouployalty.domain.ErrorCode;
import io.grouployalty.domain.Rejection;
import io.grouployalty.domain.customer.Customer;
import io.grouployalty.domain.customer.CustomerId;
import io.grouployalty.domain.customer.CustomerItem;
import io.grouployalty.domain.customer.Holding;
import io.grouployalty.domain.customer.Identifier;
import io.grouployalty.domain.customer.IdentifierType;
import io.grouployalty.domain.customer.LoyaltyType;
import io.grouployalty.domain.customer.ProfileKey;
import io.grouployalty.domain.org.Source;
import io.vavr.collection.List;
import io.vavr.control.Either;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static io.grouployalty.domain.customer.rules.Items.anItem;
import static io.grouployalty.domain.customer.rules.Items.ref;
import static io.grouployalty.domain.customer.rules.Worlds.INSTORE;
import static io.grouployalty.domain.customer.rules.Worlds.WECHAT_CM;
import static io.grouployalty.domain.customer.rules.Worlds.aCard;
import static io.grouployalty.domain.customer.rules.Worlds.aStoredCustomer;
import static io.grouployalty.domain.customer.rules.Worlds.anOrg;
import static io.grouployalty.domain.customer.rules.Worlds.holdingCard;
import static io.grouployalty.domain.customer.rules.Worlds.holdingIdentifier;
import static org.assertj.core.api.Assertions.assertThat;

class FindingTheCustomerTest {

    private final Customer tom = holdingIdentifier(aStoredCustomer("915905000000"), INSTORE, IdentifierType.EMAIL, "tom@example.com");
    private final Customer huck = aStoredCustomer("915905000001");

    @Test
    void findsTheCustomerByAnyOneOfItsRegisteredIdentifiers() {
        Worlds worlds = anOrg().holding(tom, huck);

        assertThat(foundId(worlds, anItem().identifiedByMobile("+915905000000"))).isEqualTo(tom.id());
        assertThat(foundId(worlds, anItem().identifiedBy("EMAIL", "Tom@Example.com"))).isEqualTo(tom.id());
        assertThat(foundId(worlds, anItem().identifiedByMobile("919999999999").identifiedBy("email", "tom@example.com")))
                .as("one registered identifier is enough").isEqualTo(tom.id());
    }

    @Test
    void aFoundCustomerIsJudgedAsStoredWithNothingRegistered() {
        FindingTheCustomer.Found found = find(anOrg().holding(tom), anItem().identifiedByMobile("915905000000"), false).get();

        assertThat(found.judged().before()).contains(tom);
        assertThat(found.judged().customer()).isEqualTo(tom);
        assertThat(found.judged().registered().isEmpty()).isTrue();
        assertThat(found.profiles().single().key()).isEqualTo(INSTORE);
    }

    @Test
    void anUpdateWhoseIdentifiersNobodyRegisteredIs8015() {
        assertThat(refusal(anOrg().holding(tom).withFreshIds(1), anItem().identifiedByMobile("919999999999"), false))
                .isEqualTo(ErrorCode.CUSTOMER_NOT_FOUND);
    }

    @Test
    void anAssociationRegistersWhomNobodyHoldsWithTheFirstFreshIdAsLoyalty() {
        FindingTheCustomer.Found found = find(anOrg().withFreshIds(3), anItem().identifiedByMobile("919999999999"), true).get();

        Judged judged = found.judged();
        assertThat(judged.before().isEmpty()).isTrue();
        assertThat(judged.customer().id()).isEqualTo(new CustomerId(1));
        assertThat(judged.registered().toJavaList()).containsExactly(new CustomerId(1));
        assertThat(judged.customer().loyaltyType()).isEqualTo(LoyaltyType.LOYALTY);
        assertThat(judged.customer().profiles().isEmpty()).as("its profiles are step 2's").isTrue();
        assertThat(judged.registering()).isTrue();
    }

    @Test
    void aNonLoyaltyRegistrationNeedsAMobileOrAnEmail1045() {
        Worlds worlds = anOrg().withFreshIds(1);

        assertThat(refusal(worlds, anItem().identifiedBy("externalId", "EXT-9").withLoyaltyType(LoyaltyType.NON_LOYALTY), true))
                .isEqualTo(ErrorCode.NON_LOYALTY_IDENTIFIER_MISSING);
        assertThat(find(worlds, anItem().identifiedBy("externalId", "EXT-9").identifiedBy("email", "x@example.com")
                .withLoyaltyType(LoyaltyType.NON_LOYALTY), true).get().judged().customer().loyaltyType()).isEqualTo(LoyaltyType.NON_LOYALTY);
        assertThat(find(worlds, anItem().identifiedBy("externalId", "EXT-9").andAProfile().identifiedByMobile("919999999999")
                .withLoyaltyType(LoyaltyType.NON_LOYALTY), true).isRight()).as("a mobile of another profile of the item").isTrue();
    }

    @Test
    void identifiersOfTwoCustomersAre8053EvenWhenAssociating() {
        CustomerItem.IdentifierInput huckMobile = Items.mobile("915905000001");
        Items both = anItem().identifiedByMobile("915905000000").withIdentifier(huckMobile);

        assertThat(refusal(anOrg().holding(tom, huck), both, false)).isEqualTo(ErrorCode.IDENTIFIERS_OF_DIFFERENT_CUSTOMERS);
        assertThat(refusal(anOrg().holding(tom, huck).withFreshIds(1), both, true)).isEqualTo(ErrorCode.IDENTIFIERS_OF_DIFFERENT_CUSTOMERS);
    }

    @Test
    void aCardOfAnotherCustomerIs3009NamingTheCard() {
        Worlds worlds = anOrg().holding(tom, holdingCard(huck, INSTORE, aCard("card_7100", "ACTIVE")));

        Rejection rejection = find(worlds, anItem().identifiedByMobile("915905000000").withCard("card_7100", "FleetCard1"), false).getLeft();

        assertThat(rejection.code()).isEqualTo(ErrorCode.CARD_NUMBER_EXISTS);
        assertThat(rejection.message()).contains("card_7100");
    }

    @Test
    void aCardIsFoundOrgWideWhateverTheProfileItIsGivenIn() {
        Customer holder = holdingCard(tom, INSTORE, aCard("card_7100", "ACTIVE"));
        Worlds inWechat = anOrg().holding(holder, huck).requestedIn(WECHAT_CM);

        FindingTheCustomer.Found found = find(inWechat, anItem().withCard("card_7100", "FleetCard1").identifiedBy("wechat", "wx-tom"),
                false).get();

        assertThat(found.judged().customer().id()).isEqualTo(tom.id());
        assertThat(found.profiles().single().key()).isEqualTo(WECHAT_CM);
    }

    @Test
    void anItemWithoutIdentifiersIsInvalidInput400() {
        Rejection rejection = find(anOrg(), anItem().named("Tom", "Sawyer"), false).getLeft();

        assertThat(rejection.code()).isEqualTo(ErrorCode.INVALID_INPUT);
        assertThat(rejection.message()).contains("identifiers required");
        assertThat(find(anOrg().withFreshIds(1), anItem(), true).getLeft().code()).isEqualTo(ErrorCode.INVALID_INPUT);
    }

    @ParameterizedTest(name = "{0} {1} is {2}")
    @CsvSource({
            "passport, X1, INVALID_IDENTIFIER_NAME",
            "'', X1, INVALID_IDENTIFIER_NAME",
            "mobile, 12ab, MOBILE_INVALID",
            "mobile, 1234567, MOBILE_INVALID",
            "email, not-an-email, EMAIL_INVALID",
            "card, c1, CARD_NUMBER_TOO_SHORT",
            "externalId, '  ', INVALID_INPUT"})
    void anIdentifierOfUnknownTypeOrBadFormIsRefused(String type, String value, ErrorCode expected) {
        Items item = anItem().identifiedByMobile("915905000000").identifiedBy(type, value);

        assertThat(refusal(anOrg().holding(tom), item, false)).isEqualTo(expected);
    }

    @Test
    void aCardNumberLongerThan150Is3024() {
        assertThat(refusal(anOrg().holding(tom), anItem().identifiedByMobile("915905000000").withCard("c".repeat(151), "FleetCard1"),
                false)).isEqualTo(ErrorCode.CARD_NUMBER_TOO_LONG);
    }

    @ParameterizedTest(name = "a profile in {0} / {1} is {2}")
    @CsvSource({
            "MYSPACE, , INVALID_SOURCE",
            "JD, , INVALID_SOURCE",
            "WECHAT, , ACCOUNT_ID_REQUIRED",
            "WECHAT, WECHAT-XX, INVALID_SOURCE_ACCOUNT",
            "ECOMMERCE, SHOP-1, INVALID_SOURCE_ACCOUNT"})
    void aProfileOfItsOwnSourceFollowsTheOrgsSources(String source, String account, ErrorCode expected) {
        Items item = anItem().identifiedByMobile("915905000000").andAProfileIn(source, account).identifiedBy("wechat", "wx-tom");

        assertThat(refusal(anOrg().holding(tom), item, false)).isEqualTo(expected);
    }

    @Test
    void aProfileOfAnEnabledSourceOrOfTheRequestsOwnIsRead() {
        Items item = anItem().identifiedByMobile("915905000000").andAProfileIn("wechat", "WECHAT-CM").identifiedBy("wechat", "wx-tom")
                .andAProfileIn("ECOMMERCE", null).identifiedBy("externalId", "EC-1");

        List<ProfileKey> keys = find(anOrg().holding(tom), item, false).get().profiles().map(LocatedProfile::key);

        assertThat(keys.toJavaList()).containsExactly(INSTORE, WECHAT_CM, ProfileKey.of(Source.ECOMMERCE));
    }

    @Test
    void theRequestsMultiAccountSourceWithoutAnAccountIs8045() {
        assertThat(refusal(anOrg().requestedIn(ProfileKey.of(Source.WECHAT)), anItem().identifiedBy("wechat", "wx-tom"), false))
                .isEqualTo(ErrorCode.ACCOUNT_ID_REQUIRED);
    }

    @Test
    void holdingsNamedListEveryIdentifierOfTheItemItsParentAndItsChildren() {
        CustomerItem item = anItem().identifiedByMobile("915905000000").withCard("card_7100", "FleetCard1")
                .andAProfileIn("WECHAT", "WECHAT-CM").identifiedBy("wechat", "wx-tom")
                .underParent("919905000000").withChildren("917700000001", "917700000002").build();

        List<Holding> holdings = FindingTheCustomer.holdingsNamed(INSTORE, item);

        assertThat(holdings.toJavaList()).containsExactly(
                Holding.of(INSTORE, Worlds.mobile("915905000000")),
                Holding.of(INSTORE, new Identifier(IdentifierType.CARDNUMBER, "card_7100")),
                Holding.of(WECHAT_CM, new Identifier(IdentifierType.WECHAT, "wx-tom")),
                Holding.of(INSTORE, Worlds.mobile("919905000000")),
                Holding.of(INSTORE, Worlds.mobile("917700000001")),
                Holding.of(INSTORE, Worlds.mobile("917700000002")));
        assertThat(holdings.get(1).profile().isEmpty()).as("a card is held org-wide").isTrue();
    }

    @Test
    void holdingsNamedSkipWhatDoesNotReadAndNameEachOnce() {
        CustomerItem item = anItem().identifiedByMobile("915905000000").identifiedBy("passport", "X1").identifiedBy("mobile", "12ab")
                .andAProfileIn("MYSPACE", null).identifiedBy("wechat", "wx-tom")
                .withChildren(List.of(ref("915905000000"), ref("917700000001"))).build();

        assertThat(FindingTheCustomer.holdingsNamed(INSTORE, item).toJavaList()).containsExactly(
                Holding.of(INSTORE, Worlds.mobile("915905000000")), Holding.of(INSTORE, Worlds.mobile("917700000001")));
    }

    private static CustomerId foundId(Worlds worlds, Items item) {
        return find(worlds, item, false).get().judged().customer().id();
    }

    private static ErrorCode refusal(Worlds worlds, Items item, boolean registering) {
        Either<Rejection, FindingTheCustomer.Found> found = find(worlds, item, registering);
        assertThat(found.isLeft()).as("refused").isTrue();
        return found.getLeft().code();
    }

    private static Either<Rejection, FindingTheCustomer.Found> find(Worlds worlds, Items item, boolean registering) {
        CustomerItem built = item.build();
        return FindingTheCustomer.judge(worlds.loadedFor(built), built, registering);
    }
}
