package io.grouployalty.domain.customer;

import io.vavr.collection.List;
import io.vavr.control.Option;

import java.time.Instant;
import java.util.Objects;

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

    /** One changed member, by its path in the customer's JSON, with the values before and after as text. */
    public record FieldChange(String path, Option<String> before, Option<String> after) {
    }

    /** The members that differ between two states of a customer. */
    public static List<FieldChange> between(Customer before, Customer after) {
        List<FieldChange> changes = List.empty();
        changes = changes.appendAll(differ("/profiles", before.profiles().map(Change::describe).mkString("; "),
                after.profiles().map(Change::describe).mkString("; ")));
        for (String name : before.extendedFields().keySet().addAll(after.extendedFields().keySet()).toSortedSet()) {
            changes = changes.appendAll(differ("/extendedFields/" + name, before.extendedFields().get(name), after.extendedFields().get(name)));
        }
        changes = changes.appendAll(differ("/loyaltyInfo/loyaltyType", before.loyaltyType().spelling(), after.loyaltyType().spelling()));
        changes = changes.appendAll(differ("/loyaltyProgramEnrollments", before.enrollments().map(Change::describe).mkString("; "),
                after.enrollments().map(Change::describe).mkString("; ")));
        changes = changes.appendAll(differ("/associationDetails/roleCode",
                before.association().map(a -> a.role().value()), after.association().map(a -> a.role().value())));
        changes = changes.appendAll(differ("/associationDetails/fleetCompany",
                before.association().map(a -> a.company().toString()), after.association().map(a -> a.company().toString())));
        changes = changes.appendAll(differ("/associationDetails/hierarchyCode",
                before.association().map(a -> a.hierarchy().value()), after.association().map(a -> a.hierarchy().value())));
        return changes.appendAll(differ("/associationDetails/parentCustomer",
                before.parent().map(CustomerId::toString), after.parent().map(CustomerId::toString)));
    }

    private static List<FieldChange> differ(String path, String before, String after) {
        return differ(path, Option.of(before).filter(text -> !text.isEmpty()), Option.of(after).filter(text -> !text.isEmpty()));
    }

    private static List<FieldChange> differ(String path, Option<String> before, Option<String> after) {
        return before.equals(after) ? List.empty() : List.of(new FieldChange(path, before, after));
    }

    private static String describe(Profile profile) {
        return profile.key().source() + profile.key().account().map(account -> "/" + account).getOrElse("")
                + " " + profile.firstName().getOrElse("") + " " + profile.lastName().getOrElse("")
                + " " + profile.identifiers().map(Identifier::toString).mkString(",")
                + " " + profile.cards().map(card -> card.number() + ":" + card.status()).mkString(",")
                + " " + profile.channels().map(channel -> channel.type() + ":" + channel.value() + (channel.primary() ? "*" : "")).mkString(",")
                + " " + profile.fields().toList().map(field -> field._1 + "=" + field._2).mkString(",");
    }

    private static String describe(Enrollment enrollment) {
        return enrollment.program() + ":" + enrollment.tierNumber() + ":" + enrollment.points();
    }
}
