package io.grouployalty.domain.customer.rules;

import io.grouployalty.domain.ErrorCode;
import io.grouployalty.domain.Rejection;
import io.grouployalty.domain.customer.CommChannel;
import io.grouployalty.domain.customer.Customer;
import io.grouployalty.domain.customer.CustomerItem;
import io.grouployalty.domain.customer.CustomerItem.ChannelInput;
import io.grouployalty.domain.customer.IdentifierType;
import io.grouployalty.domain.customer.Profile;
import io.grouployalty.domain.customer.Warning;
import io.vavr.collection.LinkedHashMap;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static io.grouployalty.domain.customer.rules.Items.anItem;
import static io.grouployalty.domain.customer.rules.Worlds.CREATED;
import static io.grouployalty.domain.customer.rules.Worlds.INSTORE;
import static io.grouployalty.domain.customer.rules.Worlds.NOW;
import static io.grouployalty.domain.customer.rules.Worlds.OUR_TILL;
import static io.grouployalty.domain.customer.rules.Worlds.WECHAT_CM;
import static io.grouployalty.domain.customer.rules.Worlds.aStoredCustomer;
import static io.grouployalty.domain.customer.rules.Worlds.anOrg;
import static io.grouployalty.domain.customer.rules.Worlds.holdingIdentifier;
import static org.assertj.core.api.Assertions.assertThat;

class ProfileMergeTest {

    private static final String SMILE = "\uD83D\uDE00";

    private final Customer tom = aStoredCustomer("915905000000");
    private final Worlds worlds = anOrg().holding(tom);

    @Test
    void namesReplaceTheStoredOnesTrimmedAndAnOmittedNameStays() {
        Profile renamed = instore(merged(anItem().identifiedByMobile("915905000000").named("  Thomas ", "\tSawyer ")));

        assertThat(renamed.firstName()).contains("Thomas");
        assertThat(renamed.lastName()).contains("Sawyer");
        assertThat(instore(merged(anItem().identifiedByMobile("915905000000"))).firstName()).contains("Tom");
    }

    @ParameterizedTest(name = "{0} times {1} is kept as {2} of them, warned {3}")
    @CsvSource({"a, 100, 100, false", "a, 101, 100, true", "a, 5000, 100, true",
            SMILE + ", 100, 100, false", SMILE + ", 101, 100, true", "\u00e9, 250, 100, true"})
    void aNameIsCutAt100CodePointsWith91015(String letter, int given, int kept, boolean warned) {
        Judged judged = merged(anItem().identifiedByMobile("915905000000").named(letter.repeat(given), "Sawyer")).get();

        assertThat(instore(judged).firstName()).contains(letter.repeat(kept));
        assertThat(judged.warnings().map(Warning::message).toJavaList())
                .isEqualTo(warned ? java.util.List.of("Field firstName was not updated") : java.util.List.of());
    }

    @Test
    void anEmojiNameIsNeverSplitInsideACharacter() {
        Judged judged = merged(anItem().identifiedByMobile("915905000000").named("a" + SMILE.repeat(4999), "L".repeat(1 << 16))).get();

        assertThat(instore(judged).firstName()).contains("a" + SMILE.repeat(99));
        assertThat(instore(judged).lastName()).contains("L".repeat(100));
        assertThat(judged.warnings().map(Warning::code).toJavaList()).containsExactly(ErrorCode.FIELD_NOT_UPDATED, ErrorCode.FIELD_NOT_UPDATED);
    }

    @Test
    void newIdentifiersJoinTheProfileNormalised() {
        Profile profile = instore(merged(anItem().identifiedByMobile("915905000000").identifiedBy("EMAIL", " Tom@Example.COM ")
                .identifiedBy("externalId", "EXT-1")));

        assertThat(profile.identifiers().map(Object::toString).toJavaList())
                .containsExactly("mobile 915905000000", "email tom@example.com", "externalId EXT-1");
    }

    @Test
    void anIdentifierAnotherCustomerHoldsIs8007() {
        Customer huck = holdingIdentifier(aStoredCustomer("915905000001"), INSTORE, IdentifierType.EMAIL, "race@example.com");
        World world = anOrg().holding(tom, huck).world();
        CustomerItem item = anItem().identifiedByMobile("915905000000").identifiedBy("email", "race@example.com").build();

        Either<Rejection, Judged> merged = ProfileMerge.judge(Judged.found(world, tom, false),
                FindingTheCustomer.located(world, item.profiles()).get());

        assertThat(merged.getLeft().code()).isEqualTo(ErrorCode.IDENTIFIER_TAKEN);
        assertThat(merged.getLeft().message()).contains("email race@example.com");
    }

    @Test
    void aSecondValueOfATypeTheProfileHoldsIsSkippedWith91006() {
        Judged judged = merged(anItem().identifiedByMobile("915905000000").identifiedByMobile("915905000009")).get();

        assertThat(instore(judged).identifiers().map(Object::toString).toJavaList()).containsExactly("mobile 915905000000");
        assertThat(judged.warnings().map(Warning::message).toJavaList()).containsExactly("mobile update is not allowed");
    }

    @Test
    void ofTwoNewValuesOfOneTypeTheFirstJoinsAndTheSecondIsSkipped() {
        Judged judged = merged(anItem().identifiedByMobile("915905000000").identifiedBy("email", "first@example.com")
                .identifiedBy("email", "second@example.com")).get();

        assertThat(instore(judged).identifierOf(IdentifierType.EMAIL).get().value()).isEqualTo("first@example.com");
        assertThat(judged.warnings().map(Warning::code).toJavaList()).containsExactly(ErrorCode.UPDATE_NOT_ALLOWED);
    }

    @Test
    void aProfileOfANewSourceIsCreatedAndTheOthersStay() {
        Judged judged = merged(anItem().identifiedByMobile("915905000000")
                .andAProfileIn("WECHAT", "WECHAT-CM").named("Tommy", "S").identifiedBy("wechat", "wx-tom")).get();

        Profile wechat = judged.customer().profile(WECHAT_CM).get();
        assertThat(wechat.firstName()).contains("Tommy");
        assertThat(wechat.identifierOf(IdentifierType.WECHAT).get().value()).isEqualTo("wx-tom");
        assertThat(wechat.createdOn()).isEqualTo(NOW);
        assertThat(wechat.createdBy()).isEqualTo(OUR_TILL);
        assertThat(instore(judged)).isEqualTo(tom.profile(INSTORE).get());
    }

    @Test
    void channelsAreUpsertedByTypeAndValueANewPrimaryDemotingTheOld() {
        Judged once = merged(anItem().identifiedByMobile("915905000000").withChannel("email", "a@example.com", true)
                .withChannel("mobile", "+919000000001", false)).get();
        Customer withChannels = once.customer();

        Judged twice = ProfileMerge.judge(Judged.found(anOrg().holding(withChannels).world(), withChannels, false),
                located(anOrg().holding(withChannels), anItem().identifiedByMobile("915905000000")
                        .withChannel("email", "B@Example.com", true).withChannel("email", "A@example.com", false))).get();

        assertThat(channels(once)).containsExactly("email a@example.com primary", "mobile 919000000001 -");
        assertThat(channels(twice)).containsExactly("email a@example.com -", "mobile 919000000001 -", "email b@example.com primary");
    }

    @Test
    void aReSentChannelKeepsWhatItOmitsAndANewOneStartsUnflagged() {
        Customer stored = merged(anItem().identifiedByMobile("915905000000").withChannel(new ChannelInput("email", "a@example.com",
                Option.of(true), Option.of(true), Option.of(true), LinkedHashMap.of("office", true)))).get().customer();

        Judged judged = ProfileMerge.judge(Judged.found(anOrg().holding(stored).world(), stored, false),
                located(anOrg().holding(stored), anItem().identifiedByMobile("915905000000")
                        .withChannel(new ChannelInput("email", "a@example.com", Option.none(), Option.none(), Option.of(false),
                                LinkedHashMap.of("residence", true)))
                        .withChannel(new ChannelInput("postmail", " street 1 ", Option.none(), Option.none(), Option.none(),
                                LinkedHashMap.empty())))).get();

        assertThat(instore(judged).channels().toJavaList()).containsExactly(
                new CommChannel("email", "a@example.com", true, true, false, LinkedHashMap.of("residence", true, "office", true)),
                new CommChannel("postmail", "street 1", false, false, false, LinkedHashMap.of("residence", false, "office", false)));
    }

    @Test
    void anInvalidEmailOrMobileChannelIsSkippedWith8057Or8058() {
        Judged judged = merged(anItem().identifiedByMobile("915905000000").withChannel("email", "broken", true)
                .withChannel("mobile", "12", false).withChannel("email", "ok@example.com", false)).get();

        assertThat(channels(judged)).containsExactly("email ok@example.com -");
        assertThat(judged.warnings().map(Warning::message).toJavaList()).containsExactly(
                "Email broken of a communication channel is not valid; channel skipped",
                "Mobile 12 of a communication channel is not valid; channel skipped");
    }

    @Test
    void customFieldsMergeByKey() {
        Customer withGender = merged(anItem().identifiedByMobile("915905000000").withField("gender", "MALE")).get().customer();

        Judged judged = ProfileMerge.judge(Judged.found(anOrg().holding(withGender).world(), withGender, false),
                located(anOrg().holding(withGender), anItem().identifiedByMobile("915905000000").withField("city", "Pune"))).get();

        assertThat(instore(judged).fields().toJavaMap()).containsOnly(java.util.Map.entry("gender", "MALE"), java.util.Map.entry("city", "Pune"));
    }

    @Test
    void aCustomFieldTheOrgDoesNotDefineIs1017() {
        Rejection rejection = merged(anItem().identifiedByMobile("915905000000").withField("gender", "MALE").withField("shoe", "9")).getLeft();

        assertThat(rejection.code()).isEqualTo(ErrorCode.CUSTOM_FIELD_INVALID);
        assertThat(rejection.message()).contains("shoe");
    }

    @Test
    void aCustomFieldValueMayHave1000CharactersAndNoMore() {
        assertThat(instore(merged(anItem().identifiedByMobile("915905000000").withField("city", "c".repeat(1000)))).fields()
                .get("city").get()).hasSize(1000);
        Rejection tooLong = merged(anItem().identifiedByMobile("915905000000").withField("city", "c".repeat(1001))).getLeft();
        assertThat(tooLong.code()).isEqualTo(ErrorCode.INVALID_INPUT);
        assertThat(tooLong.message()).contains("city");
    }

    @Test
    void aChangedProfileIsStampedByTheTillNowAndAnUnchangedOneKeepsItsStamp() {
        Judged unchanged = merged(anItem().identifiedByMobile("+915905000000").named("Tom", null)).get();
        Judged renamed = merged(anItem().identifiedByMobile("915905000000").named("Ann", null)).get();

        assertThat(unchanged.customer()).isEqualTo(tom);
        assertThat(instore(unchanged).modifiedOn()).isEqualTo(CREATED);
        assertThat(instore(renamed).modifiedOn()).isEqualTo(NOW);
        assertThat(instore(renamed).modifiedBy()).isEqualTo(OUR_TILL);
        assertThat(instore(renamed).createdOn()).isEqualTo(CREATED);
    }

    @Test
    void aProfileGivingNothingNewCreatesNoEmptyProfile() {
        Judged judged = merged(anItem().identifiedByMobile("915905000000").andAProfileIn("WECHAT", "WECHAT-CM")).get();

        assertThat(judged.customer()).isEqualTo(tom);
    }

    private Either<Rejection, Judged> merged(Items item) {
        World world = worlds.loadedFor(item.build());
        return ProfileMerge.judge(Judged.found(world, tom, false), located(worlds, item));
    }

    private static io.vavr.collection.List<LocatedProfile> located(Worlds worlds, Items item) {
        CustomerItem built = item.build();
        return FindingTheCustomer.located(worlds.loadedFor(built), built.profiles()).get();
    }

    private static Profile instore(Either<Rejection, Judged> judged) {
        return instore(judged.get());
    }

    private static Profile instore(Judged judged) {
        return judged.customer().profile(INSTORE).get();
    }

    private static java.util.List<String> channels(Judged judged) {
        return instore(judged).channels().map(channel -> channel.type() + " " + channel.value() + " " + (channel.primary() ? "primary" : "-"))
                .toJavaList();
    }
}
