package io.grouployalty.adapters.rest.auth;

import io.grouployalty.domain.org.Caller;

import java.security.Principal;

/** The authenticated till as Jersey carries it to resources. */
public record TillPrincipal(Caller caller) implements Principal {

    @Override
    public String getName() {
        return caller.till().value();
    }
}
