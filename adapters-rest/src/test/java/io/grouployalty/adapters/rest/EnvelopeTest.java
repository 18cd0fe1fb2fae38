package io.grouployalty.adapters.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static io.grouployalty.adapters.rest.StubbedHttpApi.CASHIER_AUTHORIZATION;
import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(DropwizardExtensionsSupport.class)
class EnvelopeTest {

    private static final ResourceExtension API = StubbedHttpApi.with(caller -> {
        throw new IllegalStateException("select secret from internals");
    });

    private static JsonNode firstError(Response response) {
        return response.readEntity(JsonNode.class).at("/errors/0");
    }

    @Test
    void anUnknownPathIs404InTheEnvelope() {
        Response response = API.target("/v2/nothing/here").request().get();

        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(firstError(response).get("code").asInt()).isEqualTo(404);
    }

    @Test
    void aWrongMethodIs405WithOrWithoutCredentials() {
        Response anonymous = API.target("/v2/meta/sources").request().delete();
        Response authenticated = API.target("/v2/meta/sources").request().header(HttpHeaders.AUTHORIZATION, CASHIER_AUTHORIZATION).delete();

        assertThat(anonymous.getStatus()).isEqualTo(405);
        assertThat(firstError(anonymous).get("code").asInt()).isEqualTo(405);
        assertThat(authenticated.getStatus()).isEqualTo(405);
    }

    @Test
    void aFailureInsideIs500WithoutInternals() {
        Response response = API.target("/v2/meta/sources").request().header(HttpHeaders.AUTHORIZATION, CASHIER_AUTHORIZATION).get();

        assertThat(response.getStatus()).isEqualTo(500);
        String body = response.readEntity(String.class);
        assertThat(body).contains("\"code\":500").doesNotContain("select", "IllegalStateException", "at io.");
    }
}
