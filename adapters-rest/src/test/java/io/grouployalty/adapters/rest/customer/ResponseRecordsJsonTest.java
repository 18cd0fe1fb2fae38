package io.grouployalty.adapters.rest.customer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.jackson.Jackson;
import io.grouployalty.adapters.rest.error.Problem;
import io.grouployalty.domain.ErrorCode;
import io.grouployalty.domain.Page;
import io.grouployalty.domain.customer.Customer;
import io.grouployalty.domain.customer.CustomerId;
import io.grouployalty.domain.customer.CustomerView;
import io.grouployalty.domain.customer.FieldValue;
import io.grouployalty.domain.customer.LoyaltyType;
import io.grouployalty.domain.customer.Profile;
import io.grouployalty.domain.customer.ProfileKey;
import io.grouployalty.domain.org.ExtendedFieldDefinition;
import io.grouployalty.domain.org.ExtendedFieldType;
import io.grouployalty.domain.org.Source;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** The response records as Jackson writes them: member names, order, and members that are absent rather than null. */
class ResponseRecordsJsonTest {

    private static final ObjectMapper JSON = Jackson.newObjectMapper();
    private static final Instant CREATED = Instant.parse("2026-05-11T11:06:17Z");
    private static final CustomerRendering RENDERING = new CustomerRendering(ZoneOffset.ofHoursMinutes(5, 30), List.empty(),
            List.of(new ExtendedFieldDefinition("since", ExtendedFieldType.DATE, Option.none())), Unstored.NOTHING);

    private static Customer customer(long id) {
        return Customer.registered(new CustomerId(id), LoyaltyType.LOYALTY, CREATED)
                .withProfile(Profile.empty(ProfileKey.of(Source.INSTORE), CREATED, "demo.till"));
    }

    private static JsonNode json(Object body) {
        return JSON.valueToTree(body);
    }

    private static JsonNode member(boolean withChildren, boolean withParent, Option<Customer> parent) {
        return json(RENDERING.fleet(new Page<>(List.of(new CustomerView(customer(5), parent, 2)), 1), withChildren, withParent))
                .at("/entity/customers/0");
    }

    @Test
    void aCustomerHasTheCanonicalMembersInOrder() {
        JsonNode customer = json(RENDERING.view(new CustomerView(customer(5), Option.none(), 0), Option.none(), Option.none()));

        assertThat(customer.fieldNames()).toIterable().containsExactly("id", "profiles", "loyaltyInfo", "loyaltyProgramEnrollments",
                "segments", "referralCode", "associationDetails", "extendedFields", "warnings");
        assertThat(customer.at("/profiles/0/attribution/createDate").asText()).isEqualTo("2026-05-11T16:36:17+05:30");
        assertThat(customer.at("/profiles/0/attribution/createdBy").toString()).isEqualTo("{\"code\":\"demo.till\",\"type\":\"TILL\"}");
        assertThat(customer.get("associationDetails").isNull()).isTrue();
    }

    @Test
    void extendedFieldsKeepTheirJsonTypes() {
        Customer typed = customer(5).withExtendedFields(LinkedHashMap.of("count", new FieldValue.Whole(3), "ratio", new FieldValue.Real(0.5),
                "fleet", new FieldValue.Flag(true), "since", new FieldValue.Day(LocalDate.of(2026, 5, 11)), "city", new FieldValue.Text("Pune")));

        assertThat(json(RENDERING.relative(typed)).get("extendedFields").toString())
                .isEqualTo("{\"count\":3,\"ratio\":0.5,\"fleet\":true,\"since\":\"2026-05-11T00:00:00+05:30\",\"city\":\"Pune\"}");
    }

    @Test
    void aFleetMemberShowsChildCountAndParentOnlyWhenAskedFor() {
        assertThat(member(false, false, Option.none()).fieldNames()).toIterable()
                .containsExactly("id", "profiles", "extendedFields", "roleCode", "createdDate", "defaultChild");
        assertThat(member(true, true, Option.none()).fieldNames()).toIterable()
                .containsExactly("id", "profiles", "extendedFields", "roleCode", "createdDate", "noOfChildren", "defaultChild", "parentCustomer");
        assertThat(member(true, true, Option.none()).get("parentCustomer").isNull()).isTrue();
        assertThat(member(true, true, Option.of(customer(4))).at("/parentCustomer/id").asLong()).isEqualTo(4);
        assertThat(member(true, false, Option.none()).get("noOfChildren").asInt()).isEqualTo(2);
    }

    @Test
    void aFailedItemShowsTheCustomersIdOnlyWhenItWasFound() {
        java.util.List<Problem> errors = java.util.List.of(Problem.of(ErrorCode.CUSTOMER_NOT_FOUND));

        assertThat(json(new FailedItemJson(null, errors, java.util.List.of())).fieldNames()).toIterable().containsExactly("errors", "warnings");
        assertThat(json(new FailedItemJson(5L, errors, java.util.List.of())).fieldNames()).toIterable().containsExactly("id", "errors", "warnings");
    }

    @Test
    void aFailedAssociationNamesItsCustomerByIdOrNull() {
        JsonNode found = json(new AssociatedItemJson(new AssociatedItemJson.CustomerIdJson(5), java.util.List.of(), 0, 0, 0,
                java.util.List.of(), java.util.List.of()));
        JsonNode unknown = json(new AssociatedItemJson(null, java.util.List.of(), 0, 0, 0, java.util.List.of(), java.util.List.of()));

        assertThat(found.get("entity").toString()).isEqualTo("{\"id\":5}");
        assertThat(unknown.get("entity").isNull()).isTrue();
        assertThat(found.fieldNames()).toIterable().containsExactly("entity", "childEntities", "childCount", "childSuccessCount",
                "childFailureCount", "errors", "warnings");
    }
}
