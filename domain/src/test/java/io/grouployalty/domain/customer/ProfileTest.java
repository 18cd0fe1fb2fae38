package io.grouployalty.domain.customer;

import io.grouployalty.domain.card.CardStatus;
import io.grouployalty.domain.org.Source;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class ProfileTest {

    private static final Instant CREATED = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant LATER = Instant.parse("2026-02-01T00:00:00Z");
    private static final ProfileKey INSTORE = ProfileKey.of(Source.INSTORE);

    private static final Identifier MOBILE = new Identifier(IdentifierType.MOBILE, "915905000000");
    private static final Identifier EMAIL = new Identifier(IdentifierType.EMAIL, "tom@example.com");
    private static final Card CARD = new Card("card_7100", 10, "ACTIVE", CardStatus.ACTIVE);

    private final Profile tom = Profile.empty(INSTORE, CREATED, "demo.till").with(Option.of("Tom"), Option.of("Sawyer"),
            List.of(MOBILE, EMAIL), List.of(CARD), List.of(CommChannel.unflagged("email", "tom@example.com")),
            LinkedHashMap.of("gender", "MALE"));

    @Test
    void anEmptyProfileHoldsNothingAndWasCreatedAndModifiedByTheTillAtOnce() {
        Profile empty = Profile.empty(INSTORE, CREATED, "demo.till");

        assertThat(empty.firstName()).isEmpty();
        assertThat(empty.lastName()).isEmpty();
        assertThat(empty.identifiers()).isEmpty();
        assertThat(empty.cards()).isEmpty();
        assertThat(empty.channels()).isEmpty();
        assertThat(empty.fields()).isEmpty();
        assertThat(empty.createdOn()).isEqualTo(CREATED);
        assertThat(empty.createdBy()).isEqualTo("demo.till");
        assertThat(empty.modifiedOn()).isEqualTo(CREATED);
        assertThat(empty.modifiedBy()).isEqualTo("demo.till");
    }

    @Test
    void findsTheIdentifierOfEachTypeItHolds() {
        assertThat(tom.identifierOf(IdentifierType.MOBILE)).contains(MOBILE);
        assertThat(tom.identifierOf(IdentifierType.EMAIL)).contains(EMAIL);
        assertThat(tom.identifierOf(IdentifierType.WECHAT)).isEmpty();
    }

    @Test
    void holdsAnIdentifierOfTheSameTypeAndValue() {
        assertThat(tom.holds(new Identifier(IdentifierType.MOBILE, "915905000000"))).isTrue();
        assertThat(tom.holds(new Identifier(IdentifierType.MOBILE, "919905000000"))).isFalse();
        assertThat(tom.holds(new Identifier(IdentifierType.EXTERNAL_ID, "915905000000"))).isFalse();
    }

    @Test
    void holdsACardNumberWhenOneOfItsCardsHasIt() {
        assertThat(tom.holds(new Identifier(IdentifierType.CARDNUMBER, "card_7100"))).isTrue();
        assertThat(tom.holds(new Identifier(IdentifierType.CARDNUMBER, "card_7101"))).isFalse();
    }

    @Test
    void aCardNumberAmongTheIdentifiersButNotTheCardsIsNotHeld() {
        Profile onlyListed = Profile.empty(INSTORE, CREATED, "demo.till").with(Option.none(), Option.none(),
                List.of(new Identifier(IdentifierType.CARDNUMBER, "card_7100")), List.empty(), List.empty(), LinkedHashMap.empty());

        assertThat(onlyListed.holds(new Identifier(IdentifierType.CARDNUMBER, "card_7100"))).isFalse();
    }

    @Test
    void withReplacesTheContentAndKeepsTheKeyAndWhoCreatedAndModifiedIt() {
        Profile changed = tom.modified(LATER, "ops.till").with(Option.of("Ann"), Option.none(), List.of(EMAIL), List.empty(),
                List.empty(), LinkedHashMap.empty());

        assertThat(changed.firstName()).contains("Ann");
        assertThat(changed.lastName()).isEmpty();
        assertThat(changed.identifiers().toJavaList()).containsExactly(EMAIL);
        assertThat(changed.cards()).isEmpty();
        assertThat(changed.key()).isEqualTo(INSTORE);
        assertThat(changed.createdOn()).isEqualTo(CREATED);
        assertThat(changed.createdBy()).isEqualTo("demo.till");
        assertThat(changed.modifiedOn()).isEqualTo(LATER);
        assertThat(changed.modifiedBy()).isEqualTo("ops.till");
    }

    @Test
    void withLeavesTheProfileItStartedFromAsItWas() {
        tom.with(Option.of("Ann"), Option.none(), List.empty(), List.empty(), List.empty(), LinkedHashMap.empty());

        assertThat(tom.firstName()).contains("Tom");
        assertThat(tom.identifiers()).hasSize(2);
    }

    @Test
    void modifiedChangesOnlyWhoChangedItLastAndWhen() {
        Profile touched = tom.modified(LATER, "ops.till");

        assertThat(touched.modifiedOn()).isEqualTo(LATER);
        assertThat(touched.modifiedBy()).isEqualTo("ops.till");
        assertThat(touched.createdOn()).isEqualTo(CREATED);
        assertThat(touched.createdBy()).isEqualTo("demo.till");
        assertThat(touched.sameContentAs(tom)).isTrue();
        assertThat(touched).isNotEqualTo(tom);
    }

    @Test
    void aChangeOfAnyMemberIsAChangeOfContent() {
        List<Profile> changed = List.of(
                tom.with(Option.of("Thomas"), tom.lastName(), tom.identifiers(), tom.cards(), tom.channels(), tom.fields()),
                tom.with(tom.firstName(), Option.none(), tom.identifiers(), tom.cards(), tom.channels(), tom.fields()),
                tom.with(tom.firstName(), tom.lastName(), List.of(MOBILE), tom.cards(), tom.channels(), tom.fields()),
                tom.with(tom.firstName(), tom.lastName(), tom.identifiers(), List.of(new Card("card_7100", 10, "BLOCKED", CardStatus.INACTIVE)),
                        tom.channels(), tom.fields()),
                tom.with(tom.firstName(), tom.lastName(), tom.identifiers(), tom.cards(), tom.channels().map(channel ->
                        new CommChannel(channel.type(), channel.value(), true, false, false, channel.meta())), tom.fields()),
                tom.with(tom.firstName(), tom.lastName(), tom.identifiers(), tom.cards(), tom.channels(), tom.fields().put("city", "Pune")));

        assertThat(changed.map(profile -> profile.sameContentAs(tom)).toJavaList()).containsOnly(false).hasSize(6);
    }

    @Test
    void profilesOfAnotherSourceOrAccountNeverHaveTheSameContent() {
        Profile wechat = new Profile(ProfileKey.of(Source.WECHAT, "WECHAT-CM"), tom.firstName(), tom.lastName(), tom.identifiers(),
                tom.cards(), tom.channels(), tom.fields(), CREATED, "demo.till", CREATED, "demo.till");
        Profile otherAccount = new Profile(ProfileKey.of(Source.WECHAT, "WECHAT-HK"), tom.firstName(), tom.lastName(), tom.identifiers(),
                tom.cards(), tom.channels(), tom.fields(), CREATED, "demo.till", CREATED, "demo.till");

        assertThat(wechat.sameContentAs(tom)).isFalse();
        assertThat(wechat.sameContentAs(otherAccount)).isFalse();
    }

    @Test
    void needsAKeyACreationAndEveryContentMember() {
        assertThatNullPointerException().isThrownBy(() -> Profile.empty(null, CREATED, "demo.till"));
        assertThatNullPointerException().isThrownBy(() -> Profile.empty(INSTORE, null, "demo.till"));
        assertThatNullPointerException().isThrownBy(() -> Profile.empty(INSTORE, CREATED, null));
        assertThatNullPointerException().isThrownBy(() -> tom.with(null, Option.none(), List.empty(), List.empty(), List.empty(),
                LinkedHashMap.empty()));
    }
}
