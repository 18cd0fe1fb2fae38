package io.grouployalty.adapters.rest.customer;

import io.grouployalty.adapters.rest.customer.CustomerJson.ActorJson;
import io.grouployalty.adapters.rest.customer.CustomerJson.AssociationJson;
import io.grouployalty.adapters.rest.customer.CustomerJson.AttributionJson;
import io.grouployalty.adapters.rest.customer.CustomerJson.ChannelJson;
import io.grouployalty.adapters.rest.customer.CustomerJson.CompanyRefJson;
import io.grouployalty.adapters.rest.customer.CustomerJson.EnrollmentJson;
import io.grouployalty.adapters.rest.customer.CustomerJson.IdentifierJson;
import io.grouployalty.adapters.rest.customer.CustomerJson.ProfileJson;
import io.grouployalty.adapters.rest.customer.CustomerJson.RelativeJson;
import io.grouployalty.adapters.rest.error.Problem;
import io.grouployalty.adapters.rest.json.Dates;
import io.grouployalty.domain.company.Company;
import io.grouployalty.domain.customer.Association;
import io.grouployalty.domain.customer.Customer;
import io.grouployalty.domain.customer.CustomerId;
import io.grouployalty.domain.customer.CustomerView;
import io.grouployalty.domain.customer.Enrollment;
import io.grouployalty.domain.customer.FieldValue;
import io.grouployalty.domain.customer.ItemOutcome;
import io.grouployalty.domain.customer.Profile;
import io.grouployalty.domain.customer.Warning;
import io.grouployalty.domain.hierarchy.Hierarchy;
import io.grouployalty.domain.hierarchy.Role;
import io.grouployalty.domain.hierarchy.RoleCode;
import io.grouployalty.domain.hierarchy.RoleId;
import io.grouployalty.domain.org.AccountId;
import io.grouployalty.domain.org.ExtendedFieldDefinition;
import io.grouployalty.domain.program.Program;
import io.grouployalty.domain.program.Tier;
import io.vavr.collection.List;
import io.vavr.control.Option;

import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

/** Renders customers in the canonical shape, dates in the org's offset; a customer a dry run would create has no id. */
final class CustomerRendering {

    private static final String TILL = "TILL";

    private final ZoneOffset zone;
    private final List<Program> programs;
    private final List<ExtendedFieldDefinition> fieldDefinitions;
    private final Unstored unstored;

    CustomerRendering(ZoneOffset zone, List<Program> programs, List<ExtendedFieldDefinition> fieldDefinitions, Unstored unstored) {
        this.zone = zone;
        this.programs = programs;
        this.fieldDefinitions = fieldDefinitions;
        this.unstored = unstored;
    }

    CustomerJson outcome(ItemOutcome outcome) {
        Customer customer = outcome.after();
        return customer(customer, association(customer, outcome.hierarchy(), outcome.company(), outcome.parent().map(this::relative),
                        Option.of(outcome.children()), outcome.newAssociation(), Option.none()),
                java.util.List.of(), warnings(outcome.warnings()));
    }

    /** A child the item placed, without errors and warnings (the item's); its parent, shown in full beside it, by id and role only. */
    CustomerJson child(ItemOutcome outcome, Customer child) {
        return customer(child, association(child, outcome.hierarchy(), outcome.company(), Option.of(reference(outcome.after())), Option.none(),
                outcome.childrenAssociatedNow().contains(child.id()), Option.none()), null, null);
    }

    /** A customer as GET shows it: its parent and number of children, no list of children, no errors. */
    CustomerJson view(CustomerView view, Option<Hierarchy> hierarchy, Option<Company> company) {
        Customer customer = view.customer();
        return customer(customer, association(customer, hierarchy, company, view.parent().map(this::relative), Option.none(), false,
                Option.of(view.noOfChildren())), null, java.util.List.of());
    }

    private CustomerJson customer(Customer customer, AssociationJson association, java.util.List<Problem> errors, java.util.List<Problem> warnings) {
        return new CustomerJson(id(customer.id()), profiles(customer), new CustomerJson.LoyaltyInfoJson(customer.loyaltyType().spelling()),
                customer.enrollments().map(this::enrollment).toJavaList(), Map.of(), "", association, fields(customer), errors, warnings);
    }

    private AssociationJson association(Customer customer, Option<Hierarchy> hierarchy, Option<Company> company, Option<RelativeJson> parent,
                                        Option<List<Customer>> children, boolean isNew, Option<Integer> noOfChildren) {
        return customer.association().map(stored -> new AssociationJson(stored.hierarchy().value(),
                hierarchy.map(found -> found.id().value()).getOrNull(), stored.role().value(), parent.getOrNull(),
                children.map(named -> named.map(this::relative).toJavaList()).getOrNull(),
                childRole(stored.role(), hierarchy, children.getOrElse(List.empty())).map(RoleCode::value).getOrNull(),
                company.map(this::company).getOrNull(),
                hierarchy.flatMap(found -> found.roles().parentOf(stored.role())).flatMap(Role::id).map(RoleId::value).getOrNull(),
                hierarchy.exists(Hierarchy::skipRoleAllowed), isNew, stored.parent().isDefined(), noOfChildren.getOrNull())).getOrNull();
    }

    /** The role the children placed now took, or else the child role of {@code role} in its hierarchy. */
    private static Option<RoleCode> childRole(RoleCode role, Option<Hierarchy> hierarchy, List<Customer> placed) {
        return placed.headOption().flatMap(Customer::association).map(Association::role)
                .orElse(() -> hierarchy.flatMap(found -> found.roles().childOf(role)).map(Role::code));
    }

    RelativeJson relative(Customer customer) {
        return new RelativeJson(id(customer.id()), profiles(customer), fields(customer), role(customer));
    }

    private RelativeJson reference(Customer customer) {
        return new RelativeJson(id(customer.id()), null, null, role(customer));
    }

    private static String role(Customer customer) {
        return customer.association().map(association -> association.role().value()).getOrNull();
    }

    static java.util.List<Problem> warnings(List<Warning> warnings) {
        return warnings.map(warning -> new Problem(false, warning.code().code(), warning.message())).toJavaList();
    }

    private Long id(CustomerId id) {
        return unstored.customers().contains(id) ? null : id.value();
    }

    private java.util.List<ProfileJson> profiles(Customer customer) {
        return customer.profiles().map(profile -> profile(customer, profile)).toJavaList();
    }

    private ProfileJson profile(Customer customer, Profile profile) {
        java.util.List<IdentifierJson> identifiers = profile.identifiers()
                .map(identifier -> new IdentifierJson(identifier.type().spelling(), identifier.value(), null, null))
                .appendAll(profile.cards().map(card -> new IdentifierJson("cardnumber", card.number(), card.seriesId(), card.statusLabel())))
                .toJavaList();
        return new ProfileJson(profile.firstName().getOrNull(), profile.lastName().getOrNull(),
                new AttributionJson(Dates.render(profile.createdOn(), zone), new ActorJson(profile.createdBy(), TILL),
                        new ActorJson(profile.modifiedBy(), TILL), Dates.render(profile.modifiedOn(), zone)),
                profile.fields().toJavaMap(LinkedHashMap::new, entry -> entry), identifiers,
                profile.channels().map(channel -> new ChannelJson(channel.type(), channel.value(), channel.primary(), channel.verified(),
                        channel.subscribed(), meta(channel.meta()), Map.of())).toJavaList(),
                profile.key().source().name(), profile.key().account().map(AccountId::value).getOrNull(), id(customer.id()),
                java.util.List.of(), Dates.render(profile.modifiedOn(), zone), identifiers);
    }

    private static Map<String, Boolean> meta(io.vavr.collection.Map<String, Boolean> given) {
        Map<String, Boolean> meta = new LinkedHashMap<>();
        meta.put("residence", given.get("residence").getOrElse(false));
        meta.put("office", given.get("office").getOrElse(false));
        return meta;
    }

    private EnrollmentJson enrollment(Enrollment enrollment) {
        Option<Program> program = programs.find(each -> each.id().equals(enrollment.program()));
        return new EnrollmentJson(enrollment.program().value(), program.map(Program::name).getOrNull(), enrollment.tierNumber(),
                program.flatMap(found -> found.tier(enrollment.tierNumber())).map(Tier::name).getOrNull(), enrollment.points(),
                enrollment.tierExpiry().map(instant -> Dates.render(instant, zone)).getOrNull(),
                enrollment.pointsExpiry().map(instant -> Dates.render(instant, zone)).getOrNull(), Dates.render(enrollment.enrolledOn(), zone));
    }

    /** Extended fields as the org's current definitions read them (API.md §6.53). */
    private Map<String, Object> fields(Customer customer) {
        return customer.extendedFields().toJavaMap(LinkedHashMap::new, field -> field.map2(value -> FieldValues.json(fieldDefinitions
                .find(definition -> definition.name().equals(field._1)).map(value::under).getOrElse(value), zone)));
    }

    private CompanyRefJson company(Company company) {
        return new CompanyRefJson(company.externalId().value(), unstored.companies().contains(company.id()) ? null : company.id().value());
    }

}
