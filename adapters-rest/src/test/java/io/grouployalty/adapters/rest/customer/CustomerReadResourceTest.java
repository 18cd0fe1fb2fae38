package io.grouployalty.adapters.rest.customer;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import io.grouployalty.adapters.rest.StubbedHttpApi;
import io.grouployalty.domain.ErrorCode;
import io.grouployalty.domain.Page;
import io.grouployalty.domain.Rejection;
import io.grouployalty.domain.customer.Customer;
import io.grouployalty.domain.customer.CustomerId;
import io.grouployalty.domain.customer.CustomerView;
import io.grouployalty.domain.customer.FieldValue;
import io.grouployalty.domain.customer.LoyaltyType;
import io.grouployalty.domain.org.OrgSource;
import io.grouployalty.domain.org.Source;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Instant;

import static io.grouployalty.adapters.rest.StubbedHttpApi.CASHIER_AUTHORIZATION;
import static org.assertj.core.api.Assertions.assertThat;

/** The customer reads over stubbed use cases. */
@ExtendWith(DropwizardExtensionsSupport.class)
class CustomerReadResourceTest {

    private static final Instant CREATED = Instant.parse("2026-01-01T00:00:00Z");
    private static final Customer TOM = new Customer(new CustomerId(7), List.empty(), LinkedHashMap.of("city", new FieldValue.Text("Pune")),
            LoyaltyType.LOYALTY, List.empty(), Option.none(), CREATED, CREATED);

    private static final ResourceExtension API = StubbedHttpApi.serving(new CustomerReadResource(new CustomerReadResource.UseCases(
            query -> query.customer().equals(TOM.id()) ? Either.right(new CustomerView(TOM, Option.none(), 0))
                    : Either.left(Rejection.notFound(ErrorCode.CUSTOMER_NOT_FOUND)),
            query -> Either.right(TOM.id()),
            query -> Either.right(new Page<>(List.empty(), 0)),
            caller -> List.of(OrgSource.singleAccount(Source.INSTORE)),
            caller -> List.empty(),
            caller -> List.empty(),
            query -> Either.left(Rejection.notFound(ErrorCode.HIERARCHY_CODE_UNKNOWN, "x")),
            query -> Either.left(Rejection.notFound(ErrorCode.COMPANY_UNKNOWN, "x")))));

    private static Response get(String path, String... query) {
        jakarta.ws.rs.client.WebTarget target = API.target(path);
        for (int i = 0; i < query.length; i += 2) {
            target = target.queryParam(query[i], query[i + 1]);
        }
        return target.request().header(HttpHeaders.AUTHORIZATION, CASHIER_AUTHORIZATION).get();
    }

    @Test
    void answers304ForTheETagItGave() {
        Response first = get("/v2/customers/7", "source", "INSTORE");
        String tag = first.getHeaderString(HttpHeaders.ETAG);

        Response again = API.target("/v2/customers/7").queryParam("source", "INSTORE").request()
                .header(HttpHeaders.AUTHORIZATION, CASHIER_AUTHORIZATION).header(HttpHeaders.IF_NONE_MATCH, tag).get();

        assertThat(first.getStatus()).isEqualTo(200);
        assertThat(first.readEntity(JsonNode.class).at("/extendedFields/city").asText()).isEqualTo("Pune");
        assertThat(again.getStatus()).isEqualTo(304);
    }

    @Test
    void ifNoneMatchComparesWeaklyAcceptsListsAndTheWildcard() {
        String tag = get("/v2/customers/7", "source", "INSTORE").getHeaderString(HttpHeaders.ETAG);

        for (String condition : java.util.List.of("W/" + tag, "\"other\", " + tag, "*", tag.replace("\"", ""))) {
            assertThat(API.target("/v2/customers/7").queryParam("source", "INSTORE").request()
                    .header(HttpHeaders.AUTHORIZATION, CASHIER_AUTHORIZATION).header(HttpHeaders.IF_NONE_MATCH, condition).get().getStatus())
                    .as(condition).isEqualTo(304);
        }
        assertThat(API.target("/v2/customers/7").queryParam("source", "INSTORE").request()
                .header(HttpHeaders.AUTHORIZATION, CASHIER_AUTHORIZATION).header(HttpHeaders.IF_NONE_MATCH, "\"other\", W/\"else\"").get()
                .getStatus()).isEqualTo(200);
    }

    @Test
    void anUnknownOrMalformedIdIs404With8015() {
        assertThat(get("/v2/customers/8", "source", "INSTORE").readEntity(JsonNode.class).at("/errors/0/code").asInt()).isEqualTo(8015);
        assertThat(get("/v2/customers/abc", "source", "INSTORE").getStatus()).isEqualTo(404);
    }

    @Test
    void aLookupNeedsBothTheIdentifiersNameAndValue8013() {
        assertThat(get("/v2/customers/lookup", "source", "INSTORE", "identifierName", "mobile").readEntity(JsonNode.class)
                .at("/errors/0/code").asInt()).isEqualTo(8013);
        assertThat(get("/v2/customers/lookup", "source", "INSTORE", "identifierName", "mobile", "identifierValue", "915905000000")
                .readEntity(JsonNode.class).get("entity").asLong()).isEqualTo(7);
    }

    @Test
    void theHistoryTakesAtMost100Entries() {
        assertThat(get("/v2/customers/7/changes", "limit", "101").getStatus()).isEqualTo(400);
        assertThat(get("/v2/customers/7/changes").readEntity(JsonNode.class).get("count").asInt()).isZero();
    }
}
