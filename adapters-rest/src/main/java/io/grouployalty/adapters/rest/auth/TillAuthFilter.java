package io.grouployalty.adapters.rest.auth;

import io.dropwizard.auth.AuthFilter;
import io.dropwizard.auth.Authenticator;
import io.grouployalty.adapters.rest.error.ErrorEnvelope;
import io.grouployalty.domain.ErrorCode;
import io.vavr.control.Option;
import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/**
 * HTTP Basic authentication of tills behind the failed-login throttle: a code that failed too often gets 429 before its
 * credentials are looked at, even the right ones. The throttle and the login read the credentials once, as sent.
 */
@Priority(Priorities.AUTHENTICATION)
public final class TillAuthFilter extends AuthFilter<TillLogin, TillPrincipal> {

    private final LoginThrottle throttle;

    @Context
    private HttpServletRequest servletRequest;

    public TillAuthFilter(Authenticator<TillLogin, TillPrincipal> authenticator, LoginThrottle throttle, String realm) {
        this.authenticator = authenticator;
        this.throttle = throttle;
        this.realm = realm;
        this.unauthorizedHandler = new EnvelopeUnauthorizedHandler();
    }

    @Override
    public void filter(ContainerRequestContext request) {
        Option<TillLogin> login = TillLogin.read(request.getHeaderString(HttpHeaders.AUTHORIZATION), remoteAddress());
        if (login.exists(sent -> throttle.blocked(LoginThrottle.Namespace.TILL_CODES, sent.code().value()))) {
            request.abortWith(tooManyFailedLogins(LoginThrottle.NAME_WINDOW.toSeconds()));
        } else if (!authenticate(request, login.getOrNull(), SecurityContext.BASIC_AUTH)) {
            throw new WebApplicationException(unauthorizedHandler.buildResponse(prefix, realm));
        }
    }

    /** The caller's address; requests in the in-memory container of resource tests have none and share one budget. */
    private String remoteAddress() {
        return servletRequest == null ? "" : servletRequest.getRemoteAddr();
    }

    static Response tooManyFailedLogins(long retryAfterSeconds) {
        return ErrorEnvelope.respond(429, ErrorCode.TOO_MANY_FAILED_LOGINS).header(HttpHeaders.RETRY_AFTER, retryAfterSeconds).build();
    }
}
