package io.grouployalty.architecturefixture.domain;

/** An outbound port written as a class instead of an interface. */
public abstract class ParcelStore {

    public abstract void save(Parcel parcel);
}
