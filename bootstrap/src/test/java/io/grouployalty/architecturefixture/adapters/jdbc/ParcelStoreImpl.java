package io.grouployalty.architecturefixture.adapters.jdbc;

import io.grouployalty.architecturefixture.domain.Parcel;
import io.grouployalty.architecturefixture.domain.ParcelStore;

/** Breaks the naming rule and extends a core class. */
public class ParcelStoreImpl extends ParcelStore {

    @Override
    public void save(Parcel parcel) {
        parcel.hashCode();
    }
}
