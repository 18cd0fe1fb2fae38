package io.grouployalty.domain.customer.rules;

import io.grouployalty.domain.customer.CustomerItem;
import io.grouployalty.domain.customer.CustomerItem.AssociationInput;
import io.grouployalty.domain.customer.CustomerItem.ChannelInput;
import io.grouployalty.domain.customer.CustomerItem.CompanyInput;
import io.grouployalty.domain.customer.CustomerItem.CustomerRef;
import io.grouployalty.domain.customer.CustomerItem.EnrollmentInput;
import io.grouployalty.domain.customer.CustomerItem.FieldInput;
import io.grouployalty.domain.customer.CustomerItem.IdentifierInput;
import io.grouployalty.domain.customer.CustomerItem.ParentChange;
import io.grouployalty.domain.customer.CustomerItem.ProfileInput;
import io.grouployalty.domain.customer.LoyaltyType;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Option;

import java.util.function.UnaryOperator;

/** Items as a client sends them, one member at a time; profile members go to the last profile named. */
final class Items {

    private final List<ProfileInput> profiles;
    private final Map<String, FieldInput> extendedFields;
    private final Option<LoyaltyType> loyaltyType;
    private final List<EnrollmentInput> enrollments;
    private final Option<AssociationInput> association;
    private final Option<String> associatedWith;

    private Items(List<ProfileInput> profiles, Map<String, FieldInput> extendedFields, Option<LoyaltyType> loyaltyType,
                  List<EnrollmentInput> enrollments, Option<AssociationInput> association, Option<String> associatedWith) {
        this.profiles = profiles;
        this.extendedFields = extendedFields;
        this.loyaltyType = loyaltyType;
        this.enrollments = enrollments;
        this.association = association;
        this.associatedWith = associatedWith;
    }

    static Items anItem() {
        return new Items(List.empty(), LinkedHashMap.empty(), Option.none(), List.empty(), Option.none(), Option.none());
    }

    static IdentifierInput mobile(String value) {
        return IdentifierInput.of("mobile", value);
    }

    static IdentifierInput card(String number, String seriesCode, String label) {
        return IdentifierInput.given("cardnumber", number, Option.none(), Option.of(seriesCode), Option.of(label));
    }

    static IdentifierInput card(String number, String seriesCode) {
        return IdentifierInput.given("cardnumber", number, Option.none(), Option.of(seriesCode), Option.none());
    }

    /** A parent or child named by its mobile. */
    static CustomerRef ref(String mobile) {
        return new CustomerRef(List.of(ProfileInput.identifiedBy(mobile(mobile))));
    }

    static CustomerRef refNamed(String mobile, String firstName) {
        return new CustomerRef(List.of(ProfileInput.given(Option.of(firstName), Option.none(), List.of(mobile(mobile)), List.empty(),
                LinkedHashMap.empty(), Option.none(), Option.none())));
    }

    // Profiles.

    Items identifiedByMobile(String value) {
        return identifiedBy("mobile", value);
    }

    Items identifiedBy(String type, String value) {
        return withIdentifier(IdentifierInput.of(type, value));
    }

    Items withIdentifier(IdentifierInput identifier) {
        return inLastProfile(profile -> new ProfileInput(profile.firstName(), profile.lastName(), profile.identifiers().append(identifier),
                profile.channels(), profile.fields(), profile.choice(), profile.associatedWith()));
    }

    Items withCard(String number, String seriesCode, String label) {
        return withIdentifier(card(number, seriesCode, label));
    }

    Items withCard(String number, String seriesCode) {
        return withIdentifier(card(number, seriesCode));
    }

    Items withCardOfSeries(String number, long seriesId, String label) {
        return withIdentifier(IdentifierInput.given("cardnumber", number, Option.of(seriesId), Option.none(), Option.of(label)));
    }

    Items named(String firstName, String lastName) {
        return inLastProfile(profile -> new ProfileInput(Option.of(firstName), Option.of(lastName), profile.identifiers(),
                profile.channels(), profile.fields(), profile.choice(), profile.associatedWith()));
    }

    Items withChannel(String type, String value, boolean primary) {
        return withChannel(new ChannelInput(type, value, Option.of(primary), Option.none(), Option.none(), LinkedHashMap.empty()));
    }

    Items withChannel(ChannelInput channel) {
        return inLastProfile(profile -> new ProfileInput(profile.firstName(), profile.lastName(), profile.identifiers(),
                profile.channels().append(channel), profile.fields(), profile.choice(), profile.associatedWith()));
    }

    Items withField(String name, String value) {
        return inLastProfile(profile -> new ProfileInput(profile.firstName(), profile.lastName(), profile.identifiers(),
                profile.channels(), profile.fields().put(name, value), profile.choice(), profile.associatedWith()));
    }

    /** Another profile of the item, in the request's source and account. */
    Items andAProfile() {
        return new Items(profiles.append(blankProfile()), extendedFields, loyaltyType, enrollments, association, associatedWith);
    }

    /** Another profile of the item, in its own source and (when not null) account. */
    Items andAProfileIn(String source, String account) {
        return andAProfile().inLastProfile(profile -> ProfileInput.given(profile.firstName(), profile.lastName(), profile.identifiers(),
                profile.channels(), profile.fields(), Option.of(source), Option.of(account), profile.associatedWith()));
    }

    Items withProfileAssociatedWith(String till) {
        return inLastProfile(profile -> new ProfileInput(profile.firstName(), profile.lastName(), profile.identifiers(),
                profile.channels(), profile.fields(), profile.choice(), Option.of(till)));
    }

    // The customer.

    Items withExtendedField(String name, String value) {
        return withExtendedField(name, FieldInput.of(value));
    }

    Items withExtendedField(String name, FieldInput value) {
        return new Items(profiles, extendedFields.put(name, value), loyaltyType, enrollments, association, associatedWith);
    }

    Items withLoyaltyType(LoyaltyType type) {
        return new Items(profiles, extendedFields, Option.of(type), enrollments, association, associatedWith);
    }

    Items enrolledIn(long program, Integer tier, long points, String tierExpiry, String pointsExpiry) {
        return new Items(profiles, extendedFields, loyaltyType, enrollments.append(EnrollmentInput.given(program, Option.of(tier), points,
                Option.of(tierExpiry), Option.of(pointsExpiry))), association, associatedWith);
    }

    Items enrolledIn(long program, Integer tier, long points) {
        return new Items(profiles, extendedFields, loyaltyType, enrollments.append(EnrollmentInput.given(program, Option.of(tier), points,
                Option.none(), Option.none())), association, associatedWith);
    }

    Items enrolledIn(EnrollmentInput enrollment) {
        return new Items(profiles, extendedFields, loyaltyType, enrollments.append(enrollment), association, associatedWith);
    }

    Items associatedWith(String till) {
        return new Items(profiles, extendedFields, loyaltyType, enrollments, association, Option.of(till));
    }

    // The association.

    Items inFleet(String hierarchy, String role, String companyExternalId) {
        return inHierarchy(hierarchy).withRole(role).inCompany(companyExternalId);
    }

    Items inHierarchy(String code) {
        return associated(given -> new AssociationInput(Option.of(code), given.roleCode(), given.parent(), given.children(),
                given.childRoleCode(), given.fleetCompany()));
    }

    Items withRole(String code) {
        return associated(given -> new AssociationInput(given.hierarchyCode(), Option.of(code), given.parent(), given.children(),
                given.childRoleCode(), given.fleetCompany()));
    }

    Items inCompany(String externalId) {
        return inCompany(new CompanyInput(externalId, Option.none(), Option.none()));
    }

    /** A company that is created when nobody holds its externalId. */
    Items creatingCompany(String externalId, String name, String hierarchy) {
        return inCompany(new CompanyInput(externalId, Option.of(name), Option.of(hierarchy)));
    }

    private Items inCompany(CompanyInput company) {
        return associated(given -> new AssociationInput(given.hierarchyCode(), given.roleCode(), given.parent(), given.children(),
                given.childRoleCode(), Option.of(company)));
    }

    Items underParent(String mobile) {
        return underParent(ref(mobile));
    }

    Items underParent(CustomerRef parent) {
        return associated(given -> given.withParent(ParentChange.attach(parent)));
    }

    /** {@code "parentCustomer": null}. */
    Items detachedFromItsParent() {
        return associated(given -> given.withParent(ParentChange.detach()));
    }

    Items withChildren(String... mobiles) {
        return withChildren(List.of(mobiles).map(Items::ref));
    }

    Items withChildren(List<CustomerRef> children) {
        return associated(given -> given.withChildren(children, given.childRoleCode()));
    }

    Items withChildRole(String code) {
        return associated(given -> new AssociationInput(given.hierarchyCode(), given.roleCode(), given.parent(), given.children(),
                Option.of(code), given.fleetCompany()));
    }

    /** An association member that names nothing ({@code "associationDetails": {}}). */
    Items withAnEmptyAssociation() {
        return associated(given -> given);
    }

    CustomerItem build() {
        return new CustomerItem(profiles, extendedFields, loyaltyType, enrollments, association, associatedWith);
    }

    private Items associated(UnaryOperator<AssociationInput> change) {
        return new Items(profiles, extendedFields, loyaltyType, enrollments,
                Option.of(change.apply(association.getOrElse(AssociationInput.none()))), associatedWith);
    }

    private Items inLastProfile(UnaryOperator<ProfileInput> change) {
        List<ProfileInput> all = profiles.isEmpty() ? List.of(blankProfile()) : profiles;
        return new Items(all.update(all.size() - 1, change.apply(all.last())), extendedFields, loyaltyType, enrollments, association,
                associatedWith);
    }

    private static ProfileInput blankProfile() {
        return ProfileInput.given(Option.none(), Option.none(), List.empty(), List.empty(), LinkedHashMap.empty(), Option.none(), Option.none());
    }
}
