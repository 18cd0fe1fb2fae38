package io.grouployalty.application.org;

import io.grouployalty.application.port.in.AuthenticateTill;
import io.grouployalty.application.port.in.AuthenticateTill.Refusal;
import io.grouployalty.application.port.in.AuthenticateTill.SlowCheckBudget;
import io.grouployalty.domain.org.Caller;
import io.grouployalty.domain.org.Org;
import io.grouployalty.domain.org.Orgs;
import io.grouployalty.domain.org.PasswordDigest;
import io.grouployalty.domain.org.PasswordHash;
import io.grouployalty.domain.org.PasswordHasher;
import io.grouployalty.domain.org.Till;
import io.grouployalty.domain.org.TillCode;
import io.grouployalty.domain.org.Tills;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Authenticates tills against their stored hashes. A digest that matched its till's hash before needs no slow check;
 * any other login pays one, within its budget: an unknown till is checked against a decoy hash of a random digest, made
 * with the same cost as the tills' hashes and never remembered, so it takes as long as a wrong password.
 */
public final class TillAuthenticationService implements AuthenticateTill {

    private final Tills tills;
    private final Orgs orgs;
    private final PasswordHasher hasher;
    private final RememberedMatches remembered;
    private final PasswordHash decoy;

    public TillAuthenticationService(Tills tills, Orgs orgs, PasswordHasher hasher, RememberedMatches remembered) {
        this.tills = tills;
        this.orgs = orgs;
        this.hasher = hasher;
        this.remembered = remembered;
        this.decoy = hasher.hash(PasswordDigest.ofPassword(UUID.randomUUID().toString()));
    }

    @Override
    public Either<Refusal, Caller> authenticate(TillCode code, PasswordDigest digest, SlowCheckBudget budget) {
        Option<Till> till = tills.find(code);
        if (till.exists(found -> remembered.remembers(digest, found.passwordHash()))) {
            return admit(till.get());
        }
        Option<Boolean> checked = budget.check(() -> matches(digest, till));
        if (checked.isEmpty()) {
            return Either.left(Refusal.TOO_MANY_FAILED_CHECKS);
        }
        return checked.get() ? admit(till.get()) : Either.left(Refusal.WRONG_CREDENTIALS);
    }

    private boolean matches(PasswordDigest digest, Option<Till> till) {
        boolean matches = hasher.matches(digest, till.map(Till::passwordHash).getOrElse(decoy));
        if (matches) {
            till.forEach(found -> remembered.remember(digest, found.passwordHash()));
        }
        return matches && till.exists(Till::enabled);
    }

    private Either<Refusal, Caller> admit(Till till) {
        return till.enabled()
                ? Either.right(new Caller(till.code(), till.org(), orgs.find(till.org()).map(Org::timeZone).getOrElse(ZoneOffset.UTC)))
                : Either.left(Refusal.WRONG_CREDENTIALS);
    }
}
