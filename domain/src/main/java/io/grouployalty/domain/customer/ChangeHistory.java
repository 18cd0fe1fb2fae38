package io.grouployalty.domain.customer;

import io.grouployalty.domain.Page;
import io.grouployalty.domain.org.OrgId;

/** What changed of each customer, newest first; written in the unit of work of the change it records. */
public interface ChangeHistory {

    /** Records the change under a new id, unique in the org and increasing with time: a customer's later change has the greater id. */
    void record(OrgId org, Change change);

    Page<RecordedChange> of(OrgId org, CustomerId customer, int limit, int offset);
}
