package io.grouployalty.adapters.rest.customer;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import io.grouployalty.adapters.rest.StubbedHttpApi;
import io.grouployalty.domain.ErrorCode;
import io.grouployalty.domain.Rejection;
import io.grouployalty.domain.customer.CustomerItem;
import io.grouployalty.domain.customer.IdentifierType;
import io.grouployalty.domain.customer.CustomerItem.ParentChange;
import io.grouployalty.domain.customer.ItemFailure;
import io.grouployalty.domain.customer.LoyaltyType;
import io.grouployalty.domain.org.AccountId;
import io.grouployalty.domain.org.OrgSource;
import io.grouployalty.domain.org.Source;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.concurrent.atomic.AtomicReference;

import static io.grouployalty.adapters.rest.StubbedHttpApi.CASHIER_AUTHORIZATION;
import static org.assertj.core.api.Assertions.assertThat;

/** The bulk resource over stubbed use cases: every documented variant reaches the use case as the same command. */
@ExtendWith(DropwizardExtensionsSupport.class)
class CustomerBulkResourceTest {

    private static final AtomicReference<List<CustomerItem>> RECEIVED = new AtomicReference<>();

    private static final ResourceExtension API = StubbedHttpApi.serving(new CustomerBulkResource(new CustomerBulkResource.UseCases(
            command -> {
                RECEIVED.set(command.items());
                return command.items().map(item -> Either.left(new ItemFailure(Rejection.notFound(ErrorCode.CUSTOMER_NOT_FOUND), Option.none())));
            },
            command -> List.empty(),
            query -> Either.left(Rejection.notFound(ErrorCode.CUSTOMER_NOT_FOUND)),
            caller -> List.of(OrgSource.singleAccount(Source.INSTORE), new OrgSource(Source.WECHAT, List.of(new AccountId("WECHAT-CM")))),
            caller -> List.empty(),
            caller -> List.empty())));

    /** A PUT with the query given as {@code ?name=value&...}. */
    private static Response put(String query, String body) {
        jakarta.ws.rs.client.WebTarget target = API.target("/v2/customers/bulk");
        for (String parameter : query.replaceFirst("^\\?", "").split("&")) {
            if (!parameter.isEmpty()) {
                target = target.queryParam(parameter.substring(0, parameter.indexOf('=')), parameter.substring(parameter.indexOf('=') + 1));
            }
        }
        return target.request().header(HttpHeaders.AUTHORIZATION, CASHIER_AUTHORIZATION).put(Entity.json(body));
    }

    private static CustomerItem received(String body) {
        put("?source=INSTORE", body);
        return RECEIVED.get().single();
    }

    @Test
    void nestedAndFlatAssociationMembersAreTheSameCommand() {
        CustomerItem nested = received("{\"profiles\": [{\"identifiers\": [{\"type\": \"mobile\", \"value\": \"915905000000\"}]}],"
                + " \"associationDetails\": {\"hierarchyCode\": \"h\", \"roleCode\": \"FA\", \"childRoleCode\": \"FC\", \"fleetCompany\": {\"externalId\": \"c\"}}}");
        CustomerItem flat = received("{\"profiles\": [{\"identifiers\": [{\"type\": \"mobile\", \"value\": \"915905000000\"}]}],"
                + " \"hierarchyCode\": \"h\", \"roleCode\": \"FA\", \"childRoleCode\": \"FC\", \"fleetCompany\": {\"externalId\": \"c\"}}");

        assertThat(flat).isEqualTo(nested);
    }

    @Test
    void loyaltyTypeIsReadInEitherPlaceAndEverySpelling() {
        assertThat(received("{\"profiles\": [], \"loyaltyInfo\": {\"loyaltyType\": \"NON_LOYALTY\"}}").loyaltyType()).contains(LoyaltyType.NON_LOYALTY);
        assertThat(received("{\"profiles\": [], \"loyaltyType\": \"non-loyalty\"}").loyaltyType()).contains(LoyaltyType.NON_LOYALTY);
        assertThat(received("{\"profiles\": [], \"loyaltyType\": \"non_loyalty\"}").loyaltyType()).contains(LoyaltyType.NON_LOYALTY);
    }

    @Test
    void capitalisedNamesAndASingleObjectAreAccepted() {
        CustomerItem item = received("{\"profiles\": [{\"Firstname\": \"Tom\", \"Lastname\": \"Sawyer\", \"identifiers\": []}]}");

        assertThat(item.profiles().single().firstName()).contains("Tom");
        assertThat(item.profiles().single().lastName()).contains("Sawyer");
    }

    @Test
    void lastViewedDateCreateDateAndAssociatedWithAreAccepted() {
        CustomerItem item = received("{\"createDate\": \"2016-06-23T19:11:18+08:00\", \"associatedWith\": \"demo.till\","
                + " \"profiles\": [{\"createDate\": \"2016-06-23T19:11:18+08:00\", \"associatedWith\": \"profile.till\", \"identifiers\": [{\"type\": \"card\", \"value\": \"card_7100\","
                + " \"seriesCode\": \"FleetCard1\", \"lastViewedDate\": \"2016-06-23T19:11:18+08:00\"}],"
                + " \"commChannels\": [{\"type\": \"mobile\", \"value\": \"915905000000\", \"meta\": {\"lastViewedDate\": \"2016-06-23\","
                + " \"residence\": \"true\"}}]}]}");

        assertThat(item.associatedWith()).contains("demo.till");
        assertThat(item.profiles().single().associatedWith()).contains("profile.till");
        assertThat(item.profiles().single().identifiers().single().identifier().get().type()).isEqualTo(IdentifierType.CARDNUMBER);
        assertThat(item.profiles().single().channels().single().meta().get("residence")).contains(true);
    }

    @Test
    void aChannelsOmittedFlagsAndMetaMembersReachTheUseCaseAsOmitted() {
        CustomerItem.ChannelInput channel = received("{\"profiles\": [{\"identifiers\": [], \"commChannels\": [{\"type\": \"email\","
                + " \"value\": \"tom@example.com\", \"subscribed\": \"false\", \"meta\": {\"office\": true}}]}]}").profiles().single()
                .channels().single();

        assertThat(channel.primary().isEmpty() && channel.verified().isEmpty()).isTrue();
        assertThat(channel.subscribed()).contains(false);
        assertThat(channel.meta().toJavaMap()).containsExactly(java.util.Map.entry("office", true));
    }

    @Test
    void everyChannelTypeOfTheVendorIsReadInItsCanonicalSpelling() {
        CustomerItem item = received("{\"profiles\": [{\"identifiers\": [], \"commChannels\": [{\"type\": \"IOS\", \"value\": \"t1\"},"
                + " {\"type\": \"Android\", \"value\": \"t2\"}, {\"type\": \"viber\", \"value\": \"v\"}, {\"type\": \"MOBILEPUSH\", \"value\": \"p\"}]}]}");

        assertThat(item.profiles().single().channels().map(CustomerItem.ChannelInput::type).toJavaList())
                .containsExactly("ios", "android", "viber", "mobilePush");
    }

    @Test
    void anEmptyOrMalformedCreateDateOrLastViewedDateIsTheRequests400() {
        String[] bodies = {"{\"createDate\": \"\", \"profiles\": []}", "{\"profiles\": [{\"createDate\": \"23/06/2016\"}]}",
                "{\"profiles\": [{\"identifiers\": [{\"type\": \"mobile\", \"value\": \"1\", \"lastViewedDate\": \"\"}]}]}",
                "{\"profiles\": [{\"commChannels\": [{\"type\": \"mobile\", \"value\": \"1\", \"meta\": {\"lastViewedDate\": true}}]}]}"};

        for (String body : bodies) {
            Response response = put("?source=INSTORE", body);
            assertThat(response.getStatus()).as(body).isEqualTo(400);
            assertThat(response.readEntity(JsonNode.class).at("/errors/0/message").asText()).as(body).contains("must be a date");
        }
    }

    @Test
    void emptyOrNegativeEnrollmentValuesAreLeftToTheItemsRules() {
        CustomerItem item = received("{\"profiles\": [], \"loyaltyProgramEnrollments\": [{\"programId\": 1, \"loyaltyPoints\": -5,"
                + " \"tierExpiryDate\": \"\"}]}");

        assertThat(item.enrollments().single().points()).isEqualTo(-5);
        assertThat(item.enrollments().single().tierExpiryDate()).contains(Either.left(""));
    }

    @Test
    void aControlCharacterInAnEnrollmentDateIsTheRequests400AndAnythingElseTheItemsToJudge() {
        for (String field : List.of("tierExpiryDate", "pointsExpiryDate")) {
            for (String control : List.of("\\n", "\\t", "\\r", "\\u0007")) {
                Response response = put("?source=INSTORE", "{\"profiles\": [], \"loyaltyProgramEnrollments\": [{\"programId\": 1,"
                        + " \"" + field + "\": \"2030-05-11T16:36:17+05:30" + control + "\"}]}");
                assertThat(response.getStatus()).as(field + " " + control).isEqualTo(400);
                assertThat(response.readEntity(JsonNode.class).at("/errors/0/message").asText()).as(field + " " + control)
                        .contains(field, "must not contain control characters");
            }
        }
        CustomerItem item = received("{\"profiles\": [], \"loyaltyProgramEnrollments\": [{\"programId\": 1, \"tierExpiryDate\": \"soon\","
                + " \"pointsExpiryDate\": 20300511}]}");
        assertThat(item.enrollments().single().tierExpiryDate()).contains(Either.left("soon"));
        assertThat(item.enrollments().single().pointsExpiryDate()).contains(Either.left("20300511"));
    }

    @Test
    void aBooleanOrANumberGivenAsTextWithAControlCharacterIsRefused() {
        Response flag = put("?source=INSTORE", "{\"profiles\": [{\"identifiers\": [], \"commChannels\": [{\"type\": \"email\","
                + " \"value\": \"tom@example.com\", \"verified\": \"true\\u000B\"}]}]}");
        Response number = put("?source=INSTORE", "{\"profiles\": [], \"loyaltyProgramEnrollments\": [{\"programId\": \"\\u001F1\"}]}");
        Response spaced = put("?source=INSTORE", "{\"profiles\": [{\"identifiers\": [], \"commChannels\": [{\"type\": \"email\","
                + " \"value\": \"tom@example.com\", \"verified\": \" true \"}]}]}");

        assertThat(flag.getStatus()).isEqualTo(400);
        assertThat(number.getStatus()).isEqualTo(400);
        assertThat(spaced.getStatus()).isEqualTo(500);
    }

    @Test
    void parentCustomerNullDetachesAndAbsentKeeps() {
        assertThat(received("{\"profiles\": [], \"associationDetails\": {\"parentCustomer\": null}}").association().get().parent())
                .isEqualTo(ParentChange.detach());
        assertThat(received("{\"profiles\": [], \"associationDetails\": {\"roleCode\": \"FA\"}}").association().get().parent())
                .isEqualTo(ParentChange.keep());
    }

    @Test
    void aParentCustomerObjectAttachesToTheCustomerItNames() {
        ParentChange change = received("{\"profiles\": [], \"parentCustomer\": {\"profiles\": [{\"identifiers\":"
                + " [{\"type\": \"mobile\", \"value\": \"919905000000\"}]}]}}").association().get().parent();

        assertThat(change.named().map(parent -> parent.profiles().single().identifiers().single().identifier().get().value())).contains("919905000000");
    }

    @Test
    void answersTheVendorsStatusForABatchWhereEveryItemFailed() {
        Response response = put("?source=instore", "[{\"profiles\": []}, {\"profiles\": []}]");

        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(response.readEntity(JsonNode.class).at("/1/errors/0/code").asInt()).isEqualTo(8015);
    }

    @Test
    void anAssociationAnswersTheElementShapeOfAPost() {
        Response response = API.target("/v2/customers/bulk").queryParam("source", "INSTORE").request()
                .header(HttpHeaders.AUTHORIZATION, CASHIER_AUTHORIZATION).post(Entity.json("[]"));

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.readEntity(JsonNode.class).at("/errors/0/message").asText()).contains("the batch is empty");
    }

    @Test
    void aFleetReadChecksItsQueryBeforeAnyUseCase() {
        Response noType = API.target("/v2/customers/bulk").queryParam("source", "INSTORE").queryParam("associationEntityIdentifierValue", "1")
                .request().header(HttpHeaders.AUTHORIZATION, CASHIER_AUTHORIZATION).get();
        Response unknown = API.target("/v2/customers/bulk").queryParam("source", "ALL").queryParam("associationEntityType", "parentCustomer")
                .queryParam("associationEntityIdentifierValue", "915905000000").request().header(HttpHeaders.AUTHORIZATION, CASHIER_AUTHORIZATION).get();

        assertThat(noType.getStatus()).isEqualTo(400);
        assertThat(unknown.getStatus()).isEqualTo(404);
        assertThat(unknown.readEntity(JsonNode.class).at("/errors/0/code").asInt()).isEqualTo(8015);
    }

    @Test
    void checksSourceAndAccountAtRequestLevel() {
        assertThat(put("", "{}").readEntity(JsonNode.class).at("/errors/0/code").asInt()).isEqualTo(8003);
        assertThat(put("?source=WECHAT", "{}").readEntity(JsonNode.class).at("/errors/0/code").asInt()).isEqualTo(8045);
        assertThat(put("?source=WECHAT&accountId=X", "{}").readEntity(JsonNode.class).at("/errors/0/code").asInt()).isEqualTo(8011);
    }
}
