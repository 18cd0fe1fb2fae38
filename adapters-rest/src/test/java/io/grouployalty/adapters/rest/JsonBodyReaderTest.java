package io.grouployalty.adapters.rest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Ticker;
import io.dropwizard.jackson.Jackson;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import io.grouployalty.adapters.rest.auth.LoginThrottle;
import io.grouployalty.adapters.rest.auth.TillAuthenticator;
import io.grouployalty.adapters.rest.customer.CustomerBulkResource;
import io.grouployalty.application.port.in.AuthenticateTill;
import io.grouployalty.domain.customer.CustomerItem;
import io.grouployalty.domain.org.OrgSource;
import io.grouployalty.domain.org.PasswordDigest;
import io.grouployalty.domain.org.Source;
import io.vavr.collection.List;
import io.vavr.control.Option;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static io.grouployalty.adapters.rest.StubbedHttpApi.CASHIER;
import static io.grouployalty.adapters.rest.StubbedHttpApi.CASHIER_AUTHORIZATION;
import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(DropwizardExtensionsSupport.class)
class JsonBodyReaderTest {

    private static final AtomicInteger PARSERS = new AtomicInteger();
    private static final AtomicReference<List<CustomerItem>> RECEIVED = new AtomicReference<>();
    private static final ObjectMapper JSON = Jackson.newObjectMapper(new CountingFactory());
    private static final ResourceExtension API = api();

    /** A JSON factory that counts the parsers it makes, for bytes and for streams alike. */
    private static final class CountingFactory extends JsonFactory {

        CountingFactory() {
        }

        private CountingFactory(CountingFactory source, ObjectCodec codec) {
            super(source, codec);
        }

        @Override
        public JsonFactory copy() {
            return new CountingFactory(this, null);
        }

        @Override
        protected JsonParser _createParser(InputStream in, IOContext context) throws IOException {
            PARSERS.incrementAndGet();
            return super._createParser(in, context);
        }

        @Override
        protected JsonParser _createParser(byte[] data, int offset, int length, IOContext context) throws IOException {
            PARSERS.incrementAndGet();
            return super._createParser(data, offset, length, context);
        }
    }

    private static ResourceExtension api() {
        LoginThrottle throttle = new LoginThrottle(Ticker.systemTicker());
        AuthenticateTill oneTill = (till, digest, budget) ->
                Option.when(digest.equals(PasswordDigest.ofPassword("secret")), CASHIER).toEither(AuthenticateTill.Refusal.WRONG_CREDENTIALS);
        ResourceExtension.Builder builder = ResourceExtension.builder().setRegisterDefaultExceptionMappers(false).setMapper(JSON);
        HttpApi.providers(new TillAuthenticator(oneTill, throttle), throttle, JSON).forEach(builder::addProvider);
        return builder.addResource(new CustomerBulkResource(new CustomerBulkResource.UseCases(command -> {
            RECEIVED.set(command.items());
            return List.empty();
        }, command -> List.empty(), query -> null, caller -> List.of(OrgSource.singleAccount(Source.INSTORE)), caller -> List.empty(),
                caller -> List.empty()))).build();
    }

    private static Response put(String body) {
        PARSERS.set(0);
        return API.target("/v2/customers/bulk").queryParam("source", "INSTORE").request()
                .header(HttpHeaders.AUTHORIZATION, CASHIER_AUTHORIZATION).put(Entity.json(body));
    }

    @BeforeEach
    void nothingReceived() {
        RECEIVED.set(null);
    }

    @Test
    void aBodyIsParsedOnceOnItsWayToTheUseCase() {
        put("[{\"profiles\": [{\"firstName\": \"Tom\", \"identifiers\": [{\"type\": \"mobile\", \"value\": \"915905000000\"}]}],"
                + " \"associationDetails\": {\"parentCustomer\": {\"profiles\": [{\"identifiers\": [{\"type\": \"mobile\", \"value\": \"919905000000\"}]}]}}}]");

        assertThat(PARSERS.get()).isEqualTo(1);
        assertThat(RECEIVED.get().single().profiles().single().firstName()).contains("Tom");
    }

    @Test
    void aBodyWithShapeProblemsIsParsedOnceToo() {
        Response response = put("{\"profiles\": \"x\", \"loyaltyType\": \"platinum\"}");

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(PARSERS.get()).isEqualTo(1);
    }

    @Test
    void aNameAsLongAsTheBodyMayBeIsReadForTheRulesToTruncate() {
        String name = "n".repeat(7 * 1024 * 1024);

        put("{\"profiles\": [{\"firstName\": \"" + name + "\", \"identifiers\": [{\"type\": \"mobile\", \"value\": \"915905000000\"}]}]}");

        assertThat(RECEIVED.get().single().profiles().single().firstName()).contains(name);
    }
}
