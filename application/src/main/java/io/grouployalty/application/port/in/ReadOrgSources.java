package io.grouployalty.application.port.in;

import io.grouployalty.domain.org.Caller;
import io.grouployalty.domain.org.OrgSource;
import io.vavr.collection.List;

/** Reads the sources enabled for the caller's org. */
public interface ReadOrgSources {

    List<OrgSource> sourcesOf(Caller caller);
}
