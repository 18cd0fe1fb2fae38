package io.grouployalty.adapters.rest.customer;

import com.fasterxml.jackson.databind.JsonNode;
import io.grouployalty.adapters.rest.json.JsonInput;
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
import io.vavr.collection.Stream;
import io.vavr.control.Option;

/**
 * Reads the items of {@code /v2/customers/bulk} with every variant the vendor documents (API.md §3.3): nested or flat
 * association members, {@code Firstname}, loyalty type spellings and places, string booleans, one object or an array.
 */
final class CustomerRequests {

    private static final List<String> CHANNEL_TYPES = List.of("email", "mobile", "wechat", "ios", "android", "line", "mobilePush", "whatsapp",
            "postmail", "viber");

    private CustomerRequests() {
    }

    static List<JsonNode> elements(JsonNode body) {
        return body.isArray() ? List.ofAll(body) : List.of(body);
    }

    static CustomerItem item(JsonInput in, JsonNode item, String path) {
        if (!item.isObject()) {
            in.problem(path, "must be an object");
        }
        Option<JsonNode> details = in.object(item, path + ".associationDetails", "associationDetails");
        JsonNode association = details.getOrElse(item);
        Option<LoyaltyType> loyaltyType = in.object(item, path + ".loyaltyInfo", "loyaltyInfo")
                .flatMap(info -> in.text(info, path + ".loyaltyInfo.loyaltyType", "loyaltyType"))
                .orElse(() -> in.text(item, path + ".loyaltyType", "loyaltyType"))
                .flatMap(raw -> loyalty(in, raw, path + ".loyaltyType"));
        in.acceptDate(item, path + ".createDate", "createDate");
        boolean associates = details.isDefined() || Stream.of("hierarchyCode", "roleCode", "parentCustomer", "childCustomers",
                "childRoleCode", "fleetCompany").exists(name -> in.present(item, name));
        return new CustomerItem(profiles(in, item, path), extendedFields(in, item, path), loyaltyType,
                enrollments(in, item, path), associates ? Option.of(association(in, association, path)) : Option.none(),
                in.text(item, path + ".associatedWith", "associatedWith"));
    }

    private static List<ProfileInput> profiles(JsonInput in, JsonNode owner, String path) {
        return in.array(owner, path + ".profiles", "profiles").zipWithIndex().map(entry -> {
            String at = path + ".profiles[" + entry._2 + "]";
            JsonNode profile = entry._1;
            in.acceptDate(profile, at + ".createDate", "createDate");
            return new ProfileInput(in.text(profile, at + ".firstName", "firstName", "Firstname"),
                    in.text(profile, at + ".lastName", "lastName", "Lastname"), identifiers(in, profile, at), channels(in, profile, at),
                    members(in, profile, at + ".fields", "fields", in::freeText),
                    in.text(profile, at + ".source", "source"),
                    in.text(profile, at + ".accountId", "accountId"), in.text(profile, at + ".associatedWith", "associatedWith"));
        });
    }

    private static List<IdentifierInput> identifiers(JsonInput in, JsonNode profile, String path) {
        return in.array(profile, path + ".identifiers", "identifiers").zipWithIndex().map(entry -> {
            String at = path + ".identifiers[" + entry._2 + "]";
            in.acceptDate(entry._1, at + ".lastViewedDate", "lastViewedDate");
            return new IdentifierInput(in.text(entry._1, at + ".type", "type").getOrElse(""), in.text(entry._1, at + ".value", "value").getOrElse(""),
                    in.integer(entry._1, at + ".seriesId", "seriesId"), in.text(entry._1, at + ".seriesCode", "seriesCode"),
                    in.text(entry._1, at + ".statusLabel", "statusLabel"));
        });
    }

    private static List<ChannelInput> channels(JsonInput in, JsonNode profile, String path) {
        return in.array(profile, path + ".commChannels", "commChannels").zipWithIndex().flatMap(entry -> {
            String at = path + ".commChannels[" + entry._2 + "]";
            JsonNode channel = entry._1;
            Option<String> type = in.text(channel, at + ".type", "type")
                    .flatMap(raw -> {
                        Option<String> known = CHANNEL_TYPES.find(name -> name.equalsIgnoreCase(raw.strip()));
                        if (known.isEmpty()) {
                            in.problem(at + ".type", "'" + raw + "' is not one of " + CHANNEL_TYPES.mkString(", "));
                        }
                        return known;
                    });
            Option<JsonNode> meta = in.object(channel, at + ".meta", "meta");
            meta.forEach(value -> in.acceptDate(value, at + ".meta.lastViewedDate", "lastViewedDate"));
            Map<String, Boolean> flags = LinkedHashMap.ofEntries(List.of("residence", "office").flatMap(name ->
                    meta.flatMap(value -> in.bool(value, at + ".meta." + name, name)).map(flag -> Tuple.of(name, flag))));
            return type.map(known -> new ChannelInput(known, in.text(channel, at + ".value", "value").getOrElse(""),
                    in.bool(channel, at + ".primary", "primary"), in.bool(channel, at + ".verified", "verified"),
                    in.bool(channel, at + ".subscribed", "subscribed"), flags));
        });
    }

    private static List<EnrollmentInput> enrollments(JsonInput in, JsonNode item, String path) {
        return in.array(item, path + ".loyaltyProgramEnrollments", "loyaltyProgramEnrollments").zipWithIndex().flatMap(entry -> {
            String at = path + ".loyaltyProgramEnrollments[" + entry._2 + "]";
            JsonNode enrollment = entry._1;
            Option<Long> program = in.integer(enrollment, at + ".programId", "programId");
            if (program.isEmpty()) {
                in.problem(at + ".programId", "is required");
            }
            long points = in.integer(enrollment, at + ".loyaltyPoints", "loyaltyPoints").getOrElse(0L);
            return program.map(id -> new EnrollmentInput(id, in.smallInteger(enrollment, at + ".tierNumber", "tierNumber"), points,
                    in.itemDate(enrollment, at + ".tierExpiryDate", "tierExpiryDate"),
                    in.itemDate(enrollment, at + ".pointsExpiryDate", "pointsExpiryDate")));
        });
    }

    private static AssociationInput association(JsonInput in, JsonNode details, String path) {
        ParentChange parent = in.present(details, "parentCustomer")
                ? in.object(details, path + ".parentCustomer", "parentCustomer")
                        .map(value -> ParentChange.attach(customerRef(in, value, path + ".parentCustomer")))
                        .getOrElse(ParentChange::detach)
                : ParentChange.keep();
        List<JsonNode> childNodes = in.array(details, path + ".childCustomers", "childCustomers");
        Option<List<CustomerRef>> children = in.present(details, "childCustomers")
                ? Option.of(childNodes.zipWithIndex().map(child -> customerRef(in, child._1, path + ".childCustomers[" + child._2 + "]")))
                : Option.none();
        Option<CompanyInput> company = in.object(details, path + ".fleetCompany", "fleetCompany")
                .map(value -> new CompanyInput(in.text(value, path + ".fleetCompany.externalId", "externalId").getOrElse(""),
                        in.text(value, path + ".fleetCompany.name", "name"),
                        in.text(value, path + ".fleetCompany.hierarchyDefinitionCode", "hierarchyDefinitionCode")));
        return new AssociationInput(in.text(details, path + ".hierarchyCode", "hierarchyCode"), in.text(details, path + ".roleCode", "roleCode"),
                parent, children, in.text(details, path + ".childRoleCode", "childRoleCode"), company);
    }

    private static CustomerRef customerRef(JsonInput in, JsonNode node, String path) {
        return new CustomerRef(profiles(in, node, path), extendedFields(in, node, path));
    }

    /** Extended fields: their definitions judge the values, so an object or an array is the field's warning, not a 400. */
    private static Map<String, FieldInput> extendedFields(JsonInput in, JsonNode owner, String path) {
        return members(in, owner, path + ".extendedFields", "extendedFields", (object, at, name) -> object.get(name).isContainerNode()
                ? Option.of(FieldInput.structure())
                : in.freeText(object, at, name).map(FieldInput::of));
    }

    @FunctionalInterface
    private interface MemberReader<V> {
        Option<V> read(JsonNode object, String path, String name);
    }

    private static <V> Map<String, V> members(JsonInput in, JsonNode owner, String path, String name, MemberReader<V> reader) {
        return in.object(owner, path, name).map(object -> {
            Map<String, V> values = LinkedHashMap.empty();
            for (var field : (Iterable<java.util.Map.Entry<String, JsonNode>>) object::fields) {
                Option<V> value = reader.read(object, path + "." + field.getKey(), field.getKey());
                if (value.isDefined()) {
                    values = values.put(field.getKey(), value.get());
                }
            }
            return values;
        }).getOrElse(LinkedHashMap.empty());
    }

    private static Option<LoyaltyType> loyalty(JsonInput in, String raw, String path) {
        Option<LoyaltyType> type = LoyaltyType.parse(raw);
        if (type.isEmpty()) {
            in.problem(path, "'" + raw + "' is not loyalty or non_loyalty");
        }
        return type;
    }
}
