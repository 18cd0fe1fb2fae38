package io.grouployalty.adapters.rest.auth;

import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import io.grouployalty.adapters.rest.StubbedHttpApi;
import io.grouployalty.domain.org.PasswordDigest;
import io.vavr.collection.List;
import jakarta.ws.rs.core.HttpHeaders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(DropwizardExtensionsSupport.class)
class BasicAuthenticationTest {

    private static final ResourceExtension API = StubbedHttpApi.with(caller -> List.empty());
    private static final String SECRET = PasswordDigest.ofPassword("secret").hex();

    private static int statusFor(String authorization) {
        return API.target("/v2/meta/sources").request().header(HttpHeaders.AUTHORIZATION, authorization).get().getStatus();
    }

    @Test
    void admitsTheTillCodeExactlyAsDeclared() {
        assertThat(statusFor(StubbedHttpApi.basic("cashier", SECRET))).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {" cashier", "cashier ", "\tcashier", "cash ier", "cashier\u00a0"})
    void aCodeWithSpaceAroundOrInsideIsNotTheTill(String code) {
        assertThat(statusFor(StubbedHttpApi.basic(code, SECRET))).isEqualTo(401);
    }
}
