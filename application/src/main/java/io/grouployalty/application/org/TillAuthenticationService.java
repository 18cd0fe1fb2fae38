package io.grouployalty.application.org;

import io.grouployalty.application.port.in.AuthenticateTill;
import io.grouployalty.domain.org.Caller;
import io.grouployalty.domain.org.Org;
import io.grouployalty.domain.org.Orgs;
import io.grouployalty.domain.org.PasswordDigest;
import io.grouployalty.domain.org.PasswordHash;
import io.grouployalty.domain.org.PasswordHasher;
import io.grouployalty.domain.org.Till;
import io.grouployalty.domain.org.TillCode;
import io.grouployalty.domain.org.Tills;
import io.vavr.control.Option;

import java.time.ZoneOffset;

/** Authenticates tills against their stored hashes; an unknown till costs as much time as a known one. */
public final class TillAuthenticationService implements AuthenticateTill {

    private final Tills tills;
    private final Orgs orgs;
    private final PasswordHasher hasher;
    private final PasswordHash decoy;

    public TillAuthenticationService(Tills tills, Orgs orgs, PasswordHasher hasher) {
        this.tills = tills;
        this.orgs = orgs;
        this.hasher = hasher;
        this.decoy = hasher.hash(PasswordDigest.ofPassword("decoy for unknown tills"));
    }

    @Override
    public Option<Caller> authenticate(TillCode code, PasswordDigest digest) {
        Option<Till> till = tills.find(code);
        boolean matches = hasher.matches(digest, till.map(Till::passwordHash).getOrElse(decoy));
        return till.filter(found -> matches && found.enabled()).map(found -> new Caller(found.code(), found.org(),
                orgs.find(found.org()).map(Org::timeZone).getOrElse(ZoneOffset.UTC)));
    }
}
