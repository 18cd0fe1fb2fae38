package io.grouployalty.domain.customer;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Option;

import java.time.Instant;
import java.util.Objects;

/** What one source (and account) knows of a customer. */
public record Profile(ProfileKey key, Option<String> firstName, Option<String> lastName, List<Identifier> identifiers,
                      List<Card> cards, List<CommChannel> channels, Map<String, String> fields, Instant createdOn,
                      String createdBy, Instant modifiedOn, String modifiedBy) {

    public Profile {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(firstName, "firstName");
        Objects.requireNonNull(lastName, "lastName");
        Objects.requireNonNull(identifiers, "identifiers");
        Objects.requireNonNull(cards, "cards");
        Objects.requireNonNull(channels, "channels");
        Objects.requireNonNull(fields, "fields");
        Objects.requireNonNull(createdOn, "createdOn");
        Objects.requireNonNull(createdBy, "createdBy");
    }

    public static Profile empty(ProfileKey key, Instant now, String till) {
        return new Profile(key, Option.none(), Option.none(), List.empty(), List.empty(), List.empty(), LinkedHashMap.empty(),
                now, till, now, till);
    }

    public Option<Identifier> identifierOf(IdentifierType type) {
        return identifiers.find(identifier -> identifier.type() == type);
    }

    public boolean holds(Identifier identifier) {
        return identifier.type() == IdentifierType.CARDNUMBER
                ? cards.exists(card -> card.number().equals(identifier.value()))
                : identifiers.contains(identifier);
    }

    public Profile with(Option<String> first, Option<String> last, List<Identifier> ids, List<Card> newCards,
                        List<CommChannel> newChannels, Map<String, String> newFields) {
        return new Profile(key, first, last, ids, newCards, newChannels, newFields, createdOn, createdBy, modifiedOn, modifiedBy);
    }

    public Profile modified(Instant when, String till) {
        return new Profile(key, firstName, lastName, identifiers, cards, channels, fields, createdOn, createdBy, when, till);
    }

    /** The same profile but for who changed it last and when: a change of content leaves those two aside. */
    public boolean sameContentAs(Profile other) {
        return key.equals(other.key) && firstName.equals(other.firstName) && lastName.equals(other.lastName)
                && identifiers.equals(other.identifiers) && cards.equals(other.cards) && channels.equals(other.channels)
                && fields.equals(other.fields);
    }
}
