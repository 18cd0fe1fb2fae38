package io.grouployalty.architecturefixture.domain;

import io.grouployalty.architecturefixture.adapters.jdbc.ParcelStoreImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Breaks the rings (the domain uses an adapter) and the allow-list (the domain uses a logging framework). */
public class Parcel {

    private static final Logger LOG = LoggerFactory.getLogger(Parcel.class);

    public void store(ParcelStoreImpl store) {
        LOG.info("storing");
        store.save(this);
    }
}
