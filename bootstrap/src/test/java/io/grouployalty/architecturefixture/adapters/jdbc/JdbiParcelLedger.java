package io.grouployalty.architecturefixture.adapters.jdbc;

import io.grouployalty.architecturefixture.domain.ParcelLedger;

/** The adapter that makes {@link ParcelLedger} an outbound port. */
public class JdbiParcelLedger implements ParcelLedger {

    @Override
    public int parcelsOf(String sender) {
        return sender.length();
    }
}
