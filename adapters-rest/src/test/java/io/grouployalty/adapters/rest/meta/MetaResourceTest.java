package io.grouployalty.adapters.rest.meta;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import io.grouployalty.adapters.rest.StubbedHttpApi;
import io.grouployalty.domain.org.AccountId;
import io.grouployalty.domain.org.OrgSource;
import io.grouployalty.domain.org.Source;
import io.vavr.collection.List;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static io.grouployalty.adapters.rest.StubbedHttpApi.CASHIER;
import static io.grouployalty.adapters.rest.StubbedHttpApi.CASHIER_AUTHORIZATION;
import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(DropwizardExtensionsSupport.class)
class MetaResourceTest {

    private static final ResourceExtension API = StubbedHttpApi.with(caller -> caller.equals(CASHIER)
            ? List.of(new OrgSource(Source.WECHAT, List.of(new AccountId("WECHAT-CM"))), OrgSource.singleAccount(Source.INSTORE))
            : List.empty());

    @Test
    void listsTheSourcesOfTheCallersOrgInTheVendorsShape() {
        Response response = API.target("/v2/meta/sources").request().header(HttpHeaders.AUTHORIZATION, CASHIER_AUTHORIZATION).get();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getMediaType().toString()).isEqualTo("application/json;charset=UTF-8");
        JsonNode body = response.readEntity(JsonNode.class);
        assertThat(body.toString()).isEqualTo("""
                {"data":[{"name":"WECHAT","accounts":["WECHAT-CM"],"commChannels":["email","mobile","wechat"]},\
                {"name":"INSTORE","accounts":[],"commChannels":["email","mobile"]}],"warnings":[],"errors":[]}""");
    }

    @Test
    void refusesACallWithoutCredentialsWithTheChallengeAndTheEnvelope() {
        Response response = API.target("/v2/meta/sources").request().get();

        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getHeaderString(HttpHeaders.WWW_AUTHENTICATE)).isEqualTo("Basic realm=\"group-loyalty\"");
        JsonNode body = response.readEntity(JsonNode.class);
        assertThat(body.at("/errors/0/code").asInt()).isEqualTo(401);
        assertThat(body.at("/errors/0/status").asBoolean(true)).isFalse();
        assertThat(body.at("/warnings").isEmpty()).isTrue();
    }

    @Test
    void refusesThePlainPasswordInPlaceOfItsDigest() {
        Response response = API.target("/v2/meta/sources").request()
                .header(HttpHeaders.AUTHORIZATION, StubbedHttpApi.basic("cashier", "secret")).get();

        assertThat(response.getStatus()).isEqualTo(401);
    }
}
