package io.grouployalty.domain.customer;

import io.grouployalty.domain.card.CardSeries;
import io.grouployalty.domain.company.Companies;
import io.grouployalty.domain.hierarchy.Hierarchies;
import io.grouployalty.domain.org.OrgSettings;
import io.grouployalty.domain.org.Tills;
import io.grouployalty.domain.program.Programs;

/** The ports an item is checked against. */
public record ReferenceData(OrgSettings settings, Tills tills, Programs programs, CardSeries cardSeries, Hierarchies hierarchies,
                            Companies companies) {
}
