package io.grouployalty.domain.customer;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Option;

import java.time.Instant;
import java.util.Objects;
import java.util.function.Function;

/** One entry of a customer's change history: who changed what, when, under which request. */
public record Change(CustomerId customer, Instant at, String requestId, String actor, Operation operation, List<FieldChange> changes) {

    public Change {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(changes, "changes");
    }

    public enum Operation {
        ASSOCIATE, UPDATE_ASSOCIATION
    }

    /** One changed member, by its path in the customer's JSON, with its values before and after: typed for an extended field, else text. */
    public record FieldChange(String path, Option<FieldValue> before, Option<FieldValue> after) {
    }

    /**
     * The members that differ between two states of a customer, each with its own values before and after: a name, an
     * identifier, a card, a channel, a field, an enrollment; never a whole profile, so an entry is as large as the change.
     */
    public static List<FieldChange> between(Customer before, Customer after) {
        List<FieldChange> changes = after.profiles().map(Profile::key).appendAll(before.profiles().map(Profile::key)).distinct()
                .flatMap(key -> profile(key, before.profile(key), after.profile(key)));
        changes = changes.appendAll(keyed(before.extendedFields(), after.extendedFields(), name -> "/extendedFields/" + segment(name)));
        changes = changes.appendAll(texts("/loyaltyInfo/loyaltyType",
                Option.of(before.loyaltyType().spelling()), Option.of(after.loyaltyType().spelling())));
        changes = changes.appendAll(keyed(enrollments(before), enrollments(after), program -> "/loyaltyProgramEnrollments/" + program));
        changes = changes.appendAll(texts("/associationDetails/roleCode",
                before.association().map(a -> a.role().value()), after.association().map(a -> a.role().value())));
        changes = changes.appendAll(texts("/associationDetails/fleetCompany",
                before.association().map(a -> a.company().toString()), after.association().map(a -> a.company().toString())));
        changes = changes.appendAll(texts("/associationDetails/hierarchyCode",
                before.association().map(a -> a.hierarchy().value()), after.association().map(a -> a.hierarchy().value())));
        return changes.appendAll(texts("/associationDetails/parentCustomer",
                before.parent().map(CustomerId::toString), after.parent().map(CustomerId::toString)));
    }

    private static List<FieldChange> profile(ProfileKey key, Option<Profile> before, Option<Profile> after) {
        String at = "/profiles/" + segment(key.source() + key.account().map(account -> ":" + account.value()).getOrElse(""));
        return texts(at + "/firstName", before.flatMap(Profile::firstName), after.flatMap(Profile::firstName))
                .appendAll(texts(at + "/lastName", before.flatMap(Profile::lastName), after.flatMap(Profile::lastName)))
                .appendAll(keyed(identifiers(before), identifiers(after), type -> at + "/identifiers/" + type))
                .appendAll(keyed(cards(before), cards(after), number -> at + "/cards"))
                .appendAll(keyed(channels(before), channels(after), channel -> at + "/commChannels/" + channel._1))
                .appendAll(keyed(fields(before), fields(after), name -> at + "/fields/" + segment(name)));
    }

    /** One change for each key whose value differs between the two maps, at the path {@code path} gives the key. */
    private static <K> List<FieldChange> keyed(Map<K, ? extends FieldValue> before, Map<K, ? extends FieldValue> after, Function<K, String> path) {
        return after.keySet().toList().appendAll(before.keySet().toList().filter(key -> !after.containsKey(key)))
                .flatMap(key -> differ(path.apply(key), Option.narrow(before.get(key)), Option.narrow(after.get(key))));
    }

    private static List<FieldChange> texts(String path, Option<String> before, Option<String> after) {
        return differ(path, before.map(FieldValue.Text::new), after.map(FieldValue.Text::new));
    }

    private static List<FieldChange> differ(String path, Option<FieldValue> before, Option<FieldValue> after) {
        return before.equals(after) ? List.empty() : List.of(new FieldChange(path, before, after));
    }

    private static Map<String, FieldValue.Text> fields(Option<Profile> profile) {
        return profile.map(Profile::fields).getOrElse(LinkedHashMap.empty()).mapValues(FieldValue.Text::new);
    }

    private static Map<String, FieldValue.Text> identifiers(Option<Profile> profile) {
        return LinkedHashMap.ofEntries(profile.map(Profile::identifiers).getOrElse(List.empty())
                .map(identifier -> Tuple.of(identifier.type().spelling(), new FieldValue.Text(identifier.value()))));
    }

    private static Map<String, FieldValue.Text> cards(Option<Profile> profile) {
        return LinkedHashMap.ofEntries(profile.map(Profile::cards).getOrElse(List.empty())
                .map(card -> Tuple.of(card.number(),
                        new FieldValue.Text(card.number() + " (series " + card.seriesId() + ", " + card.statusLabel() + ")"))));
    }

    /** Channels by type and value, each described by its value and the flags it has. */
    private static Map<Tuple2<String, String>, FieldValue.Text> channels(Option<Profile> profile) {
        return LinkedHashMap.ofEntries(profile.map(Profile::channels).getOrElse(List.empty()).map(channel -> {
            List<String> flags = List.of("primary", "verified", "subscribed").zip(List.of(channel.primary(), channel.verified(), channel.subscribed()))
                    .appendAll(channel.meta().toList())
                    .filter(flag -> flag._2).map(flag -> flag._1);
            return Tuple.of(Tuple.of(channel.type(), channel.value()),
                    new FieldValue.Text(channel.value() + (flags.isEmpty() ? "" : " (" + flags.mkString(", ") + ")")));
        }));
    }

    private static Map<String, FieldValue.Text> enrollments(Customer customer) {
        return LinkedHashMap.ofEntries(customer.enrollments().map(enrollment -> Tuple.of(enrollment.program().toString(),
                new FieldValue.Text("tier " + enrollment.tierNumber() + ", " + enrollment.points() + " points"))));
    }

    /** A key as one segment of a JSON Pointer (RFC 6901). */
    private static String segment(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
