package io.grouployalty.application.contract;

import io.grouployalty.domain.Transactions;
import io.grouployalty.domain.card.CardSeries;
import io.grouployalty.domain.company.Companies;
import io.grouployalty.domain.hierarchy.Hierarchies;
import io.grouployalty.domain.org.OrgSettingsAdmin;
import io.grouployalty.domain.org.Orgs;
import io.grouployalty.domain.org.Tills;
import io.grouployalty.domain.program.Programs;

/** The outbound ports of orgs and their reference data, as one adapter family provides them. */
public record OrgPorts(Orgs orgs, Tills tills, OrgSettingsAdmin settings, Programs programs, CardSeries cardSeries,
                       Hierarchies hierarchies, Companies companies, Transactions transactions) {
}
