package io.grouployalty.application.memory;

import io.grouployalty.domain.card.CardSeries;
import io.grouployalty.domain.card.CardSeriesDefinition;
import io.grouployalty.domain.org.OrgId;
import io.vavr.collection.List;
import io.vavr.control.Option;

public final class InMemoryCardSeries extends InMemoryTable<OrgId, List<CardSeriesDefinition>> implements CardSeries {

    @Override
    public synchronized Option<CardSeriesDefinition> byId(OrgId org, long id) {
        return all(org).find(series -> series.id() == id);
    }

    @Override
    public synchronized Option<CardSeriesDefinition> byCode(OrgId org, String code) {
        return all(org).find(series -> series.code().equals(code));
    }

    @Override
    public synchronized List<CardSeriesDefinition> all(OrgId org) {
        return rows.get(org).getOrElse(List.empty()).sortBy(CardSeriesDefinition::id);
    }

    @Override
    public synchronized void replace(OrgId org, List<CardSeriesDefinition> series) {
        rows = rows.put(org, series);
    }
}
