package io.grouployalty.application.memory;

import io.grouployalty.domain.org.OrgId;
import io.grouployalty.domain.program.Program;
import io.grouployalty.domain.program.ProgramId;
import io.grouployalty.domain.program.Programs;
import io.vavr.collection.List;
import io.vavr.control.Option;

public final class InMemoryPrograms extends InMemoryTable<OrgId, List<Program>> implements Programs {

    @Override
    public synchronized Option<Program> byId(OrgId org, ProgramId id) {
        return all(org).find(program -> program.id().equals(id));
    }

    @Override
    public synchronized List<Program> all(OrgId org) {
        return rows.get(org).getOrElse(List.empty()).sortBy(program -> program.id().value());
    }

    @Override
    public synchronized void replace(OrgId org, List<Program> programs) {
        rows = rows.put(org, programs);
    }
}
