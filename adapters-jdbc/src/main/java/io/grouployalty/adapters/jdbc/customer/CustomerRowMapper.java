package io.grouployalty.adapters.jdbc.customer;

import com.fasterxml.jackson.databind.JsonNode;
import io.grouployalty.adapters.jdbc.VavrConversions;
import io.grouployalty.adapters.jdbc.customer.CustomerDocument.CardJson;
import io.grouployalty.adapters.jdbc.customer.CustomerDocument.ChannelJson;
import io.grouployalty.adapters.jdbc.customer.CustomerDocument.EnrollmentJson;
import io.grouployalty.adapters.jdbc.customer.CustomerDocument.IdentifierJson;
import io.grouployalty.adapters.jdbc.customer.CustomerDocument.ProfileJson;
import io.grouployalty.domain.company.CompanyId;
import io.grouployalty.domain.customer.Association;
import io.grouployalty.domain.customer.Card;
import io.grouployalty.domain.customer.CommChannel;
import io.grouployalty.domain.customer.Customer;
import io.grouployalty.domain.customer.CustomerId;
import io.grouployalty.domain.customer.Enrollment;
import io.grouployalty.domain.customer.FieldValue;
import io.grouployalty.domain.customer.Identifier;
import io.grouployalty.domain.customer.LoyaltyType;
import io.grouployalty.domain.customer.Profile;
import io.grouployalty.domain.customer.ProfileKey;
import io.grouployalty.domain.hierarchy.HierarchyCode;
import io.grouployalty.domain.hierarchy.RoleCode;
import io.grouployalty.domain.org.AccountId;
import io.grouployalty.domain.org.Source;
import io.grouployalty.domain.program.ProgramId;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Option;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;
import org.mapstruct.ReportingPolicy;

import java.time.Instant;

/** Customers to their rows and back: the association in columns, the rest in the row's JSON document. */
@Mapper(unmappedTargetPolicy = ReportingPolicy.ERROR, implementationName = "MapStruct<CLASS_NAME>", uses = VavrConversions.class)
interface CustomerRowMapper {

    CustomerRowMapper INSTANCE = new MapStructCustomerRowMapper();

    @Mapping(target = "customerId", source = "id.value")
    @Mapping(target = "hierarchyCode", source = "association", qualifiedByName = "hierarchyCode")
    @Mapping(target = "roleCode", source = "association", qualifiedByName = "roleCode")
    @Mapping(target = "companyId", source = "association", qualifiedByName = "companyId")
    @Mapping(target = "parentId", source = "association", qualifiedByName = "parentId")
    @Mapping(target = "document", source = "customer", qualifiedByName = "document")
    CustomerRow row(Customer customer);

    /** The one path that rebuilds a stored customer: its row's columns joined with its document. */
    default Customer customer(CustomerRow row) {
        CustomerDocument document = CustomerDocument.read(row.document());
        return new Customer(new CustomerId(row.customerId()), toProfiles(document.profiles()), values(document.extendedFields()),
                LoyaltyType.valueOf(row.loyaltyType()), toEnrollments(document.enrollments()), association(row), row.createdOn(),
                row.updatedOn());
    }

    CustomerDocument document(Customer customer);

    @Named("document")
    default String documentText(Customer customer) {
        return document(customer).write();
    }

    @Mapping(target = "source", source = "key.source")
    @Mapping(target = "accountId", source = "key.account")
    ProfileJson profile(Profile profile);

    @Mapping(target = "key", source = "json")
    Profile profile(ProfileJson json);

    java.util.List<ProfileJson> profiles(List<Profile> profiles);

    java.util.List<IdentifierJson> identifiers(List<Identifier> identifiers);

    java.util.List<CardJson> cards(List<Card> cards);

    java.util.List<ChannelJson> channels(List<CommChannel> channels);

    java.util.List<EnrollmentJson> enrollments(List<Enrollment> enrollments);

    IdentifierJson identifier(Identifier identifier);

    Identifier identifier(IdentifierJson json);

    CardJson card(Card card);

    Card card(CardJson json);

    ChannelJson channel(CommChannel channel);

    default CommChannel channel(ChannelJson json) {
        return new CommChannel(json.type(), json.value(), json.primary(), json.verified(), json.subscribed(), LinkedHashMap.ofAll(json.meta()));
    }

    @Mapping(target = "programId", source = "program.value")
    EnrollmentJson enrollment(Enrollment enrollment);

    @Mapping(target = "program", source = "programId")
    Enrollment enrollment(EnrollmentJson json);

    default List<Profile> toProfiles(java.util.List<ProfileJson> json) {
        return List.ofAll(json).map(this::profile);
    }

    default List<Identifier> toIdentifiers(java.util.List<IdentifierJson> json) {
        return List.ofAll(json).map(this::identifier);
    }

    default List<Card> toCards(java.util.List<CardJson> json) {
        return List.ofAll(json).map(this::card);
    }

    default List<CommChannel> toChannels(java.util.List<ChannelJson> json) {
        return List.ofAll(json).map(this::channel);
    }

    default List<Enrollment> toEnrollments(java.util.List<EnrollmentJson> json) {
        return List.ofAll(json).map(this::enrollment);
    }

    default java.util.Map<String, JsonNode> storedValues(Map<String, FieldValue> values) {
        return values.toJavaMap(java.util.LinkedHashMap::new, entry -> entry.map2(StoredValues::json));
    }

    default Map<String, FieldValue> values(java.util.Map<String, JsonNode> stored) {
        return LinkedHashMap.ofAll(stored).mapValues(StoredValues::value);
    }

    default ProfileKey key(ProfileJson json) {
        return new ProfileKey(Source.valueOf(json.source()), Option.of(json.accountId()).map(AccountId::new));
    }

    default Option<Association> association(CustomerRow row) {
        return Option.of(row.hierarchyCode()).map(code -> new Association(new HierarchyCode(code), new RoleCode(row.roleCode()),
                new CompanyId(row.companyId()), Option.of(row.parentId()).map(CustomerId::new)));
    }

    @Named("hierarchyCode")
    default String hierarchyCode(Option<Association> association) {
        return association.map(stored -> stored.hierarchy().value()).getOrNull();
    }

    @Named("roleCode")
    default String roleCode(Option<Association> association) {
        return association.map(stored -> stored.role().value()).getOrNull();
    }

    @Named("companyId")
    default Long companyId(Option<Association> association) {
        return association.map(stored -> stored.company().value()).getOrNull();
    }

    @Named("parentId")
    default Long parentId(Option<Association> association) {
        return association.flatMap(Association::parent).map(CustomerId::value).getOrNull();
    }

    default String account(Option<AccountId> account) {
        return account.map(AccountId::value).getOrNull();
    }

    default ProgramId programId(long id) {
        return new ProgramId(id);
    }

    default String text(Instant instant) {
        return instant.toString();
    }

    default Instant instant(String text) {
        return Instant.parse(text);
    }

    default String text(Option<Instant> instant) {
        return instant.map(Instant::toString).getOrNull();
    }

    default Option<Instant> optionalInstant(String text) {
        return Option.of(text).map(Instant::parse);
    }
}
