package io.grouployalty.domain.customer;

import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Option;

import java.time.Instant;
import java.util.Objects;

/** A customer of an org: profiles per source, extended fields, loyalty type, enrollments and association. */
public record Customer(CustomerId id, List<Profile> profiles, Map<String, FieldValue> extendedFields, LoyaltyType loyaltyType,
                       List<Enrollment> enrollments, Option<Association> association, Instant createdOn, Instant updatedOn) {

    public Customer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(profiles, "profiles");
        Objects.requireNonNull(extendedFields, "extendedFields");
        Objects.requireNonNull(loyaltyType, "loyaltyType");
        Objects.requireNonNull(enrollments, "enrollments");
        Objects.requireNonNull(association, "association");
        Objects.requireNonNull(createdOn, "createdOn");
        Objects.requireNonNull(updatedOn, "updatedOn");
    }

    /** A customer being registered: no profiles, fields, enrollments or association yet. */
    public static Customer registered(CustomerId id, LoyaltyType type, Instant now) {
        return new Customer(id, List.empty(), io.vavr.collection.LinkedHashMap.empty(), type, List.empty(), Option.none(), now, now);
    }

    public Option<Profile> profile(ProfileKey key) {
        return profiles.find(profile -> profile.key().equals(key));
    }

    public Option<CustomerId> parent() {
        return association.flatMap(Association::parent);
    }

    /** The customer as stored at {@code now}, when something stored changed. */
    public Customer updatedAt(Instant now) {
        return new Customer(id, profiles, extendedFields, loyaltyType, enrollments, association, createdOn, now);
    }

    public List<Card> cards() {
        return profiles.flatMap(Profile::cards);
    }

    public Customer withProfile(Profile profile) {
        return new Customer(id, profile(profile.key()).isDefined()
                ? profiles.map(each -> each.key().equals(profile.key()) ? profile : each)
                : profiles.append(profile), extendedFields, loyaltyType, enrollments, association, createdOn, updatedOn);
    }

    public Customer withExtendedFields(Map<String, FieldValue> fields) {
        return new Customer(id, profiles, fields, loyaltyType, enrollments, association, createdOn, updatedOn);
    }

    public Customer withLoyaltyType(LoyaltyType type) {
        return new Customer(id, profiles, extendedFields, type, enrollments, association, createdOn, updatedOn);
    }

    public Customer withEnrollments(List<Enrollment> all) {
        return new Customer(id, profiles, extendedFields, loyaltyType, all, association, createdOn, updatedOn);
    }

    public Customer withAssociation(Association newAssociation) {
        return new Customer(id, profiles, extendedFields, loyaltyType, enrollments, Option.of(newAssociation), createdOn, updatedOn);
    }

    /** True when anything stored differs, who touched a profile last and when aside. */
    public boolean differsFrom(Customer before) {
        return !extendedFields.equals(before.extendedFields) || loyaltyType != before.loyaltyType
                || !enrollments.equals(before.enrollments) || !association.equals(before.association)
                || profiles.size() != before.profiles.size()
                || !profiles.zip(before.profiles).forAll(pair -> pair._1.sameContentAs(pair._2));
    }
}
