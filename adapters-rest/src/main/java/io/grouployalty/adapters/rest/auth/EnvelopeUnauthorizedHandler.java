package io.grouployalty.adapters.rest.auth;

import io.dropwizard.auth.UnauthorizedHandler;
import io.grouployalty.adapters.rest.error.ErrorEnvelope;
import io.grouployalty.domain.ErrorCode;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/** Missing or wrong credentials: 401 in the vendor's envelope, with the Basic challenge. */
public final class EnvelopeUnauthorizedHandler implements UnauthorizedHandler {

    @Override
    public Response buildResponse(String prefix, String realm) {
        return ErrorEnvelope.respond(401, ErrorCode.AUTHENTICATION_FAILED)
                .header(HttpHeaders.WWW_AUTHENTICATE, prefix + " realm=\"" + realm + "\"")
                .build();
    }
}
