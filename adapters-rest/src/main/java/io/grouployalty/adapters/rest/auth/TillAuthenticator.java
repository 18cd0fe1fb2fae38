package io.grouployalty.adapters.rest.auth;

import io.dropwizard.auth.Authenticator;
import io.grouployalty.application.port.in.AuthenticateTill;
import io.grouployalty.application.port.in.AuthenticateTill.Refusal;
import io.grouployalty.domain.org.Caller;
import io.grouployalty.domain.org.PasswordDigest;
import io.vavr.control.Either;
import jakarta.ws.rs.WebApplicationException;

import java.util.Optional;

/**
 * Reads a login as a till code and a password digest (a plain password is never accepted) and charges its failed slow
 * check to the code and the address it came from; a login whose budget is spent gets 429 at once.
 */
public final class TillAuthenticator implements Authenticator<TillLogin, TillPrincipal> {

    private final AuthenticateTill authenticateTill;
    private final LoginThrottle throttle;

    public TillAuthenticator(AuthenticateTill authenticateTill, LoginThrottle throttle) {
        this.authenticateTill = authenticateTill;
        this.throttle = throttle;
    }

    @Override
    public Optional<TillPrincipal> authenticate(TillLogin login) {
        Either<Refusal, Caller> outcome = PasswordDigest.parse(login.password()).toOption()
                .toEither(Refusal.WRONG_CREDENTIALS)
                .flatMap(digest -> authenticateTill.authenticate(login.code(), digest,
                        throttle.budget(LoginThrottle.Namespace.TILL_CODES, login.code().value(), login.from())));
        if (outcome.swap().contains(Refusal.TOO_MANY_FAILED_CHECKS)) {
            throw new WebApplicationException(TillAuthFilter.tooManyFailedLogins(LoginThrottle.ADDRESS_WINDOW.toSeconds()));
        }
        return outcome.map(TillPrincipal::new).toJavaOptional();
    }
}
