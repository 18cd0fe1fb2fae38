package io.grouployalty.domain.card;

import io.grouployalty.domain.org.OrgId;
import io.vavr.collection.List;
import io.vavr.control.Option;

/** The card series of each org; a series left out of an org file is disabled, never deleted. */
public interface CardSeries {

    /** An enabled series of the org, by its id. */
    Option<CardSeriesDefinition> byId(OrgId org, long id);

    /** An enabled series of the org, by its code. */
    Option<CardSeriesDefinition> byCode(OrgId org, String code);

    /** The enabled series of the org, by id. */
    List<CardSeriesDefinition> all(OrgId org);

    /** Makes {@code series} the complete set of the org's enabled card series. */
    void replace(OrgId org, List<CardSeriesDefinition> series);
}
