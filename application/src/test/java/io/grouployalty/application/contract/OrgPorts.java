package io.grouployalty.application.contract;

import io.grouployalty.domain.Transactions;
import io.grouployalty.domain.org.OrgSettings;
import io.grouployalty.domain.org.Orgs;
import io.grouployalty.domain.org.Tills;

/** The outbound ports about orgs, as one adapter family provides them. */
public record OrgPorts(Orgs orgs, Tills tills, OrgSettings settings, Transactions transactions) {
}
