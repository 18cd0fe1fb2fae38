package io.grouployalty.application.port.in;

import io.grouployalty.domain.org.Org;
import io.vavr.collection.List;

/** Lists the orgs of this installation, by id. */
public interface ListOrgs {

    List<Org> listOrgs();
}
