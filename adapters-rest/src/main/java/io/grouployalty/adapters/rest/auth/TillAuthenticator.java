package io.grouployalty.adapters.rest.auth;

import io.dropwizard.auth.Authenticator;
import io.dropwizard.auth.basic.BasicCredentials;
import io.grouployalty.application.port.in.AuthenticateTill;
import io.grouployalty.domain.org.PasswordDigest;
import io.grouployalty.domain.org.TillCode;

import java.util.Optional;

/** Reads Basic credentials as a till code and a password digest; a plain password is never accepted. */
public final class TillAuthenticator implements Authenticator<BasicCredentials, TillPrincipal> {

    private final AuthenticateTill authenticateTill;
    private final LoginThrottle throttle;

    public TillAuthenticator(AuthenticateTill authenticateTill, LoginThrottle throttle) {
        this.authenticateTill = authenticateTill;
        this.throttle = throttle;
    }

    @Override
    public Optional<TillPrincipal> authenticate(BasicCredentials credentials) {
        Optional<TillPrincipal> principal = TillCode.parse(credentials.getUsername()).toOption()
                .flatMap(till -> PasswordDigest.parse(credentials.getPassword()).toOption()
                        .flatMap(digest -> authenticateTill.authenticate(till, digest)))
                .map(TillPrincipal::new)
                .toJavaOptional();
        if (principal.isEmpty()) {
            throttle.failed(credentials.getUsername());
        }
        return principal;
    }
}
