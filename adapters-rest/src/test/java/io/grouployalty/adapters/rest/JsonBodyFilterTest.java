package io.grouployalty.adapters.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import io.vavr.collection.List;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.glassfish.jersey.client.ClientProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static io.grouployalty.adapters.rest.StubbedHttpApi.CASHIER_AUTHORIZATION;
import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(DropwizardExtensionsSupport.class)
class JsonBodyFilterTest {

    private static final ResourceExtension API = StubbedHttpApi.with(caller -> List.empty());

    private static Response send(Entity<?> body) {
        return API.target("/v2/meta/sources")
                .property(ClientProperties.SUPPRESS_HTTP_COMPLIANCE_VALIDATION, true)
                .request().header(HttpHeaders.AUTHORIZATION, CASHIER_AUTHORIZATION)
                .method("GET", body);
    }

    private static JsonNode firstError(Response response) {
        return response.readEntity(JsonNode.class).at("/errors/0");
    }

    @Test
    void acceptsWellFormedJsonWithOrWithoutCharset() {
        assertThat(send(Entity.json("{\"a\": [1, 2]}")).getStatus()).isEqualTo(200);
        assertThat(send(Entity.entity("[]", "application/json; charset=utf-8")).getStatus()).isEqualTo(200);
    }

    @Test
    void refusesABodyThatIsNotDeclaredJsonWith415() {
        Response response = send(Entity.text("{}"));

        assertThat(response.getStatus()).isEqualTo(415);
        assertThat(firstError(response).get("code").asInt()).isEqualTo(415);
    }

    @Test
    void refusesMalformedJsonWith400NamingWhere() {
        Response response = send(Entity.json("{\"a\": [1, 2}"));

        assertThat(response.getStatus()).isEqualTo(400);
        JsonNode error = firstError(response);
        assertThat(error.get("code").asInt()).isEqualTo(400);
        assertThat(error.get("message").asText()).startsWith("Invalid input: body is not valid JSON (line 1");
    }

    @Test
    void refusesTwoValuesWhereOneIsExpected() {
        assertThat(firstError(send(Entity.json("{}{}"))).get("message").asText())
                .isEqualTo("Invalid input: body holds more than one JSON value");
    }

    @Test
    void refusesInvalidUtf8() {
        Response response = send(Entity.entity(new byte[]{'"', (byte) 0xC3, (byte) 0x28, '"'}, MediaType.APPLICATION_JSON_TYPE));

        assertThat(firstError(response).get("message").asText()).isEqualTo("Invalid input: body is not valid UTF-8");
    }

    @Test
    void refusesNestingDeeperThan64Levels() {
        assertThat(send(Entity.json("[".repeat(64) + "]".repeat(64))).getStatus()).isEqualTo(200);

        Response response = send(Entity.json("[".repeat(65) + "]".repeat(65)));

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(firstError(response).get("message").asText()).contains("nested deeper than 64");
    }

    @Test
    void refusesABodyLargerThan8MiBWith413() {
        String big = "[" + "1,".repeat(JsonBodyFilter.MAX_BODY_BYTES / 2) + "1]";

        Response response = send(Entity.json(big));

        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(firstError(response).get("code").asInt()).isEqualTo(413);
    }
}
