package io.grouployalty.adapters.rest.customer;

import com.fasterxml.jackson.databind.JsonNode;
import io.grouployalty.adapters.rest.customer.CustomerJson.ActorJson;
import io.grouployalty.adapters.rest.customer.CustomerJson.AssociationJson;
import io.grouployalty.adapters.rest.customer.CustomerJson.AttributionJson;
import io.grouployalty.adapters.rest.customer.CustomerJson.ChannelJson;
import io.grouployalty.adapters.rest.customer.CustomerJson.CompanyRefJson;
import io.grouployalty.adapters.rest.customer.CustomerJson.EnrollmentJson;
import io.grouployalty.adapters.rest.customer.CustomerJson.IdentifierJson;
import io.grouployalty.adapters.rest.customer.CustomerJson.LoyaltyInfoJson;
import io.grouployalty.adapters.rest.customer.CustomerJson.MetaJson;
import io.grouployalty.adapters.rest.customer.CustomerJson.ProfileJson;
import io.grouployalty.adapters.rest.customer.CustomerJson.RelativeJson;
import io.grouployalty.adapters.rest.customer.FleetJson.MemberJson;
import io.grouployalty.adapters.rest.error.Problem;
import io.grouployalty.adapters.rest.json.Dates;
import io.grouployalty.adapters.rest.mapping.VavrConversions;
import io.grouployalty.domain.company.Company;
import io.grouployalty.domain.company.CompanyId;
import io.grouployalty.domain.customer.Association;
import io.grouployalty.domain.customer.Card;
import io.grouployalty.domain.customer.CommChannel;
import io.grouployalty.domain.customer.Customer;
import io.grouployalty.domain.customer.CustomerId;
import io.grouployalty.domain.customer.CustomerView;
import io.grouployalty.domain.customer.Enrollment;
import io.grouployalty.domain.customer.Identifier;
import io.grouployalty.domain.customer.IdentifierType;
import io.grouployalty.domain.customer.LoyaltyType;
import io.grouployalty.domain.customer.Profile;
import io.grouployalty.domain.org.AccountId;
import io.grouployalty.domain.program.Program;
import io.grouployalty.domain.program.ProgramId;
import io.grouployalty.domain.program.Tier;
import io.vavr.control.Option;
import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;
import org.mapstruct.ReportingPolicy;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Customers to their response records (API.md §3.3), by what the rendering knows: the org's offset, programs, fields and unstored ids. */
@Mapper(unmappedTargetPolicy = ReportingPolicy.ERROR, implementationName = "MapStruct<CLASS_NAME>", uses = VavrConversions.class,
        imports = IdentifierType.class)
interface CustomerJsonMapper {

    CustomerJsonMapper INSTANCE = new MapStructCustomerJsonMapper();

    @Mapping(target = "id", source = "customer.id", qualifiedByName = "shownId")
    @Mapping(target = "profiles", source = "customer", qualifiedByName = "profiles")
    @Mapping(target = "loyaltyInfo", source = "customer.loyaltyType")
    @Mapping(target = "loyaltyProgramEnrollments", source = "customer.enrollments")
    @Mapping(target = "segments", expression = "java(java.util.Map.of())")
    @Mapping(target = "referralCode", expression = "java(\"\")")
    @Mapping(target = "associationDetails", source = "association")
    @Mapping(target = "extendedFields", source = "customer", qualifiedByName = "extendedFields")
    @Mapping(target = "errors", source = "errors")
    @Mapping(target = "warnings", source = "warnings")
    CustomerJson customer(Customer customer, AssociationJson association, List<Problem> errors, List<Problem> warnings,
                          @Context CustomerRendering rendering);

    @Mapping(target = "id", source = "id", qualifiedByName = "shownId")
    @Mapping(target = "profiles", source = "customer", qualifiedByName = "profiles")
    @Mapping(target = "extendedFields", source = "customer", qualifiedByName = "extendedFields")
    @Mapping(target = "roleCode", source = "association", qualifiedByName = "roleCode")
    RelativeJson relative(Customer customer, @Context CustomerRendering rendering);

    @Named("reference")
    @Mapping(target = "id", source = "id", qualifiedByName = "shownId")
    @Mapping(target = "profiles", ignore = true)
    @Mapping(target = "extendedFields", ignore = true)
    @Mapping(target = "roleCode", source = "association", qualifiedByName = "roleCode")
    RelativeJson reference(Customer customer, @Context CustomerRendering rendering);

    @Mapping(target = "id", source = "view.customer.id", qualifiedByName = "shownId")
    @Mapping(target = "profiles", source = "view.customer", qualifiedByName = "profiles")
    @Mapping(target = "extendedFields", source = "view.customer", qualifiedByName = "extendedFields")
    @Mapping(target = "roleCode", source = "view.customer.association", qualifiedByName = "roleCode")
    @Mapping(target = "createdDate", source = "view.customer.createdOn")
    @Mapping(target = "noOfChildren", source = "view.noOfChildren", conditionExpression = "java(withChildren)")
    @Mapping(target = "defaultChild", constant = "false")
    @Mapping(target = "parentCustomer", source = "view.parent", qualifiedByName = "shownParent", conditionExpression = "java(withParent)")
    MemberJson member(CustomerView view, boolean withChildren, boolean withParent, @Context CustomerRendering rendering);

    @Mapping(target = "externalId", source = "externalId.value")
    @Mapping(target = "companyId", source = "id", qualifiedByName = "shownCompanyId")
    CompanyRefJson company(Company company, @Context CustomerRendering rendering);

    @Mapping(target = "attribution", source = "profile")
    @Mapping(target = "identifiers", source = "profile", qualifiedByName = "identifiers")
    @Mapping(target = "commChannels", source = "profile.channels")
    @Mapping(target = "source", source = "profile.key.source")
    @Mapping(target = "accountId", source = "profile.key.account", qualifiedByName = "account")
    @Mapping(target = "userId", source = "userId")
    @Mapping(target = "conflictingProfileList", expression = "java(java.util.List.of())")
    @Mapping(target = "autoUpdateTime", source = "profile.modifiedOn")
    @Mapping(target = "identifiersAll", source = "profile", qualifiedByName = "identifiers")
    ProfileJson profile(Profile profile, Long userId, @Context CustomerRendering rendering);

    @Mapping(target = "createDate", source = "createdOn")
    @Mapping(target = "modifiedDate", source = "modifiedOn")
    AttributionJson attribution(Profile profile, @Context CustomerRendering rendering);

    @Mapping(target = "type", source = "type", qualifiedByName = "spelling")
    @Mapping(target = "seriesId", ignore = true)
    @Mapping(target = "statusLabel", ignore = true)
    IdentifierJson identifier(Identifier identifier);

    @Mapping(target = "type", expression = "java(IdentifierType.CARDNUMBER.spelling())")
    @Mapping(target = "value", source = "number")
    IdentifierJson card(Card card);

    List<ChannelJson> channels(io.vavr.collection.List<CommChannel> channels);

    @Mapping(target = "attributes", expression = "java(java.util.Map.of())")
    ChannelJson channel(CommChannel channel);

    List<EnrollmentJson> enrollments(io.vavr.collection.List<Enrollment> enrollments, @Context CustomerRendering rendering);

    @Mapping(target = "programId", source = "program.value")
    @Mapping(target = "programName", source = "program", qualifiedByName = "programName")
    @Mapping(target = "tierName", source = "enrollment", qualifiedByName = "tierName")
    @Mapping(target = "loyaltyPoints", source = "points")
    @Mapping(target = "tierExpiryDate", source = "tierExpiry")
    @Mapping(target = "pointsExpiryDate", source = "pointsExpiry")
    EnrollmentJson enrollment(Enrollment enrollment, @Context CustomerRendering rendering);

    @Named("profiles")
    default List<ProfileJson> profiles(Customer customer, @Context CustomerRendering rendering) {
        Long userId = shownId(customer.id(), rendering);
        return customer.profiles().map(profile -> profile(profile, userId, rendering)).toJavaList();
    }

    /** Identifiers, then cards as identifiers of type {@code cardnumber}. */
    @Named("identifiers")
    default List<IdentifierJson> identifiers(Profile profile) {
        return profile.identifiers().map(this::identifier).appendAll(profile.cards().map(this::card)).toJavaList();
    }

    /** Extended fields as the org's current definitions read them (API.md §6.53). */
    @Named("extendedFields")
    default Map<String, JsonNode> extendedFields(Customer customer, @Context CustomerRendering rendering) {
        return customer.extendedFields().toJavaMap(LinkedHashMap::new, field -> field.map2(value -> FieldValues.json(rendering.fieldDefinitions()
                .find(definition -> definition.name().equals(field._1)).map(value::under).getOrElse(value), rendering.zone())));
    }

    @Named("shownId")
    default Long shownId(CustomerId id, @Context CustomerRendering rendering) {
        return rendering.unstored().customers().contains(id) ? null : id.value();
    }

    @Named("shownCompanyId")
    default Long shownCompanyId(CompanyId id, @Context CustomerRendering rendering) {
        return rendering.unstored().companies().contains(id) ? null : id.value();
    }

    @Named("shownParent")
    default Optional<RelativeJson> shownParent(Option<Customer> parent, @Context CustomerRendering rendering) {
        return parent.map(found -> relative(found, rendering)).toJavaOptional();
    }

    @Named("roleCode")
    default String roleCode(Option<Association> association) {
        return association.map(stored -> stored.role().value()).getOrNull();
    }

    @Named("account")
    default String account(Option<AccountId> account) {
        return account.map(AccountId::value).getOrNull();
    }

    @Named("spelling")
    default String spelling(IdentifierType type) {
        return type.spelling();
    }

    @Named("programName")
    default String programName(ProgramId program, @Context CustomerRendering rendering) {
        return rendering.program(program).map(Program::name).getOrNull();
    }

    @Named("tierName")
    default String tierName(Enrollment enrollment, @Context CustomerRendering rendering) {
        return rendering.program(enrollment.program()).flatMap(found -> found.tier(enrollment.tierNumber())).map(Tier::name).getOrNull();
    }

    default LoyaltyInfoJson loyaltyInfo(LoyaltyType type) {
        return new LoyaltyInfoJson(type.spelling());
    }

    default MetaJson meta(io.vavr.collection.Map<String, Boolean> meta) {
        return new MetaJson(meta.get("residence").getOrElse(false), meta.get("office").getOrElse(false));
    }

    default ActorJson till(String code) {
        return ActorJson.till(code);
    }

    default String date(Instant instant, @Context CustomerRendering rendering) {
        return Dates.render(instant, rendering.zone());
    }

    default String date(Option<Instant> instant, @Context CustomerRendering rendering) {
        return instant.map(given -> Dates.render(given, rendering.zone())).getOrNull();
    }
}
