package io.grouployalty.architecturefixture.domain.rules;

import io.grouployalty.architecturefixture.domain.ParcelLedger;

/** A rule that reads a port instead of the world it is given. */
public final class ParcelRules {

    private ParcelRules() {
    }

    public static boolean mayShip(ParcelLedger ledger, String sender) {
        return ledger.parcelsOf(sender) < 10;
    }
}
