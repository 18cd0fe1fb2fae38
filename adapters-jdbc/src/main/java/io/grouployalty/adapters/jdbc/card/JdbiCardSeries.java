package io.grouployalty.adapters.jdbc.card;

import io.grouployalty.adapters.jdbc.Dao;
import io.grouployalty.domain.card.CardSeries;
import io.grouployalty.domain.card.CardSeriesDefinition;
import io.grouployalty.domain.card.CardStatus;
import io.grouployalty.domain.org.OrgId;
import io.vavr.Tuple2;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.jdbi.v3.core.Jdbi;

public final class JdbiCardSeries implements CardSeries {

    private final Dao<CardSeriesDao> dao;

    public JdbiCardSeries(Jdbi jdbi) {
        this.dao = new Dao<>(jdbi, CardSeriesDao.class);
    }

    @Override
    public Option<CardSeriesDefinition> byId(OrgId org, long id) {
        return series(dao.get().series(org.value(), id, null)).headOption();
    }

    @Override
    public Option<CardSeriesDefinition> byCode(OrgId org, String code) {
        return series(dao.get().series(org.value(), null, code)).headOption();
    }

    @Override
    public List<CardSeriesDefinition> all(OrgId org) {
        return series(dao.get().series(org.value(), null, null));
    }

    @Override
    public void replace(OrgId org, List<CardSeriesDefinition> series) {
        long[] ids = series.map(CardSeriesDefinition::id).toJavaStream().mapToLong(Long::longValue).toArray();
        List<Tuple2<Long, Tuple2<String, CardStatus>>> labels = series.flatMap(each -> each.statusLabels().toList()
                .map(label -> new Tuple2<>(each.id(), label)));

        dao.get().disableAll(org.value());
        dao.get().enable(org.value(), ids, series.map(CardSeriesDefinition::code).toJavaArray(String[]::new),
                series.map(CardSeriesDefinition::maxActivePerCustomer).toJavaStream().mapToInt(Integer::intValue).toArray());
        dao.get().deleteLabels(org.value(), ids);
        dao.get().insertLabels(org.value(), labels.map(Tuple2::_1).toJavaStream().mapToLong(Long::longValue).toArray(),
                labels.map(label -> label._2._1).toJavaArray(String[]::new),
                labels.map(label -> label._2._2.name()).toJavaArray(String[]::new));
    }

    private static List<CardSeriesDefinition> series(java.util.List<LabelRow> rows) {
        return List.ofAll(rows).groupBy(LabelRow::seriesId).values().toList()
                .map(labels -> new CardSeriesDefinition(labels.head().seriesId(), labels.head().code(),
                        HashMap.ofEntries(labels.filter(label -> label.label() != null)
                                .map(label -> new Tuple2<>(label.label(), CardStatus.valueOf(label.status())))),
                        labels.head().maxActivePerCustomer()))
                .sortBy(CardSeriesDefinition::id);
    }
}
