package io.grouployalty.adapters.jdbc.program;

import io.grouployalty.adapters.jdbc.Dao;
import io.grouployalty.domain.org.OrgId;
import io.grouployalty.domain.program.Program;
import io.grouployalty.domain.program.ProgramId;
import io.grouployalty.domain.program.Programs;
import io.grouployalty.domain.program.Tier;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.jdbi.v3.core.Jdbi;

public final class JdbiPrograms implements Programs {

    private final Dao<ProgramDao> dao;

    public JdbiPrograms(Jdbi jdbi) {
        this.dao = new Dao<>(jdbi, ProgramDao.class);
    }

    @Override
    public Option<Program> byId(OrgId org, ProgramId id) {
        return programs(dao.get().tiers(org.value(), id.value(), true)).headOption();
    }

    @Override
    public List<Program> all(OrgId org) {
        return programs(dao.get().tiers(org.value(), null, true));
    }

    @Override
    public List<Program> named(OrgId org) {
        return programs(dao.get().tiers(org.value(), null, false));
    }

    @Override
    public void replace(OrgId org, List<Program> programs) {
        long[] ids = programs.map(program -> program.id().value()).toJavaStream().mapToLong(Long::longValue).toArray();
        List<Tuple2<Program, Tier>> tiers = programs.flatMap(program -> program.tiers().map(tier -> new Tuple2<>(program, tier)));
        long[] tierPrograms = tiers.map(tier -> tier._1.id().value()).toJavaStream().mapToLong(Long::longValue).toArray();
        int[] numbers = tiers.map(tier -> tier._2.number()).toJavaStream().mapToInt(Integer::intValue).toArray();

        dao.get().enablePrograms(org.value(), ids, programs.map(Program::name).toJavaArray(String[]::new));
        dao.get().disableProgramsBut(org.value(), ids);
        dao.get().enableTiers(org.value(), tierPrograms, numbers, tiers.map(tier -> tier._2.name()).toJavaArray(String[]::new));
        dao.get().disableTiersBut(org.value(), tierPrograms, numbers);
    }

    /** One row per tier; a program without one comes as a single row with no tier. */
    private static List<Program> programs(java.util.List<TierRow> rows) {
        return List.ofAll(rows).groupBy(TierRow::programId).values().toList()
                .map(tiers -> new Program(new ProgramId(tiers.head().programId()), tiers.head().programName(),
                        tiers.filter(tier -> tier.number() != null).map(tier -> new Tier(tier.number(), tier.name()))))
                .sortBy(program -> program.id().value());
    }
}
