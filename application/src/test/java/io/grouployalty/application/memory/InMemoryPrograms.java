package io.grouployalty.application.memory;

import io.grouployalty.domain.org.OrgId;
import io.grouployalty.domain.program.Program;
import io.grouployalty.domain.program.ProgramId;
import io.grouployalty.domain.program.Programs;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Option;

public final class InMemoryPrograms extends InMemoryTable<OrgId, List<Program>> implements Programs {

    private Map<OrgId, List<Program>> declared = HashMap.empty();

    @Override
    public synchronized Option<Program> byId(OrgId org, ProgramId id) {
        return all(org).find(program -> program.id().equals(id));
    }

    @Override
    public synchronized List<Program> all(OrgId org) {
        return rows.get(org).getOrElse(List.empty()).sortBy(program -> program.id().value());
    }

    @Override
    public synchronized List<Program> named(OrgId org) {
        return declared.get(org).getOrElse(List.empty()).sortBy(program -> program.id().value());
    }

    @Override
    public synchronized void replace(OrgId org, List<Program> programs) {
        rows = rows.put(org, programs);
        List<Program> earlier = declared.get(org).getOrElse(List.empty()).filter(old -> programs.forAll(now -> !now.id().equals(old.id())));
        declared = declared.put(org, earlier.appendAll(programs.map(program -> new Program(program.id(), program.name(),
                program.tiers().appendAll(named(org).find(old -> old.id().equals(program.id())).map(Program::tiers).getOrElse(List.empty())
                        .filter(old -> program.tier(old.number()).isEmpty()))))));
    }
}
