package io.grouployalty.application.port.in;

import io.grouployalty.domain.org.Caller;
import io.grouployalty.domain.org.PasswordDigest;
import io.grouployalty.domain.org.TillCode;
import io.vavr.control.Option;

/** Checks a till's credentials; answers the caller only for an enabled till whose password digest matches. */
public interface AuthenticateTill {

    Option<Caller> authenticate(TillCode till, PasswordDigest digest);
}
