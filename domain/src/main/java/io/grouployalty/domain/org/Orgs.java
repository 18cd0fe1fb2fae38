package io.grouployalty.domain.org;

import io.vavr.collection.List;
import io.vavr.control.Option;

/** The orgs served by this installation. */
public interface Orgs {

    /** Creates the org or updates its name and time zone. */
    void save(Org org);

    Option<Org> find(OrgId id);

    List<Org> all();

    /**
     * Holds the org's lock until the unit of work ends. Whatever moves a company under another parent, deactivates a
     * company with its subsidiaries, makes a hierarchy the default or applies the org's file takes it before any company
     * or hierarchy lock, so that these run one at a time in an org.
     */
    void lock(OrgId id);
}
