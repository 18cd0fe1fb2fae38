package io.grouployalty.domain.org;

import io.vavr.collection.List;
import io.vavr.control.Option;

/** The tills of every org, found by their code, which is unique across orgs. */
public interface Tills {

    Option<Till> find(TillCode code);

    List<Till> of(OrgId org);

    /**
     * Makes {@code tills} the complete set of the org's enabled tills: each is created or updated and enabled,
     * every other till of the org is disabled. Answers the codes that belong to another org and were left alone.
     */
    List<TillCode> replace(OrgId org, List<Till> tills);
}
