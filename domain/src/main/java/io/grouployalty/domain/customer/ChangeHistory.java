package io.grouployalty.domain.customer;

import io.grouployalty.domain.Page;
import io.grouployalty.domain.org.OrgId;

/** What changed of each customer, newest first; written in the unit of work of the change it records. */
public interface ChangeHistory {

    void record(OrgId org, Change change);

    Page<Change> of(OrgId org, CustomerId customer, int limit, int offset);
}
