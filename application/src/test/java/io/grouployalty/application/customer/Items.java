package io.grouployalty.application.customer;

import io.grouployalty.domain.customer.CustomerItem;
import io.grouployalty.domain.customer.Identifier;
import io.grouployalty.domain.customer.IdentifierType;
import io.grouployalty.domain.customer.CustomerItem.AssociationInput;
import io.grouployalty.domain.customer.CustomerItem.ChannelInput;
import io.grouployalty.domain.customer.CustomerItem.CustomerRef;
import io.grouployalty.domain.customer.CustomerItem.EnrollmentInput;
import io.grouployalty.domain.customer.CustomerItem.IdentifierInput;
import io.grouployalty.domain.customer.CustomerItem.ProfileInput;
import io.grouployalty.domain.customer.LoyaltyType;
import io.grouployalty.domain.org.Source;
import io.vavr.collection.HashMap;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Option;

/** Items as a vendor client would send them, built one member at a time. */
final class Items {

    private final List<ProfileInput> profiles;
    private final Map<String, CustomerItem.FieldInput> extendedFields;
    private final Option<LoyaltyType> loyaltyType;
    private final List<EnrollmentInput> enrollments;
    private final Option<AssociationInput> association;
    private final Option<String> associatedWith;

    private Items(List<ProfileInput> profiles, Map<String, CustomerItem.FieldInput> extendedFields, Option<LoyaltyType> loyaltyType,
                  List<EnrollmentInput> enrollments, Option<AssociationInput> association, Option<String> associatedWith) {
        this.profiles = profiles;
        this.extendedFields = extendedFields;
        this.loyaltyType = loyaltyType;
        this.enrollments = enrollments;
        this.association = association;
        this.associatedWith = associatedWith;
    }

    static Items identifiedBy(IdentifierInput... identifiers) {
        return new Items(List.of(ProfileInput.identifiedBy(identifiers)), LinkedHashMap.empty(), Option.none(), List.empty(),
                Option.none(), Option.none());
    }

    static Items byMobile(String mobile) {
        return identifiedBy(mobile(mobile));
    }

    static IdentifierInput mobile(String value) {
        return IdentifierInput.of("mobile", value);
    }

    static IdentifierInput identifier(String type, String value) {
        return IdentifierInput.of(type, value);
    }

    static Identifier email(String value) {
        return Identifier.parse(IdentifierType.EMAIL, value).get();
    }

    static IdentifierInput card(String number, String seriesCode, String label) {
        return IdentifierInput.given("cardnumber", number, Option.none(), Option.of(seriesCode), Option.of(label));
    }

    static IdentifierInput card(String number, String seriesCode) {
        return IdentifierInput.given("cardnumber", number, Option.none(), Option.of(seriesCode), Option.none());
    }

    static CustomerRef ref(String mobile) {
        return new CustomerRef(List.of(ProfileInput.identifiedBy(mobile(mobile))));
    }

    Items withProfile(ProfileInput profile) {
        return new Items(profiles.append(profile), extendedFields, loyaltyType, enrollments, association, associatedWith);
    }

    Items withIdentifier(IdentifierInput identifier) {
        ProfileInput first = profiles.head();
        ProfileInput changed = new ProfileInput(first.firstName(), first.lastName(), first.identifiers().append(identifier),
                first.channels(), first.fields(), first.choice(), Option.none());
        return new Items(profiles.update(0, changed), extendedFields, loyaltyType, enrollments, association, associatedWith);
    }

    Items named(String firstName, String lastName) {
        ProfileInput first = profiles.head();
        ProfileInput changed = new ProfileInput(Option.of(firstName), Option.of(lastName), first.identifiers(), first.channels(),
                first.fields(), first.choice(), Option.none());
        return new Items(profiles.update(0, changed), extendedFields, loyaltyType, enrollments, association, associatedWith);
    }

    Items withChannel(String type, String value, boolean primary) {
        ProfileInput first = profiles.head();
        ProfileInput changed = new ProfileInput(first.firstName(), first.lastName(), first.identifiers(),
                first.channels().append(new ChannelInput(type, value, Option.of(primary), Option.of(true), Option.of(true),
                        HashMap.of("residence", false, "office", true))),
                first.fields(), first.choice(), Option.none());
        return new Items(profiles.update(0, changed), extendedFields, loyaltyType, enrollments, association, associatedWith);
    }

    Items withChannel(ChannelInput channel) {
        ProfileInput first = profiles.head();
        ProfileInput changed = new ProfileInput(first.firstName(), first.lastName(), first.identifiers(), first.channels().append(channel),
                first.fields(), first.choice(), Option.none());
        return new Items(profiles.update(0, changed), extendedFields, loyaltyType, enrollments, association, associatedWith);
    }

    Items withField(String name, String value) {
        ProfileInput first = profiles.head();
        ProfileInput changed = new ProfileInput(first.firstName(), first.lastName(), first.identifiers(), first.channels(),
                first.fields().put(name, value), first.choice(), Option.none());
        return new Items(profiles.update(0, changed), extendedFields, loyaltyType, enrollments, association, associatedWith);
    }

    Items inSource(Source source, String account) {
        ProfileInput first = profiles.head();
        ProfileInput changed = ProfileInput.given(first.firstName(), first.lastName(), first.identifiers(), first.channels(),
                first.fields(), Option.of(source.name()), Option.of(account));
        return new Items(profiles.update(0, changed), extendedFields, loyaltyType, enrollments, association, associatedWith);
    }

    Items withExtendedField(String name, String value) {
        return new Items(profiles, extendedFields.put(name, CustomerItem.FieldInput.of(value)), loyaltyType, enrollments, association, associatedWith);
    }

    Items withLoyaltyType(LoyaltyType type) {
        return new Items(profiles, extendedFields, Option.of(type), enrollments, association, associatedWith);
    }

    Items enrolledIn(long program, Integer tier, String tierExpiry) {
        return enrolledIn(program, tier, 100, tierExpiry);
    }

    Items enrolledIn(long program, Integer tier, long points, String tierExpiry) {
        return new Items(profiles, extendedFields, loyaltyType,
                enrollments.append(EnrollmentInput.given(program, Option.of(tier), points, Option.of(tierExpiry), Option.none())),
                association, associatedWith);
    }

    Items associated(AssociationInput details) {
        return new Items(profiles, extendedFields, loyaltyType, enrollments, Option.of(details), associatedWith);
    }

    Items withProfileAssociatedWith(String till) {
        ProfileInput first = profiles.head();
        ProfileInput changed = new ProfileInput(first.firstName(), first.lastName(), first.identifiers(), first.channels(), first.fields(),
                first.choice(), Option.of(till));
        return new Items(profiles.update(0, changed), extendedFields, loyaltyType, enrollments, association, associatedWith);
    }

    Items associatedWith(String till) {
        return new Items(profiles, extendedFields, loyaltyType, enrollments, association, Option.of(till));
    }

    CustomerItem build() {
        return new CustomerItem(profiles, extendedFields, loyaltyType, enrollments, association, associatedWith);
    }
}
