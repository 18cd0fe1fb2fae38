package io.grouployalty.application.memory;

import io.grouployalty.domain.org.OrgId;
import io.grouployalty.domain.org.Till;
import io.grouployalty.domain.org.TillCode;
import io.grouployalty.domain.org.Tills;
import io.vavr.collection.List;
import io.vavr.control.Option;

public final class InMemoryTills extends InMemoryTable<TillCode, Till> implements Tills {

    @Override
    public synchronized Option<Till> find(TillCode code) {
        return rows.get(code);
    }

    @Override
    public synchronized List<Till> of(OrgId org) {
        return rows.values().filter(till -> till.belongsTo(org)).toList().sortBy(till -> till.code().value());
    }

    @Override
    public synchronized List<TillCode> replace(OrgId org, List<Till> tills) {
        List<Till> taken = tills.filter(till -> rows.get(till.code()).exists(stored -> !stored.belongsTo(org)));
        List<Till> accepted = tills.removeAll(taken);
        List<TillCode> keep = accepted.map(Till::code);
        rows = rows.mapValues(till -> till.belongsTo(org) && !keep.contains(till.code()) ? till.disabled() : till);
        rows = accepted.foldLeft(rows, (all, till) -> all.put(till.code(), till));
        return taken.map(Till::code);
    }
}
