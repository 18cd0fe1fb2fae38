package io.grouployalty.domain.customer;

import io.grouployalty.domain.ErrorCode;
import io.grouployalty.domain.Rejection;
import io.grouployalty.domain.RequestDate;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One item of an update or associate batch, as the request gives it; the rules of API.md §3.3 judge it.
 * Absent members leave the stored values as they are.
 */
public record CustomerItem(List<ProfileInput> profiles, Map<String, FieldInput> extendedFields, Option<LoyaltyType> loyaltyType,
                           List<EnrollmentInput> enrollments, Option<AssociationInput> association, Option<String> associatedWith) {

    public CustomerItem {
        Objects.requireNonNull(profiles, "profiles");
        Objects.requireNonNull(extendedFields, "extendedFields");
        Objects.requireNonNull(loyaltyType, "loyaltyType");
        Objects.requireNonNull(enrollments, "enrollments");
        Objects.requireNonNull(association, "association");
        Objects.requireNonNull(associatedWith, "associatedWith");
    }

    /** The name of a list of this item (its own, its parent's or its children's) holding more than {@code max} elements. */
    public Option<String> listLongerThan(int max) {
        List<CustomerRef> children = association.flatMap(AssociationInput::children).getOrElse(List.empty());
        List<CustomerRef> others = association.flatMap(input -> input.parent().named()).toList().appendAll(children);
        List<ProfileInput> everyProfile = profiles.appendAll(others.flatMap(CustomerRef::profiles));
        return List.of(Tuple.of("childCustomers", children.size()), Tuple.of("loyaltyProgramEnrollments", enrollments.size()),
                        Tuple.of("profiles", profiles.size()))
                .appendAll(others.map(other -> Tuple.of("profiles", other.profiles().size())))
                .appendAll(everyProfile.flatMap(profile -> List.of(Tuple.of("identifiers", profile.identifiers().size()),
                        Tuple.of("commChannels", profile.channels().size()))))
                .find(list -> list._2 > max)
                .map(Tuple2::_1);
    }

    /** An identifier as given, read by its type's rules (or the rejection it earned), and for cards the series and status label. */
    public record IdentifierInput(Either<Rejection, Identifier> identifier, Option<Long> seriesId, Option<String> seriesCode,
                                  Option<String> statusLabel) {

        public IdentifierInput {
            Objects.requireNonNull(identifier, "identifier");
            Objects.requireNonNull(seriesId, "seriesId");
            Objects.requireNonNull(seriesCode, "seriesCode");
            Objects.requireNonNull(statusLabel, "statusLabel");
        }

        /** An identifier of the type written: an unknown type is 8013, a malformed value its type's error. */
        public static IdentifierInput given(String type, String value, Option<Long> seriesId, Option<String> seriesCode,
                                            Option<String> statusLabel) {
            Either<Rejection, Identifier> read = IdentifierType.parse(type)
                    .toEither(() -> Rejection.invalid(ErrorCode.INVALID_IDENTIFIER_NAME, type))
                    .flatMap(known -> Identifier.parse(known, value));
            return new IdentifierInput(read, seriesId, seriesCode, statusLabel);
        }

        public static IdentifierInput of(String type, String value) {
            return given(type, value, Option.none(), Option.none(), Option.none());
        }
    }

    /** An extended field's value as given: a JSON scalar as written, or a structure (object or array), which fits no type. */
    public sealed interface FieldInput {

        static FieldInput of(String text) {
            return new Scalar(text);
        }

        static FieldInput structure() {
            return new Structure();
        }

        /** The scalar's text; none for a structure. */
        Option<String> text();

        record Scalar(String written) implements FieldInput {

            public Scalar {
                Objects.requireNonNull(written, "written");
            }

            @Override
            public Option<String> text() {
                return Option.of(written);
            }
        }

        record Structure() implements FieldInput {
            @Override
            public Option<String> text() {
                return Option.none();
            }
        }
    }

    /** A communication channel as given; a flag or a meta member it omits is empty, and {@code meta} holds only those given. */
    public record ChannelInput(String type, String value, Option<Boolean> primary, Option<Boolean> verified, Option<Boolean> subscribed,
                               Map<String, Boolean> meta) {
    }

    /** A profile as given; without its own source and account it is the request's profile. */
    public record ProfileInput(Option<String> firstName, Option<String> lastName, List<IdentifierInput> identifiers,
                               List<ChannelInput> channels, Map<String, String> fields, Either<Rejection, ProfileChoice> choice,
                               Option<String> associatedWith) {

        public ProfileInput {
            Objects.requireNonNull(firstName, "firstName");
            Objects.requireNonNull(lastName, "lastName");
            Objects.requireNonNull(identifiers, "identifiers");
            Objects.requireNonNull(channels, "channels");
            Objects.requireNonNull(fields, "fields");
            Objects.requireNonNull(choice, "choice");
            Objects.requireNonNull(associatedWith, "associatedWith");
        }

        /** A profile with its source and account as written. */
        public static ProfileInput given(Option<String> firstName, Option<String> lastName, List<IdentifierInput> identifiers,
                                         List<ChannelInput> channels, Map<String, String> fields, Option<String> source,
                                         Option<String> accountId, Option<String> associatedWith) {
            return new ProfileInput(firstName, lastName, identifiers, channels, fields, ProfileChoice.read(source, accountId),
                    associatedWith);
        }

        public static ProfileInput given(Option<String> firstName, Option<String> lastName, List<IdentifierInput> identifiers,
                                         List<ChannelInput> channels, Map<String, String> fields, Option<String> source,
                                         Option<String> accountId) {
            return given(firstName, lastName, identifiers, channels, fields, source, accountId, Option.none());
        }

        public static ProfileInput identifiedBy(IdentifierInput... identifiers) {
            return new ProfileInput(Option.none(), Option.none(), List.of(identifiers), List.empty(),
                    io.vavr.collection.LinkedHashMap.empty(), Either.right(ProfileChoice.theRequests()), Option.none());
        }
    }

    /** An enrollment as given; an expiry date is a date (read in the org's zone when it has no offset) or the text that is none. */
    public record EnrollmentInput(long programId, Option<Integer> tierNumber, long points, Option<Either<String, RequestDate>> tierExpiryDate,
                                  Option<Either<String, RequestDate>> pointsExpiryDate) {

        public static EnrollmentInput given(long programId, Option<Integer> tierNumber, long points, Option<String> tierExpiryDate,
                                            Option<String> pointsExpiryDate) {
            return new EnrollmentInput(programId, tierNumber, points, tierExpiryDate.map(EnrollmentInput::date),
                    pointsExpiryDate.map(EnrollmentInput::date));
        }

        private static Either<String, RequestDate> date(String text) {
            return RequestDate.read(text).toEither(text);
        }
    }

    /**
     * Another customer named by the identifiers of its profiles, as a parent or a child; its extended fields are kept
     * only when the reference registers it.
     */
    public record CustomerRef(List<ProfileInput> profiles, Map<String, FieldInput> extendedFields) {

        public CustomerRef(List<ProfileInput> profiles) {
            this(profiles, io.vavr.collection.LinkedHashMap.empty());
        }
    }

    /** A company named by its externalId; with a name and a hierarchy it is created when it does not exist. */
    public record CompanyInput(String externalId, Option<String> name, Option<String> hierarchyDefinitionCode) {
    }

    /** What an item asks of the customer's parent: keep it (nothing said), detach ({@code "parentCustomer": null}), or attach. */
    public sealed interface ParentChange {

        static ParentChange keep() {
            return new Keep();
        }

        static ParentChange detach() {
            return new Detach();
        }

        static ParentChange attach(CustomerRef parent) {
            return new Attach(parent);
        }

        <T> T fold(Supplier<T> keep, Supplier<T> detach, Function<CustomerRef, T> attach);

        /** The parent this change names, if it attaches to one. */
        default Option<CustomerRef> named() {
            return fold(Option::none, Option::none, Option::of);
        }

        record Keep() implements ParentChange {
            @Override
            public <T> T fold(Supplier<T> keep, Supplier<T> detach, Function<CustomerRef, T> attach) {
                return keep.get();
            }
        }

        record Detach() implements ParentChange {
            @Override
            public <T> T fold(Supplier<T> keep, Supplier<T> detach, Function<CustomerRef, T> attach) {
                return detach.get();
            }
        }

        record Attach(CustomerRef parent) implements ParentChange {

            public Attach {
                Objects.requireNonNull(parent, "parent");
            }

            @Override
            public <T> T fold(Supplier<T> keep, Supplier<T> detach, Function<CustomerRef, T> attach) {
                return attach.apply(parent);
            }
        }
    }

    /** The association part. */
    public record AssociationInput(Option<String> hierarchyCode, Option<String> roleCode, ParentChange parent,
                                   Option<List<CustomerRef>> children, Option<String> childRoleCode,
                                   Option<CompanyInput> fleetCompany) {

        public static AssociationInput none() {
            return new AssociationInput(Option.none(), Option.none(), ParentChange.keep(), Option.none(), Option.none(), Option.none());
        }

        public AssociationInput in(String hierarchy, String role, String company) {
            return new AssociationInput(Option.of(hierarchy), Option.of(role), parent, children, childRoleCode,
                    Option.of(new CompanyInput(company, Option.none(), Option.none())));
        }

        public AssociationInput withParent(ParentChange newParent) {
            return new AssociationInput(hierarchyCode, roleCode, newParent, children, childRoleCode, fleetCompany);
        }

        public AssociationInput withChildren(List<CustomerRef> newChildren, Option<String> role) {
            return new AssociationInput(hierarchyCode, roleCode, parent, Option.of(newChildren), role, fleetCompany);
        }
    }
}
