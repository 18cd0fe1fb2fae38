package io.grouployalty.domain.org;

import io.vavr.collection.List;
import io.vavr.control.Option;

/** The orgs served by this installation. */
public interface Orgs {

    /** Creates the org or updates its name and time zone. */
    void save(Org org);

    Option<Org> find(OrgId id);

    List<Org> all();
}
