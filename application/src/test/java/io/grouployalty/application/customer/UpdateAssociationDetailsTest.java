package io.grouployalty.application.customer;

import io.grouployalty.application.company.CompanyService;
import io.grouployalty.application.contract.OrgPorts;
import io.grouployalty.application.hierarchy.HierarchyService;
import io.grouployalty.application.memory.FakePasswordHasher;
import io.grouployalty.application.memory.InMemoryWorld;
import io.grouployalty.application.memory.MovingClock;
import io.grouployalty.application.org.OrgSetupService;
import io.grouployalty.application.port.in.UpdateAssociationDetails;
import io.grouployalty.domain.ErrorCode;
import io.grouployalty.domain.card.CardSeriesDefinition;
import io.grouployalty.domain.company.CompanyDraft;
import io.grouployalty.domain.company.ExternalId;
import io.grouployalty.domain.customer.Association;
import io.grouployalty.domain.customer.Change;
import io.grouployalty.domain.customer.CommChannel;
import io.grouployalty.domain.customer.Customer;
import io.grouployalty.domain.customer.FieldValue;
import io.grouployalty.domain.customer.CustomerId;
import io.grouployalty.domain.customer.CustomerItem;
import io.grouployalty.domain.customer.CustomerItem.AssociationInput;
import io.grouployalty.domain.customer.CustomerItem.CompanyInput;
import io.grouployalty.domain.customer.CustomerItem.ParentChange;
import io.grouployalty.domain.customer.Identifier;
import io.grouployalty.domain.customer.IdentifierType;
import io.grouployalty.domain.customer.ItemFailure;
import io.grouployalty.domain.customer.ItemOutcome;
import io.grouployalty.domain.customer.LoyaltyType;
import io.grouployalty.domain.customer.Profile;
import io.grouployalty.domain.customer.ProfileKey;
import io.grouployalty.domain.customer.RecordedChange;
import io.grouployalty.domain.customer.ReferenceData;
import io.grouployalty.domain.customer.Warning;
import io.grouployalty.domain.hierarchy.HierarchyCode;
import io.grouployalty.domain.hierarchy.HierarchyDraft;
import io.grouployalty.domain.hierarchy.RoleCode;
import io.grouployalty.domain.hierarchy.RoleDraft;
import io.grouployalty.domain.org.Caller;
import io.grouployalty.domain.org.ExtendedFieldDefinition;
import io.grouployalty.domain.org.ExtendedFieldType;
import io.grouployalty.domain.org.Org;
import io.grouployalty.domain.org.OrgId;
import io.grouployalty.domain.org.OrgSetup;
import io.grouployalty.domain.org.PasswordDigest;
import io.grouployalty.domain.org.Source;
import io.grouployalty.domain.org.TillCode;
import io.grouployalty.domain.org.TillSecret;
import io.grouployalty.domain.org.TillSetup;
import io.vavr.collection.HashMap;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

import static io.grouployalty.application.contract.OrgFixtures.wechatWithAccounts;
import static io.grouployalty.application.contract.ReferenceFixtures.aFleetDraft;
import static io.grouployalty.application.contract.ReferenceFixtures.fleetCards;
import static io.grouployalty.application.contract.ReferenceFixtures.fleetRewards;
import static io.grouployalty.application.customer.Items.byMobile;
import static io.grouployalty.application.customer.Items.card;
import static io.grouployalty.application.customer.Items.mobile;
import static io.grouployalty.application.customer.Items.ref;
import static io.grouployalty.application.ExercisedCodes.seen;
import static org.assertj.core.api.Assertions.assertThat;

/** PUT /v2/customers/bulk in the domain: the rules of API.md §3.3, one item after another. */
class UpdateAssociationDetailsTest extends AssociationFixture {

    // Step 1: find the customer.

    @Test
    void findsTheCustomerByAnyRegisteredIdentifier() {
        Customer tom = registered("915905000000");

        ItemOutcome outcome = put(byMobile("+915905000000").named(" Tom ", "Sawyer")).get();

        assertThat(outcome.after().id()).isEqualTo(tom.id());
        assertThat(stored(tom).profile(INSTORE).get().lastName()).contains("Sawyer");
    }

    @Test
    void refusesAnItemWhoseIdentifiersMatchNobody8015() {
        assertRefused(ErrorCode.CUSTOMER_NOT_FOUND, byMobile("919999999999"));
    }

    @Test
    void refusesIdentifiersOfTwoCustomers8053() {
        registered("915905000000");
        registered("915905000001");
        put(byMobile("915905000001").withIdentifier(Items.identifier("email", "other@example.com")));

        assertRefused(ErrorCode.IDENTIFIERS_OF_DIFFERENT_CUSTOMERS,
                byMobile("915905000000").withIdentifier(Items.identifier("email", "other@example.com")));
    }

    @Test
    void aCardOfAnotherCustomerIs3009() {
        registered("915905000000");
        put(byMobile("915905000001").withIdentifier(card("card_7100", "FleetCard1", "ACTIVE")));
        registered("915905000001");
        put(byMobile("915905000001").withIdentifier(card("card_7100", "FleetCard1", "ACTIVE")));

        assertRefused(ErrorCode.CARD_NUMBER_EXISTS, byMobile("915905000000").withIdentifier(card("card_7100", "FleetCard1", "ACTIVE")));
    }

    @Test
    void refusesAnUnknownIdentifierTypeAndMalformedIdentifiers() {
        registered("915905000000");

        assertRefused(ErrorCode.INVALID_IDENTIFIER_NAME, byMobile("915905000000").withIdentifier(
                Items.identifier("passport", "X1")));
        assertRefused(ErrorCode.MOBILE_INVALID, byMobile("915905000000").withIdentifier(mobile("12ab")));
        assertRefused(ErrorCode.EMAIL_INVALID, byMobile("915905000000").withIdentifier(
                Items.identifier("email", "not-an-email")));
        assertRefused(ErrorCode.CARD_NUMBER_TOO_SHORT, byMobile("915905000000").withIdentifier(card("c1", "FleetCard1", "ACTIVE")));
        assertRefused(ErrorCode.CARD_NUMBER_TOO_LONG, byMobile("915905000000").withIdentifier(card("c".repeat(151), "FleetCard1", "ACTIVE")));
    }

    @Test
    void aProfileOfAnotherSourceFollowsTheSourceRules() {
        registered("915905000000");

        assertRefused(ErrorCode.INVALID_SOURCE, byMobile("915905000000").withProfile(
                CustomerItem.ProfileInput.given(Option.none(), Option.none(), List.of(mobile("915905000000")), List.empty(),
                        LinkedHashMap.empty(), Option.of("JD"), Option.none())));
        assertRefused(ErrorCode.ACCOUNT_ID_REQUIRED, byMobile("915905000000").withProfile(
                CustomerItem.ProfileInput.given(Option.none(), Option.none(), List.of(mobile("915905000000")), List.empty(),
                        LinkedHashMap.empty(), Option.of("WECHAT"), Option.none())));
        assertRefused(ErrorCode.INVALID_SOURCE_ACCOUNT, byMobile("915905000000").withProfile(
                CustomerItem.ProfileInput.given(Option.none(), Option.none(), List.of(mobile("915905000000")), List.empty(),
                        LinkedHashMap.empty(), Option.of("WECHAT"), Option.of("WECHAT-XX"))));
    }

    @Test
    void aProfileOfAnUnknownSourceIs8003ForItsItemAlone() {
        registered("915905000000");

        assertRefused(ErrorCode.INVALID_SOURCE, byMobile("915905000000").withProfile(
                CustomerItem.ProfileInput.given(Option.none(), Option.none(), List.of(mobile("915905000000")), List.empty(),
                        LinkedHashMap.empty(), Option.of("MYSPACE"), Option.none())));
    }

    @Test
    void anItemNamingMoreThan1000ChildrenIs1060() {
        associated("911000000000", "GFA", COMPANY, Option.none());

        assertRefused(ErrorCode.BATCH_LIMIT_EXCEEDED, byMobile("911000000000").associated(AssociationInput.none()
                .withChildren(List.range(0, 1001).map(i -> ref("9120000" + String.format("%05d", i))), Option.none())));
    }

    @Test
    void anItemWithoutIdentifiersIsInvalidInput() {
        assertRefused(ErrorCode.INVALID_INPUT, Items.identifiedBy());
    }

    // Step 2: profiles.

    @Test
    void addsNewIdentifiersAndCreatesTheProfileOfANewSource() {
        Customer tom = registered("915905000000");

        put(byMobile("915905000000").withIdentifier(Items.identifier("EMAIL", "Tom@Example.com"))
                .withProfile(CustomerItem.ProfileInput.given(Option.of("Tommy"), Option.none(),
                        List.of(Items.identifier("wechat", "wx-tom")), List.empty(),
                        LinkedHashMap.empty(), Option.of("WECHAT"), Option.of("WECHAT-CM"))));

        Customer after = stored(tom);
        assertThat(after.profile(INSTORE).get().identifierOf(IdentifierType.EMAIL).get().value()).isEqualTo("tom@example.com");
        Profile wechat = after.profile(ProfileKey.of(Source.WECHAT, "WECHAT-CM")).get();
        assertThat(wechat.firstName()).contains("Tommy");
        assertThat(wechat.identifierOf(IdentifierType.WECHAT).get().value()).isEqualTo("wx-tom");
    }

    @Test
    void aSecondValueForATypeTheProfileHoldsIsSkippedWithAWarning91006() {
        Customer tom = registered("915905000000");

        List<ErrorCode> warnings = warningsOf(byMobile("915905000000").withIdentifier(mobile("915905000009")));

        assertThat(warnings.toJavaList()).containsExactly(ErrorCode.UPDATE_NOT_ALLOWED);
        assertThat(stored(tom).profile(INSTORE).get().identifiers().size()).isEqualTo(1);
    }

    @Test
    void ofTwoNewValuesOfOneTypeTheFirstJoinsAndTheSecondIsSkipped() {
        Customer tom = registered("915905000000");

        List<ErrorCode> warnings = warningsOf(byMobile("915905000000")
                .withIdentifier(Items.identifier("email", "first@example.com"))
                .withIdentifier(Items.identifier("email", "second@example.com")));

        assertThat(warnings.toJavaList()).containsExactly(ErrorCode.UPDATE_NOT_ALLOWED);
        assertThat(stored(tom).profile(INSTORE).get().identifierOf(IdentifierType.EMAIL).get().value()).isEqualTo("first@example.com");
    }

    @Test
    void aCardIdentifiesItsHolderWhateverTheRequestsSource() {
        Customer tom = registered("915905000000");
        put(byMobile("915905000000").withIdentifier(card("card_7100", "FleetCard1", "ACTIVE")));

        ItemOutcome outcome = service.update(new UpdateAssociationDetails.Command(caller, ProfileKey.of(Source.WECHAT, "WECHAT-CM"),
                List.of(Items.identifiedBy(card("card_7100", "FleetCard1", "ACTIVE")).withIdentifier(Items.identifier("wechat", "wx-tom")).build()),
                false, "req")).head().get();

        assertThat(outcome.after().id()).isEqualTo(tom.id());
        assertThat(stored(tom).profile(ProfileKey.of(Source.WECHAT, "WECHAT-CM")).get().identifierOf(IdentifierType.WECHAT).isDefined()).isTrue();
    }

    @Test
    void anIdentifierAnotherCustomerRegisteredMeanwhileIs8007() {
        Customer tom = registered("915905000000");
        Customer other = registered("915905000001");
        RegisteringMeanwhile racing = new RegisteringMeanwhile(world.customers(), org.id(), other, Items.email("race@example.com"));
        AssociationService racingService = serviceOver(racing, clock);

        Either<ItemFailure, ItemOutcome> outcome = racingService.update(new UpdateAssociationDetails.Command(caller, INSTORE,
                List.of(byMobile("915905000000").withIdentifier(Items.identifier("email", "race@example.com")).build()), false, "req")).head();

        assertThat(seen(outcome.getLeft().rejection().code())).isEqualTo(ErrorCode.IDENTIFIER_TAKEN);
        assertThat(stored(tom).profile(INSTORE).get().identifierOf(IdentifierType.EMAIL).isEmpty()).isTrue();
    }

    @Test
    void anItemWhoseCustomerIsBusyFailsAloneWith503() {
        Customer tom = registered("915905000000");
        Customer huck = registered("915905000001");
        AssociationService busyService = serviceOver(new BusyCustomer(world.customers(), tom.id()), clock);

        List<Either<ItemFailure, ItemOutcome>> outcomes = busyService.update(new UpdateAssociationDetails.Command(caller, INSTORE,
                List.of(byMobile("915905000000").named("Tom", "Busy").build(), byMobile("915905000001").named("Huck", "Free").build()),
                false, "req"));

        assertThat(seen(outcomes.get(0).getLeft().rejection().code())).isEqualTo(ErrorCode.UNAVAILABLE);
        assertThat(outcomes.get(1).isRight()).isTrue();
        assertThat(stored(tom).profile(INSTORE).get().lastName()).isNotEqualTo(Option.of("Busy"));
        assertThat(stored(huck).profile(INSTORE).get().lastName()).contains("Free");
    }

    @Test
    void itemsNotStartedByTheRequestsDeadlineFailWith503() {
        registered("915905000000");
        registered("915905000001");
        Clock slow = MovingClock.steppingOnEveryRead(NOW, Duration.ofSeconds(20));

        List<Either<ItemFailure, ItemOutcome>> outcomes = serviceOver(world.customers(), slow).update(new UpdateAssociationDetails.Command(
                caller, INSTORE, List.of(byMobile("915905000000").build(), byMobile("915905000001").build()), false, "req"));

        assertThat(outcomes.get(0).isRight()).isTrue();
        assertThat(outcomes.get(1).getLeft().rejection().code()).isEqualTo(ErrorCode.UNAVAILABLE);
        assertThat(outcomes.get(1).getLeft().rejection().message()).contains("deadline");
    }

    private AssociationService serviceOver(io.grouployalty.domain.customer.Customers customers, Clock clock) {
        return new AssociationService(ports.orgs(), customers, world.history(),
                new ReferenceData(ports.settings(), ports.tills(), ports.programs(), ports.cardSeries(), ports.hierarchies(), ports.companies()),
                ports.transactions(), clock, Duration.ofSeconds(30));
    }

    @Test
    void truncatesNamesLongerThan100CharactersWithAWarning91015() {
        Customer tom = registered("915905000000");

        assertThat(warningsOf(byMobile("915905000000").named("N".repeat(120), "Sawyer")).toJavaList())
                .containsExactly(ErrorCode.FIELD_NOT_UPDATED);
        assertThat(stored(tom).profile(INSTORE).get().firstName().get()).hasSize(100);
    }

    @Test
    void cutsANameOfAnyLengthAt100CodePointsWithoutSplittingACharacter91015() {
        Customer tom = registered("915905000000");
        String smiles = "a" + "\uD83D\uDE00".repeat(4999);

        assertThat(warningsOf(byMobile("915905000000").named(smiles, "L".repeat(1 << 20))).toJavaList())
                .containsExactly(ErrorCode.FIELD_NOT_UPDATED, ErrorCode.FIELD_NOT_UPDATED);
        Profile profile = stored(tom).profile(INSTORE).get();
        assertThat(profile.firstName()).contains("a" + "\uD83D\uDE00".repeat(99));
        assertThat(profile.lastName()).contains("L".repeat(100));
    }

    @Test
    void upsertsChannelsKeepingOnePrimaryPerTypeAndSkipsInvalidOnes() {
        Customer tom = registered("915905000000");
        put(byMobile("915905000000").withChannel("email", "a@example.com", true));

        List<ErrorCode> warnings = warningsOf(byMobile("915905000000").withChannel("email", "B@example.com", true)
                .withChannel("email", "broken", false).withChannel("mobile", "12", false));

        assertThat(warnings.toJavaList()).containsExactly(ErrorCode.CHANNEL_EMAIL_INVALID, ErrorCode.CHANNEL_MOBILE_INVALID);
        assertThat(stored(tom).profile(INSTORE).get().channels().map(channel -> channel.value() + ":" + channel.primary()).toJavaList())
                .containsExactly("a@example.com:false", "b@example.com:true");
    }

    @Test
    void aReSentChannelKeepsTheFlagsAndMetaItOmitsAndANewOneStartsWithoutFlags() {
        Customer tom = registered("915905000000");
        put(byMobile("915905000000").withChannel("email", "a@example.com", true));

        put(byMobile("915905000000")
                .withChannel(new CustomerItem.ChannelInput("email", "A@example.com", Option.none(), Option.none(), Option.of(false),
                        HashMap.of("residence", true)))
                .withChannel(new CustomerItem.ChannelInput("postmail", "street 1", Option.none(), Option.none(), Option.none(), HashMap.empty())));

        assertThat(stored(tom).profile(INSTORE).get().channels().map(channel -> channel.value() + " " + channel.primary() + " "
                        + channel.verified() + " " + channel.subscribed() + " " + channel.meta().toJavaMap()).toJavaList())
                .containsExactly("a@example.com true true false {residence=true, office=true}",
                        "street 1 false false false {residence=false, office=false}");
    }

    @Test
    void aCustomerHoldsAtMost100ChannelsAndAnItemRaisingThemOverIs1060() {
        Customer tom = registered("915905000000");
        assertThat(put(withChannels(byMobile("915905000000"), 0, 100)).isRight()).isTrue();

        assertRefused(ErrorCode.BATCH_LIMIT_EXCEEDED, withChannels(byMobile("915905000000").named("Ann", "Lee"), 100, 1));
        assertThat(put(withChannels(byMobile("915905000000").named("Ann", "Lee"), 0, 100)).isRight())
                .as("channels held already raise no count").isTrue();
        assertThat(stored(tom).profile(INSTORE).get().channels().size()).isEqualTo(100);
    }

    @Test
    void aCustomerHoldsAtMost100CardsWhateverTheirStatus() {
        registered("915905000000");
        Items hundred = byMobile("915905000000");
        for (int i = 0; i < 100; i++) {
            hundred = hundred.withIdentifier(card("lost_%03d".formatted(i), "FleetCard1", "LOST"));
        }
        assertThat(put(hundred).isRight()).isTrue();

        assertRefused(ErrorCode.BATCH_LIMIT_EXCEEDED, byMobile("915905000000").withIdentifier(card("lost_100", "FleetCard1", "LOST")));
    }

    @Test
    void channelsStoredOverTheBoundBeforeStayAndAnItemAddingNoneStillApplies() {
        Customer crowded = registered("915905000000");
        Profile profile = crowded.profile(INSTORE).get();
        world.customers().save(org.id(), Option.of(crowded), crowded.withProfile(profile.with(profile.firstName(), profile.lastName(),
                profile.identifiers(), profile.cards(), List.range(0, 150).map(i -> new CommChannel(
                        "postmail", "street " + i, false, false, false, LinkedHashMap.empty())), profile.fields())));

        assertThat(put(byMobile("915905000000").named("Ann", "Lee").withChannel("postmail", "street 7", true)).isRight()).isTrue();
        assertThat(stored(crowded).profile(INSTORE).get().channels().size()).isEqualTo(150);
        assertRefused(ErrorCode.BATCH_LIMIT_EXCEEDED, byMobile("915905000000").withChannel("postmail", "street 150", false));
    }

    @Test
    void aChannelValueLongerThan1000CharactersIs1060() {
        registered("915905000000");

        assertRefused(ErrorCode.BATCH_LIMIT_EXCEEDED, byMobile("915905000000").withChannel("postmail", "x".repeat(1001), false));
    }

    private static Items withChannels(Items item, int from, int count) {
        Items with = item;
        for (int i = from; i < from + count; i++) {
            with = with.withChannel("postmail", "street " + i, false);
        }
        return with;
    }

    @Test
    void mergesCustomFieldsAndRefusesUndefinedOnes1017() {
        Customer tom = registered("915905000000");
        put(byMobile("915905000000").withField("gender", "MALE"));
        put(byMobile("915905000000").withField("city", "Pune"));

        assertThat(stored(tom).profile(INSTORE).get().fields().toJavaMap()).containsEntry("gender", "MALE").containsEntry("city", "Pune");
        assertRefused(ErrorCode.CUSTOM_FIELD_INVALID, byMobile("915905000000").withField("shoe_size", "9"));
    }

    @Test
    void linksCardsByTheRulesOfTheirSeries() {
        Customer tom = registered("915905000000");

        put(byMobile("915905000000").withIdentifier(card("card_7100", "FleetCard1", "lost")));

        assertThat(stored(tom).cards().head().status()).isEqualTo(io.grouployalty.domain.card.CardStatus.SUSPENDED);
        assertRefused(ErrorCode.CARD_SERIES_UNKNOWN, byMobile("915905000000").withIdentifier(card("card_7101", "NoSuchSeries", "ACTIVE")));
        assertRefused(ErrorCode.CARD_STATUS_LABEL_INVALID, byMobile("915905000000").withIdentifier(card("card_7101", "FleetCard1", "SHINY")));
        put(byMobile("915905000000").withIdentifier(card("card_7101", "FleetCard1", "ACTIVE")));
        assertRefused(ErrorCode.ACTIVE_CARDS_EXCEEDED, byMobile("915905000000").withIdentifier(card("card_7102", "FleetCard1", "ACTIVE")));
    }

    @Test
    void aHeldCardSentWithoutAStatusLabelKeepsItsStatusAndANewOneIsActive() {
        Customer tom = registered("915905000000");
        put(byMobile("915905000000").withIdentifier(card("card_7100", "FleetCard1", "LOST")));

        put(Items.identifiedBy(card("card_7100", "FleetCard1")).named("Tom", "ByCard"));
        service.update(new UpdateAssociationDetails.Command(caller, ProfileKey.of(Source.WECHAT, "WECHAT-CM"),
                List.of(Items.identifiedBy(card("card_7100", "FleetCard1")).withIdentifier(Items.identifier("wechat", "wx-tom")).build()),
                false, "req"));
        put(byMobile("915905000000").withIdentifier(card("card_7101", "FleetCard1")));

        assertThat(stored(tom).cards().map(held -> held.number() + " " + held.statusLabel() + " " + held.status()).toJavaList())
                .containsExactly("card_7100 LOST SUSPENDED", "card_7101 ACTIVE ACTIVE");
        assertThat(world.history().of(org.id(), tom.id(), 10, 0).items().flatMap(recorded -> recorded.change().changes()).map(Change.FieldChange::path)
                .count(path -> path.endsWith("/cards"))).as("the held card changed once, when it was linked").isEqualTo(2);
    }

    @Test
    void aCardsStatusLabelIsMatchedInAnyCaseAndStoredInTheSeriesSpelling() {
        Customer tom = registered("915905000000");
        put(byMobile("915905000000").withIdentifier(card("card_7100", "FleetCard1", "blocked")));

        put(byMobile("915905000000").withIdentifier(card("card_7100", "FleetCard1", "Blocked")));

        assertThat(stored(tom).cards().single().statusLabel()).isEqualTo("BLOCKED");
        assertThat(world.history().of(org.id(), tom.id(), 10, 0).total()).as("another case is no change").isEqualTo(1);
    }

    // Step 3: extended fields.

    @Test
    void mergesExtendedFieldsAndSkipsUnknownMistypedOrTooLongOnesWithWarnings91015() {
        Customer tom = registered("915905000000");

        List<ErrorCode> warnings = warningsOf(byMobile("915905000000")
                .withExtendedField("city", "Pune")
                .withExtendedField("dob", "1990-02-03T10:00:00-05:00")
                .withExtendedField("fleet_size", "12.5")
                .withExtendedField("gender", "FEMALE_X")
                .withExtendedField("shoe", "9"));

        assertThat(warnings.toJavaList()).containsExactly(ErrorCode.FIELD_NOT_UPDATED, ErrorCode.FIELD_NOT_UPDATED, ErrorCode.FIELD_NOT_UPDATED);
        assertThat(stored(tom).extendedFields().toJavaMap()).containsOnly(
                java.util.Map.entry("city", new FieldValue.Text("Pune")), java.util.Map.entry("dob", new FieldValue.Day(LocalDate.of(1990, 2, 3))));
    }

    // Step 4: loyalty type.

    @Test
    void aLoyaltyCustomerCannotBecomeNonLoyalty1046() {
        registered("915905000000");

        assertRefused(ErrorCode.LOYALTY_DOWNGRADE_NOT_ALLOWED, byMobile("915905000000").withLoyaltyType(LoyaltyType.NON_LOYALTY));
    }

    @Test
    void aNonLoyaltyCustomerMayBecomeLoyalty() {
        Customer tom = registered("915905000000");
        world.customers().save(org.id(), Option.of(stored(tom)), stored(tom).withLoyaltyType(LoyaltyType.NON_LOYALTY));

        put(byMobile("915905000000").withLoyaltyType(LoyaltyType.LOYALTY));

        assertThat(stored(tom).loyaltyType()).isEqualTo(LoyaltyType.LOYALTY);
    }

    // Step 5: enrollments.

    @Test
    void enrollsOnceAndSkipsARepeatWithAWarning91006() {
        Customer tom = registered("915905000000");
        put(byMobile("915905000000").enrolledIn(1, 2, "2027-05-11T16:36:17+05:30"));

        assertThat(warningsOf(byMobile("915905000000").enrolledIn(1, 3, "not a date").enrolledIn(1, 3, "2027-05-11")).toJavaList())
                .containsExactly(ErrorCode.UPDATE_NOT_ALLOWED, ErrorCode.UPDATE_NOT_ALLOWED);
        assertThat(stored(tom).enrollments().map(enrollment -> enrollment.tierNumber()).toJavaList()).containsExactly(2);
    }

    @Test
    void refusesUnknownProgramsTiersAndBadDates() {
        registered("915905000000");

        assertRefused(ErrorCode.PROGRAM_INVALID, byMobile("915905000000").enrolledIn(9, 1, "2027-01-01"));
        assertRefused(ErrorCode.PROGRAM_INVALID, byMobile("915905000000").enrolledIn(1, 7, "2027-01-01"));
        assertRefused(ErrorCode.DATE_FORMAT_INVALID, byMobile("915905000000").enrolledIn(1, 1, "soon"));
        assertRefused(ErrorCode.DATE_FORMAT_INVALID, byMobile("915905000000").enrolledIn(1, 1, ""));
        assertRefused(ErrorCode.DATE_IN_PAST, byMobile("915905000000").enrolledIn(1, 1, "2020-01-01"));
        assertRefused(ErrorCode.DATE_TOO_FAR, byMobile("915905000000").enrolledIn(1, 1, "2127-01-01"));
    }

    @Test
    void refusesNegativePointsOfANewEnrollment400AfterItsDates() {
        registered("915905000000");

        assertRefused(ErrorCode.INVALID_INPUT, byMobile("915905000000").enrolledIn(1, 1, -5, "2027-01-01"));
        assertRefused(ErrorCode.DATE_FORMAT_INVALID, byMobile("915905000000").enrolledIn(1, 1, -5, ""));
    }

    @Test
    void anEnrollmentAlreadyHeldIsSkipped91006BeforeItsDatesAndPointsAreJudged() {
        Customer tom = registered("915905000000");
        put(byMobile("915905000000").enrolledIn(1, 2, "2027-05-11T16:36:17+05:30"));

        assertThat(warningsOf(byMobile("915905000000").enrolledIn(1, 1, -5, "").enrolledIn(1, 1, -1, "2027-01-01")).toJavaList())
                .containsExactly(ErrorCode.UPDATE_NOT_ALLOWED, ErrorCode.UPDATE_NOT_ALLOWED);
        assertThat(stored(tom).enrollments().map(enrollment -> enrollment.points()).toJavaList()).containsExactly(100L);
    }

    // Step 6: association.

    @Test
    void associatesACustomerWithAParentInTheSameCompany() {
        Customer owner = associated("919905000000", "SFA", COMPANY, Option.none());
        Customer tom = registered("915905000000");

        ItemOutcome outcome = put(byMobile("915905000000").associated(in(FLEET, "FA", COMPANY).withParent(ParentChange.attach(ref("919905000000"))))).get();

        assertThat(outcome.newAssociation()).isTrue();
        assertThat(stored(tom).parent()).contains(owner.id());
        assertThat(stored(tom).association().get().role()).isEqualTo(new RoleCode("FA"));
    }

    @Test
    void anAssociatedCustomerKeepsItsHierarchyRoleAndCompany() {
        associated("915905000000", "FA", COMPANY, Option.none());

        assertThat(put(byMobile("915905000000").associated(in(FLEET, "FA", COMPANY))).get().newAssociation()).isFalse();
        assertRefused(ErrorCode.HIERARCHY_CHANGE_NOT_ALLOWED, byMobile("915905000000").associated(in("tiny", "OWNER", "tiny-co")));
        assertRefused(ErrorCode.ROLE_CHANGE_NOT_ALLOWED, byMobile("915905000000").associated(in(FLEET, "SFA", COMPANY)));
        assertRefused(ErrorCode.COMPANY_CHANGE_NOT_ALLOWED, byMobile("915905000000").associated(in(FLEET, "FA", "other-co")));
    }

    @Test
    void checksTheHierarchyRoleAndCompanyNamed() {
        registered("915905000000");

        assertRefused(ErrorCode.HIERARCHY_CODE_UNKNOWN, byMobile("915905000000").associated(in("nope", "FA", COMPANY)));
        assertRefused(ErrorCode.HIERARCHY_INACTIVE, byMobile("915905000000").associated(in("retired", "FA", "retired-co")));
        assertRefused(ErrorCode.ROLE_CODE_INVALID, byMobile("915905000000").associated(in(FLEET, "CEO", COMPANY)));
        assertRefused(ErrorCode.COMPANY_UNKNOWN, byMobile("915905000000").associated(in(FLEET, "FA", "no-such-co")));
        assertRefused(ErrorCode.COMPANY_HIERARCHY_MISMATCH, byMobile("915905000000").associated(in(FLEET, "FA", "tiny-co")));
        ports.companies().save(org.id(), ports.companies().byExternalId(org.id(), new ExternalId("other-co")).get().deactivated());
        assertRefused(ErrorCode.COMPANY_INACTIVE, byMobile("915905000000").associated(in(FLEET, "FA", "other-co")));
    }

    @Test
    void createsTheCompanyWhenItComesWithNameAndHierarchy() {
        Customer tom = registered("915905000000");
        AssociationInput details = new AssociationInput(Option.of(FLEET), Option.of("GFA"), ParentChange.keep(), Option.none(), Option.none(),
                Option.of(new CompanyInput("new-co", Option.of("New Co"), Option.of(FLEET))));

        put(byMobile("915905000000").associated(details));

        assertThat(stored(tom).association().get().company())
                .isEqualTo(ports.companies().byExternalId(org.id(), new ExternalId("new-co")).get().id());
    }

    @Test
    void aMemberOfADeactivatedHierarchyOrCompanyMaySendItsOwnAssociationAgain() {
        Customer owner = associated("911000000000", "SFA", "retired-co", Option.none());
        Customer driver = associated("912000000000", "FA", "retired-co", Option.of(owner));
        ports.companies().save(org.id(), ports.companies().byExternalId(org.id(), new ExternalId("other-co")).get().deactivated());
        Customer member = associated("913000000000", "GFA", "other-co", Option.none());

        assertThat(put(byMobile("912000000000").named("Ann", "Lee").associated(in("retired", "FA", "retired-co")
                .withParent(ParentChange.attach(ref("911000000000"))))).isRight()).isTrue();
        assertThat(put(byMobile("913000000000").named("Bob", "Lee").associated(in(FLEET, "GFA", "other-co"))).isRight()).isTrue();

        assertThat(stored(driver).profile(INSTORE).get().firstName()).contains("Ann");
        assertThat(stored(driver).parent()).contains(owner.id());
        assertThat(stored(member).profile(INSTORE).get().firstName()).contains("Bob");
    }

    @Test
    void aDeactivatedHierarchyTakesNoNewLinkEvenFromAnItemThatDoesNotNameIt1610() {
        Customer owner = associated("911000000000", "SFA", "retired-co", Option.none());
        associated("911000000001", "SFA", "retired-co", Option.none());
        Customer driver = associated("912000000000", "FA", "retired-co", Option.of(owner));
        registered("919000000000");

        assertRefused(ErrorCode.HIERARCHY_INACTIVE, byMobile("911000000000")
                .associated(AssociationInput.none().withChildren(List.of(ref("919000000000")), Option.none())));
        assertRefused(ErrorCode.HIERARCHY_INACTIVE, byMobile("912000000000")
                .associated(AssociationInput.none().withParent(ParentChange.attach(ref("911000000001")))));
        assertThat(put(byMobile("911000000000").associated(AssociationInput.none()
                .withChildren(List.of(ref("912000000000")), Option.none()))).isRight()).isTrue();
        assertThat(put(byMobile("912000000000").associated(AssociationInput.none().withParent(ParentChange.detach()))).isRight()).isTrue();
        assertThat(stored(driver).parent()).isEmpty();
    }

    @Test
    void aDeactivatedCompanyTakesNoNewLinkEvenFromAnItemThatDoesNotNameIt1705() {
        Customer owner = associated("911000000000", "GFA", "other-co", Option.none());
        associated("911000000001", "GFA", "other-co", Option.none());
        associated("912000000000", "SFA", "other-co", Option.of(owner));
        associated("912000000001", "SFA", "other-co", Option.none());
        registered("919000000000");
        ports.companies().save(org.id(), ports.companies().byExternalId(org.id(), new ExternalId("other-co")).get().deactivated());

        assertRefused(ErrorCode.COMPANY_INACTIVE, byMobile("911000000000")
                .associated(AssociationInput.none().withChildren(List.of(ref("919000000000")), Option.none())));
        assertRefused(ErrorCode.COMPANY_INACTIVE, byMobile("912000000001")
                .associated(AssociationInput.none().withParent(ParentChange.attach(ref("911000000000")))));
        assertRefused(ErrorCode.COMPANY_INACTIVE, byMobile("912000000000")
                .associated(AssociationInput.none().withParent(ParentChange.attach(ref("911000000001")))));
        assertRefused(ErrorCode.COMPANY_INACTIVE, byMobile("919000000000").associated(in(FLEET, "SFA", "other-co")));
        assertThat(put(byMobile("912000000000").associated(in(FLEET, "SFA", "other-co")
                .withParent(ParentChange.attach(ref("911000000000"))))).isRight()).isTrue();
    }

    @Test
    void refusesNamingAParentOrChildrenWithoutARole1615() {
        registered("915905000000");
        registered("919905000000");

        assertRefused(ErrorCode.ROLE_CODE_INVALID, byMobile("915905000000")
                .associated(AssociationInput.none().withParent(ParentChange.attach(ref("919905000000")))));
    }

    @Test
    void anUnassociatedCustomerNamingARoleOrACompanyWithoutAHierarchyIs1701() {
        registered("915905000000");
        registered("919905000000");
        Option<CompanyInput> company = Option.of(new CompanyInput(COMPANY, Option.none(), Option.none()));

        for (AssociationInput details : List.of(
                new AssociationInput(Option.none(), Option.of("FA"), ParentChange.keep(), Option.none(), Option.none(), company),
                new AssociationInput(Option.none(), Option.of("FA"), ParentChange.keep(), Option.none(), Option.none(), Option.none()),
                new AssociationInput(Option.none(), Option.none(), ParentChange.keep(), Option.none(), Option.none(), company),
                new AssociationInput(Option.none(), Option.none(), ParentChange.keep(), Option.none(), Option.of("FC"), Option.none()),
                new AssociationInput(Option.of(" "), Option.of("FA"), ParentChange.attach(ref("919905000000")), Option.none(), Option.none(),
                        company))) {
            assertRefused(ErrorCode.HIERARCHY_CODE_UNKNOWN, byMobile("915905000000").associated(details));
            assertThat(put(byMobile("915905000000").associated(details)).getLeft().rejection().message()).contains("none given");
        }
    }

    @Test
    void refusesParentsThatBreakTheRules() {
        Customer gfa = associated("911000000000", "GFA", COMPANY, Option.none());
        associated("912000000000", "SFA", "other-co", Option.none());
        associated("913000000000", "FA", COMPANY, Option.none());
        Customer sfa = associated("914000000000", "SFA", COMPANY, Option.of(gfa));

        assertRefused(ErrorCode.CYCLIC_HIERARCHY, byMobile("914000000000").associated(AssociationInput.none().withParent(ParentChange.attach(ref("914000000000")))));
        assertRefused(ErrorCode.CUSTOMER_NOT_REGISTERED, byMobile("914000000000").associated(AssociationInput.none().withParent(ParentChange.attach(ref("919999999999")))));
        assertRefused(ErrorCode.DIFFERENT_COMPANIES, byMobile("914000000000").associated(AssociationInput.none().withParent(ParentChange.attach(ref("912000000000")))));
        assertRefused(ErrorCode.PARENT_ROLE_MISMATCH, byMobile("914000000000").associated(AssociationInput.none().withParent(ParentChange.attach(ref("913000000000")))));
        assertThat(stored(sfa).parent()).contains(gfa.id());
    }

    @Test
    void refusesALinkThatWouldCloseACycle1608() {
        Customer top = associated("911000000000", "GFA", COMPANY, Option.none());
        Customer middle = associated("912000000000", "SFA", COMPANY, Option.of(top));

        assertRefused(ErrorCode.CYCLIC_HIERARCHY, byMobile("912000000000").associated(AssociationInput.none()
                .withChildren(List.of(ref("911000000000")), Option.none())));
        assertThat(stored(middle).parent()).contains(top.id());
    }

    @Test
    void aFullParentTakesNoMoreChildren1618AndDetachingMakesRoom() {
        Customer owner = associated("911000000000", "OWNER", "tiny-co", Option.none());
        associated("912000000001", "DRIVER", "tiny-co", Option.of(owner));
        associated("912000000002", "DRIVER", "tiny-co", Option.of(owner));
        registered("912000000003");

        assertRefused(ErrorCode.MAX_CHILD_REACHED, byMobile("912000000003")
                .associated(in("tiny", "DRIVER", "tiny-co").withParent(ParentChange.attach(ref("911000000000")))));

        put(byMobile("912000000001").associated(AssociationInput.none().withParent(ParentChange.detach())));
        assertThat(put(byMobile("912000000003").associated(in("tiny", "DRIVER", "tiny-co")
                .withParent(ParentChange.attach(ref("911000000000"))))).isRight()).isTrue();
        assertThat(world.customers().childCount(org.id(), owner.id())).isEqualTo(2);
    }

    @Test
    void childrenAParentHoldsAlreadyNeedNoRoomWhenItHoldsMoreThanItsMaxChild() {
        Customer owner = associated("911000000000", "OWNER", "tiny-co", Option.none());
        associated("912000000001", "DRIVER", "tiny-co", Option.of(owner));
        associated("912000000002", "DRIVER", "tiny-co", Option.of(owner));
        associated("912000000003", "DRIVER", "tiny-co", Option.of(owner));
        registered("912000000004");

        assertThat(put(byMobile("911000000000").associated(AssociationInput.none()
                .withChildren(List.of(ref("912000000001"), ref("912000000003")), Option.none()))).isRight()).isTrue();
        assertRefused(ErrorCode.MAX_CHILD_REACHED, byMobile("911000000000").associated(AssociationInput.none()
                .withChildren(List.of(ref("912000000001"), ref("912000000004")), Option.none())));
        assertThat(world.customers().childCount(org.id(), owner.id())).isEqualTo(3);
    }

    @Test
    void placesChildrenWithTheChildRoleAndChecksThem() {
        Customer owner = associated("911000000000", "OWNER", "tiny-co", Option.none());
        registered("912000000001");
        registered("912000000002");
        registered("912000000003");
        associated("913000000000", "FA", COMPANY, Option.none());

        put(byMobile("911000000000").associated(AssociationInput.none().withChildren(List.of(ref("912000000001"), ref("912000000002")), Option.none())));

        assertThat(world.customers().childCount(org.id(), owner.id())).isEqualTo(2);
        assertRefused(ErrorCode.MAX_CHILD_REACHED, byMobile("911000000000")
                .associated(AssociationInput.none().withChildren(List.of(ref("912000000003")), Option.none())));
        assertRefused(ErrorCode.CHILD_ROLE_NOT_ALLOWED, byMobile("911000000000")
                .associated(AssociationInput.none().withChildren(List.of(ref("912000000003")), Option.of("OWNER"))));
        assertRefused(ErrorCode.CUSTOMER_NOT_REGISTERED, byMobile("911000000000")
                .associated(AssociationInput.none().withChildren(List.of(ref("919999999999")), Option.none())));
        assertRefused(ErrorCode.HIERARCHY_CHANGE_NOT_ALLOWED, byMobile("911000000000")
                .associated(AssociationInput.none().withChildren(List.of(ref("913000000000")), Option.none())));
    }

    @Test
    void overlongTextsAreTheItemsErrorsNotTheServers() {
        associated("911000000000", "OWNER", "tiny-co", Option.none());
        registered("912000000001");

        assertRefused(ErrorCode.CHILD_ROLE_NOT_ALLOWED, byMobile("911000000000")
                .associated(AssociationInput.none().withChildren(List.of(ref("912000000001")), Option.of("R".repeat(500)))));
        assertRefused(ErrorCode.INVALID_INPUT, byMobile("911000000000").withField("city", "c".repeat(1001)));
        assertRefused(ErrorCode.INVALID_SOURCE_ACCOUNT, byMobile("911000000000").withProfile(CustomerItem.ProfileInput.given(Option.none(),
                Option.none(), List.of(mobile("911000000000")), List.empty(), LinkedHashMap.empty(), Option.none(), Option.of("a".repeat(500)))));
    }

    @Test
    void warnsAboutATillThatIsNotTheOrgs91020() {
        registered("915905000000");

        assertThat(warningsOf(byMobile("915905000000").associatedWith("stranger.till")).toJavaList()).containsExactly(ErrorCode.TILL_INVALID);
        assertThat(warningsOf(byMobile("915905000000").associatedWith("demo.till")).isEmpty()).isTrue();
    }

    @Test
    void warnsAboutEveryTillAProfileOrTheItemNamesThatIsNotTheOrgs91020() {
        registered("915905000000");

        assertThat(warningsOf(byMobile("915905000000").withProfileAssociatedWith("stranger.till")).toJavaList())
                .containsExactly(ErrorCode.TILL_INVALID);
        assertThat(warningsOf(byMobile("915905000000").withProfileAssociatedWith("demo.till")).isEmpty()).isTrue();
        assertThat(warningsOf(byMobile("915905000000").withProfileAssociatedWith("stranger.till").associatedWith("other.till")).toJavaList())
                .containsExactly(ErrorCode.TILL_INVALID, ErrorCode.TILL_INVALID);
        assertThat(warningsOf(byMobile("915905000000").withProfileAssociatedWith("stranger.till").associatedWith("stranger.till")).toJavaList())
                .as("a till named twice is warned about once").containsExactly(ErrorCode.TILL_INVALID);
    }

    // Batches, dry runs and history.

    @Test
    void runsItemsInOrderEachSeeingTheEarlierOnesAndEachAllOrNothing() {
        Customer tom = registered("915905000000");

        List<Either<ItemFailure, ItemOutcome>> results = put(false,
                byMobile("915905000000").withExtendedField("city", "Pune"),
                byMobile("919999999999"),
                byMobile("915905000000").withExtendedField("fleet_size", "3").withField("shoe", "x"),
                byMobile("915905000000").withExtendedField("fleet_size", "4"));

        assertThat(results.map(Either::isRight).toJavaList()).containsExactly(true, false, false, true);
        assertThat(results.get(2).getLeft().customer()).contains(tom.id());
        assertThat(stored(tom).extendedFields().toJavaMap()).containsEntry("city", new FieldValue.Text("Pune")).containsEntry("fleet_size", new FieldValue.Whole(4));
    }

    @Test
    void aDryRunAnswersLikeTheRealRunAndKeepsNothing() {
        registered("915905000000");
        List<Object> before = everything();

        List<Either<ItemFailure, ItemOutcome>> dry = put(true, byMobile("915905000000").withExtendedField("city", "Pune"), byMobile("919999999999"));

        assertThat(everything()).isEqualTo(before);
        List<Either<ItemFailure, ItemOutcome>> real = put(false, byMobile("915905000000").withExtendedField("city", "Pune"), byMobile("919999999999"));
        assertThat(dry).isEqualTo(real);
    }

    @Test
    void recordsOneHistoryEntryPerChangedCustomerAndNoneForNoChange() {
        Customer owner = associated("911000000000", "OWNER", "tiny-co", Option.none());
        Customer driver = registered("912000000001");

        put(byMobile("912000000001").withExtendedField("city", "Pune")
                .associated(in("tiny", "DRIVER", "tiny-co").withParent(ParentChange.attach(ref("911000000000")))));
        put(byMobile("912000000001").withExtendedField("city", "Pune"));

        List<Change> changes = world.history().of(org.id(), driver.id(), 10, 0).items().map(RecordedChange::change);
        assertThat(changes.size()).isEqualTo(1);
        assertThat(changes.head().operation()).isEqualTo(Change.Operation.UPDATE_ASSOCIATION);
        assertThat(changes.head().actor()).isEqualTo("demo.till");
        assertThat(changes.head().changes().map(Change.FieldChange::path).toJavaList())
                .contains("/extendedFields/city", "/associationDetails/parentCustomer");
        assertThat(world.history().of(org.id(), owner.id(), 10, 0).total()).isZero();
    }

    @Test
    void aHistoryEntryHoldsOnlyTheMembersThatChangedNotWholeProfiles() {
        Customer tom = registered("915905000000");
        put(withChannels(byMobile("915905000000"), 0, 100));

        put(byMobile("915905000000").named("Ann", "Sawyer"));

        Change renamed = world.history().of(org.id(), tom.id(), 10, 0).items().head().change();
        assertThat(renamed.changes().map(change -> change.path() + ": " + change.before().map(FieldValue::text).getOrNull() + " -> "
                        + change.after().map(FieldValue::text).getOrNull())
                .toJavaList()).containsExactly("/profiles/INSTORE/firstName: Tom -> Ann", "/profiles/INSTORE/lastName: null -> Sawyer");
    }

    @Test
    void detachingKeepsRoleAndCompany() {
        Customer owner = associated("911000000000", "OWNER", "tiny-co", Option.none());
        Customer driver = associated("912000000001", "DRIVER", "tiny-co", Option.of(owner));

        put(byMobile("912000000001").associated(AssociationInput.none().withParent(ParentChange.detach())));

        Association association = stored(driver).association().get();
        assertThat(association.parent().isEmpty()).isTrue();
        assertThat(association.role()).isEqualTo(new RoleCode("DRIVER"));
    }
}
