package io.grouployalty.adapters.rest.customer;

import io.grouployalty.adapters.rest.customer.ChannelRequest.MetaRequest;
import io.grouployalty.adapters.rest.json.Listed;
import io.grouployalty.adapters.rest.json.Nested;
import io.grouployalty.adapters.rest.json.Readings;
import io.grouployalty.adapters.rest.json.Scalar;
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
import io.vavr.Tuple;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;

import java.util.function.Function;

import static io.grouployalty.adapters.rest.json.Readings.after;
import static io.grouployalty.adapters.rest.json.Readings.flat;
import static io.grouployalty.adapters.rest.json.Readings.problem;
import static io.grouployalty.adapters.rest.json.Readings.valueOf;
import static io.vavr.control.Validation.combine;

/**
 * Maps the items of {@code /v2/customers/bulk} to the domain's items with every variant the vendor documents (API.md §3.3):
 * nested or flat association members, loyalty type spellings and places, string booleans; every problem is collected.
 */
final class CustomerRequests {

    private static final List<String> CHANNEL_TYPES = List.of("email", "mobile", "wechat", "ios", "android", "line", "mobilePush", "whatsapp",
            "postmail", "viber");

    private CustomerRequests() {
    }

    /** The batch's items, or every problem of every item. */
    static Validation<Seq<String>, List<CustomerItem>> items(List<Nested<ItemRequest>> elements) {
        return Readings.each(elements, (element, index) -> element.given()
                .map(item -> item(item, "[" + index + "]"))
                .getOrElse(() -> problem("[" + index + "]", "must be an object")));
    }

    /** Association members inside {@code associationDetails} when it is an object, else those at the item's top level. */
    private static Validation<Seq<String>, CustomerItem> item(ItemRequest item, String path) {
        Validation<Seq<String>, Option<AssociationRequest>> details = item.associationDetails().object(path + ".associationDetails");
        Validation<Seq<String>, Option<LoyaltyType>> loyaltyType = loyaltyType(item, path);
        Validation<Seq<String>, Option<String>> createDate = item.createDate().acceptedDate(path + ".createDate");
        Option<AssociationRequest> nested = valueOf(details);
        AssociationRequest members = nested.getOrElse(item::topLevelAssociation);
        Validation<Seq<String>, Option<AssociationInput>> association = nested.isDefined() || members.namesAny()
                ? association(members, path).map(Option::of) : Readings.none();
        return flat(combine(details, loyaltyType, createDate, profiles(item.profiles(), path), extendedFields(item.extendedFields(), path),
                enrollments(item, path), association, item.associatedWith().text(path + ".associatedWith"))
                .ap((nestedMembers, type, date, profiles, fields, enrollments, associates, till) -> new CustomerItem(profiles, fields, type,
                        enrollments, associates, till)));
    }

    /** Inside {@code loyaltyInfo} first, else at the item's top level; one that names no type is reported at {@code .loyaltyType}. */
    private static Validation<Seq<String>, Option<LoyaltyType>> loyaltyType(ItemRequest item, String path) {
        Validation<Seq<String>, Option<String>> inInfo = item.loyaltyInfo().read(path + ".loyaltyInfo",
                info -> info.loyaltyType().text(path + ".loyaltyInfo.loyaltyType"), Option.none());
        Validation<Seq<String>, Option<String>> topLevel = valueOf(inInfo).isDefined() ? Readings.none() : item.loyaltyType().text(path + ".loyaltyType");
        Validation<Seq<String>, Option<LoyaltyType>> known = valueOf(inInfo).orElse(valueOf(topLevel))
                .map(raw -> LoyaltyType.parse(raw).map(Readings::given)
                        .getOrElse(() -> problem(path + ".loyaltyType", "'" + raw + "' is not loyalty or non_loyalty")))
                .getOrElse(Readings::none);
        return flat(combine(inInfo, topLevel, known).ap((info, top, type) -> type));
    }

    private static Validation<Seq<String>, List<ProfileInput>> profiles(Listed<ProfileRequest> profiles, String path) {
        return profiles.each(path + ".profiles", (profile, index) -> profile(profile, path + ".profiles[" + index + "]"));
    }

    private static Validation<Seq<String>, ProfileInput> profile(ProfileRequest profile, String at) {
        return after(profile.createDate().acceptedDate(at + ".createDate"), flat(combine(profile.firstName().text(at + ".firstName"),
                profile.lastName().text(at + ".lastName"), identifiers(profile, at), channels(profile, at), fields(profile.fields(), at + ".fields"),
                profile.source().text(at + ".source"), profile.accountId().text(at + ".accountId"),
                profile.associatedWith().text(at + ".associatedWith"))
                .ap(ProfileInput::given)));
    }

    private static Validation<Seq<String>, List<IdentifierInput>> identifiers(ProfileRequest profile, String path) {
        return profile.identifiers().each(path + ".identifiers", (identifier, index) -> {
            String at = path + ".identifiers[" + index + "]";
            return after(identifier.lastViewedDate().acceptedDate(at + ".lastViewedDate"), flat(combine(identifier.type().text(at + ".type"),
                    identifier.value().text(at + ".value"), identifier.seriesId().integer(at + ".seriesId"),
                    identifier.seriesCode().text(at + ".seriesCode"), identifier.statusLabel().text(at + ".statusLabel"))
                    .ap((type, value, seriesId, seriesCode, statusLabel) -> IdentifierInput.given(type.getOrElse(""), value.getOrElse(""), seriesId,
                            seriesCode, statusLabel))));
        });
    }

    /** A channel of no type or of an unknown one is left out; only a known type's value and flags are read. */
    private static Validation<Seq<String>, List<ChannelInput>> channels(ProfileRequest profile, String path) {
        return profile.commChannels().each(path + ".commChannels", (channel, index) -> {
            String at = path + ".commChannels[" + index + "]";
            Validation<Seq<String>, Option<String>> type = Readings.inside(channel.type().text(at + ".type"), raw -> channelType(raw, at + ".type"),
                    Option.none());
            Validation<Seq<String>, Map<String, Boolean>> meta = meta(channel.meta(), at + ".meta");
            Validation<Seq<String>, Option<ChannelInput>> known = valueOf(type).map(name -> flat(combine(channel.value().text(at + ".value"),
                            channel.primary().bool(at + ".primary"), channel.verified().bool(at + ".verified"),
                            channel.subscribed().bool(at + ".subscribed"))
                            .ap((value, primary, verified, subscribed) -> Option.of(new ChannelInput(name, value.getOrElse(""), primary, verified,
                                    subscribed, meta.getOrElse(LinkedHashMap.empty()))))))
                    .getOrElse(Readings::none);
            return flat(combine(type, meta, known).ap((name, flags, input) -> input));
        }).map(channels -> channels.flatMap(Function.identity()));
    }

    private static Validation<Seq<String>, Option<String>> channelType(String raw, String path) {
        return CHANNEL_TYPES.find(name -> name.equalsIgnoreCase(raw.strip())).map(Readings::given)
                .getOrElse(() -> problem(path, "'" + raw + "' is not one of " + CHANNEL_TYPES.mkString(", ")));
    }

    /** The flags {@code meta} gives, in their order; its {@code lastViewedDate} is accepted and not kept. */
    private static Validation<Seq<String>, Map<String, Boolean>> meta(Nested<MetaRequest> meta, String path) {
        return meta.read(path, given -> flat(combine(given.lastViewedDate().acceptedDate(path + ".lastViewedDate"),
                        given.residence().bool(path + ".residence"), given.office().bool(path + ".office"))
                        .ap((date, residence, office) -> LinkedHashMap.ofEntries(List.of(Tuple.of("residence", residence), Tuple.of("office", office))
                                .flatMap(flag -> flag._2.map(set -> Tuple.of(flag._1, set)))))),
                LinkedHashMap.empty());
    }

    /** An enrollment needs its program; without one, nothing else of it is read. */
    private static Validation<Seq<String>, List<EnrollmentInput>> enrollments(ItemRequest item, String path) {
        return item.loyaltyProgramEnrollments().each(path + ".loyaltyProgramEnrollments", (enrollment, index) -> {
            String at = path + ".loyaltyProgramEnrollments[" + index + "]";
            Validation<Seq<String>, Option<Long>> program = enrollment.programId().integer(at + ".programId");
            Validation<Seq<String>, Long> required = valueOf(program).isDefined() ? Validation.valid(0L) : problem(at + ".programId", "is required");
            Validation<Seq<String>, Option<Long>> points = enrollment.loyaltyPoints().integer(at + ".loyaltyPoints");
            Validation<Seq<String>, Option<EnrollmentInput>> input = valueOf(program).map(id -> flat(combine(
                            enrollment.tierNumber().smallInteger(at + ".tierNumber"), enrollment.tierExpiryDate().itemDate(at + ".tierExpiryDate"),
                            enrollment.pointsExpiryDate().itemDate(at + ".pointsExpiryDate"))
                            .ap((tier, tierExpiry, pointsExpiry) -> Option.of(EnrollmentInput.given(id, tier, valueOf(points).getOrElse(0L), tierExpiry,
                                    pointsExpiry)))))
                    .getOrElse(Readings::none);
            return flat(combine(program, required, points, input).ap((id, given, credited, read) -> read));
        }).map(enrollments -> enrollments.flatMap(Function.identity()));
    }

    /** The members are reported at the item's path, wherever they stand; {@code "parentCustomer": null} detaches. */
    private static Validation<Seq<String>, AssociationInput> association(AssociationRequest details, String path) {
        Validation<Seq<String>, ParentChange> parent = details.parentCustomer().present()
                ? details.parentCustomer().read(path + ".parentCustomer",
                        given -> customerRef(given, path + ".parentCustomer").map(ParentChange::attach), ParentChange.detach())
                : Validation.valid(ParentChange.keep());
        Validation<Seq<String>, List<CustomerRef>> named = details.childCustomers().each(path + ".childCustomers",
                (child, index) -> customerRef(child, path + ".childCustomers[" + index + "]"));
        Validation<Seq<String>, Option<List<CustomerRef>>> children = details.childCustomers().present() ? named.map(Option::of) : Readings.none();
        Validation<Seq<String>, Option<CompanyInput>> company = details.fleetCompany().read(path + ".fleetCompany", given -> flat(combine(
                given.externalId().text(path + ".fleetCompany.externalId"), given.name().text(path + ".fleetCompany.name"),
                given.hierarchyDefinitionCode().text(path + ".fleetCompany.hierarchyDefinitionCode"))
                .ap((externalId, name, hierarchy) -> Option.of(new CompanyInput(externalId.getOrElse(""), name, hierarchy)))), Option.none());
        return flat(combine(parent, children, company, details.hierarchyCode().text(path + ".hierarchyCode"),
                details.roleCode().text(path + ".roleCode"), details.childRoleCode().text(path + ".childRoleCode"))
                .ap((attach, listed, fleet, hierarchy, role, childRole) -> new AssociationInput(hierarchy, role, attach, listed, childRole, fleet)));
    }

    private static Validation<Seq<String>, CustomerRef> customerRef(CustomerRefRequest customer, String path) {
        return flat(combine(profiles(customer.profiles(), path), extendedFields(customer.extendedFields(), path)).ap(CustomerRef::new));
    }

    /** Extended fields: their definitions judge the values, so an object or an array is the field's warning, not a 400. */
    private static Validation<Seq<String>, Map<String, FieldInput>> extendedFields(Nested<java.util.Map<String, Scalar>> fields, String path) {
        return fields.read(path + ".extendedFields", members -> Readings.members(members, path + ".extendedFields", (value, at) -> value.isStructure()
                ? Readings.given(FieldInput.structure())
                : value.freeText(at).map(text -> text.map(FieldInput::of))), LinkedHashMap.empty());
    }

    private static Validation<Seq<String>, Map<String, String>> fields(Nested<java.util.Map<String, Scalar>> fields, String path) {
        return fields.read(path, members -> Readings.members(members, path, Scalar::freeText), LinkedHashMap.empty());
    }
}
