package io.grouployalty.adapters.jdbc.customer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.grouployalty.domain.card.CardStatus;
import io.grouployalty.domain.customer.Card;
import io.grouployalty.domain.customer.CommChannel;
import io.grouployalty.domain.customer.Customer;
import io.grouployalty.domain.customer.Enrollment;
import io.grouployalty.domain.customer.FieldValue;
import io.grouployalty.domain.customer.Identifier;
import io.grouployalty.domain.customer.IdentifierType;
import io.grouployalty.domain.customer.Profile;
import io.grouployalty.domain.customer.ProfileKey;
import io.grouployalty.domain.org.AccountId;
import io.grouployalty.domain.org.Source;
import io.grouployalty.domain.program.ProgramId;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.control.Option;

import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Map;

/** The part of a customer kept as one JSON document: profiles, extended fields and enrollments. */
record CustomerDocument(java.util.List<ProfileJson> profiles, Map<String, JsonNode> extendedFields, java.util.List<EnrollmentJson> enrollments) {

    private static final ObjectMapper JSON = new ObjectMapper();

    record ProfileJson(String source, String accountId, String firstName, String lastName, java.util.List<IdentifierJson> identifiers,
                       java.util.List<CardJson> cards, java.util.List<ChannelJson> channels, Map<String, String> fields,
                       String createdOn, String createdBy, String modifiedOn, String modifiedBy) {
    }

    record IdentifierJson(String type, String value) {
    }

    record CardJson(String number, long seriesId, String statusLabel, String status) {
    }

    record ChannelJson(String type, String value, boolean primary, boolean verified, boolean subscribed, Map<String, Boolean> meta) {
    }

    record EnrollmentJson(long programId, int tierNumber, long points, String tierExpiry, String pointsExpiry, String enrolledOn) {
    }

    static String write(Customer customer) {
        CustomerDocument document = new CustomerDocument(customer.profiles().map(CustomerDocument::profile).toJavaList(),
                customer.extendedFields().toJavaMap(java.util.LinkedHashMap::new, entry -> entry.map2(StoredValues::json)),
                customer.enrollments().map(CustomerDocument::enrollment).toJavaList());
        try {
            return JSON.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a customer document could not be written", e);
        }
    }

    static CustomerDocument read(String json) {
        try {
            return JSON.readValue(json, CustomerDocument.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Profile> toProfiles() {
        return List.ofAll(profiles).map(CustomerDocument::toProfile);
    }

    LinkedHashMap<String, FieldValue> toExtendedFields() {
        return LinkedHashMap.ofAll(extendedFields).mapValues(StoredValues::value);
    }

    List<Enrollment> toEnrollments() {
        return List.ofAll(enrollments).map(json -> new Enrollment(new ProgramId(json.programId()), json.tierNumber(), json.points(),
                instant(json.tierExpiry()), instant(json.pointsExpiry()), Instant.parse(json.enrolledOn())));
    }

    private static ProfileJson profile(Profile profile) {
        return new ProfileJson(profile.key().source().name(), profile.key().account().map(AccountId::value).getOrNull(),
                profile.firstName().getOrNull(), profile.lastName().getOrNull(),
                profile.identifiers().map(identifier -> new IdentifierJson(identifier.type().name(), identifier.value())).toJavaList(),
                profile.cards().map(card -> new CardJson(card.number(), card.seriesId(), card.statusLabel(), card.status().name())).toJavaList(),
                profile.channels().map(channel -> new ChannelJson(channel.type(), channel.value(), channel.primary(), channel.verified(),
                        channel.subscribed(), channel.meta().toJavaMap(java.util.LinkedHashMap::new, entry -> entry))).toJavaList(),
                profile.fields().toJavaMap(java.util.LinkedHashMap::new, entry -> entry),
                profile.createdOn().toString(), profile.createdBy(), profile.modifiedOn().toString(), profile.modifiedBy());
    }

    private static Profile toProfile(ProfileJson json) {
        return new Profile(new ProfileKey(Source.valueOf(json.source()), Option.of(json.accountId()).map(AccountId::new)),
                Option.of(json.firstName()), Option.of(json.lastName()),
                List.ofAll(json.identifiers()).map(id -> new Identifier(IdentifierType.valueOf(id.type()), id.value())),
                List.ofAll(json.cards()).map(card -> new Card(card.number(), card.seriesId(), card.statusLabel(), CardStatus.valueOf(card.status()))),
                List.ofAll(json.channels()).map(channel -> new CommChannel(channel.type(), channel.value(), channel.primary(),
                        channel.verified(), channel.subscribed(), LinkedHashMap.ofAll(channel.meta()))),
                LinkedHashMap.ofAll(json.fields()), Instant.parse(json.createdOn()), json.createdBy(),
                Instant.parse(json.modifiedOn()), json.modifiedBy());
    }

    private static EnrollmentJson enrollment(Enrollment enrollment) {
        return new EnrollmentJson(enrollment.program().value(), enrollment.tierNumber(), enrollment.points(),
                enrollment.tierExpiry().map(Instant::toString).getOrNull(), enrollment.pointsExpiry().map(Instant::toString).getOrNull(),
                enrollment.enrolledOn().toString());
    }

    private static Option<Instant> instant(String text) {
        return Option.of(text).map(Instant::parse);
    }
}
