package io.grouployalty.architecturefixture.domain;

/** An outbound port: where parcels are counted. */
public interface ParcelLedger {

    int parcelsOf(String sender);
}
