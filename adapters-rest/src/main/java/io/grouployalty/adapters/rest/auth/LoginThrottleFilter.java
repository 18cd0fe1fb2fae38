package io.grouployalty.adapters.rest.auth;

import io.grouployalty.adapters.rest.error.ErrorEnvelope;
import io.grouployalty.domain.ErrorCode;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Answers 429 to a till code that failed to log in too often, before its credentials are even looked at. */
@Provider
@Priority(Priorities.AUTHENTICATION - 1)
public final class LoginThrottleFilter implements ContainerRequestFilter {

    private final LoginThrottle throttle;

    public LoginThrottleFilter(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String tillCode = tillCode(request.getHeaderString(HttpHeaders.AUTHORIZATION));
        if (tillCode != null && throttle.blocked(tillCode)) {
            request.abortWith(ErrorEnvelope.respond(429, ErrorCode.TOO_MANY_FAILED_LOGINS).header(HttpHeaders.RETRY_AFTER, "60").build());
        }
    }

    /** The user name of Basic credentials, or null when there are none readable. */
    static String tillCode(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).strip()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : decoded.substring(0, colon);
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }
}
