package io.grouployalty.adapters.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Ticker;
import io.dropwizard.jackson.Jackson;
import io.dropwizard.testing.junit5.ResourceExtension;
import io.grouployalty.adapters.rest.auth.LoginThrottle;
import io.grouployalty.adapters.rest.auth.TillAuthenticator;
import io.grouployalty.adapters.rest.meta.MetaResource;
import io.grouployalty.application.port.in.AuthenticateTill;
import io.grouployalty.application.port.in.AuthenticateTill.Refusal;
import io.grouployalty.application.port.in.ReadOrgSources;
import io.grouployalty.domain.org.Caller;
import io.grouployalty.domain.org.OrgId;
import io.grouployalty.domain.org.PasswordDigest;
import io.grouployalty.domain.org.TillCode;
import io.vavr.control.Option;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The HTTP adapter over stubbed use cases: one till, {@code cashier} with password {@code secret}, of org 7. */
public final class StubbedHttpApi {

    public static final Caller CASHIER = new Caller(new TillCode("cashier"), new OrgId(7));
    public static final String CASHIER_AUTHORIZATION = basic("cashier", PasswordDigest.ofPassword("secret").hex());

    private static final AuthenticateTill ONE_TILL = (till, digest, budget) ->
            Option.when(till.equals(CASHIER.till()) && digest.equals(PasswordDigest.ofPassword("secret")), CASHIER)
                    .toEither(Refusal.WRONG_CREDENTIALS);

    private StubbedHttpApi() {
    }

    public static ResourceExtension with(ReadOrgSources readOrgSources) {
        return serving(new MetaResource(readOrgSources));
    }

    /** The adapter's providers with these resources over stubbed use cases. */
    public static ResourceExtension serving(Object... resources) {
        ObjectMapper json = Jackson.newObjectMapper();
        ResourceExtension.Builder builder = ResourceExtension.builder().setRegisterDefaultExceptionMappers(false).setMapper(json);
        LoginThrottle throttle = new LoginThrottle(Ticker.systemTicker());
        HttpApi.providers(new TillAuthenticator(ONE_TILL, throttle), throttle, json).forEach(builder::addProvider);
        for (Object resource : resources) {
            builder.addResource(resource);
        }
        return builder.build();
    }

    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
