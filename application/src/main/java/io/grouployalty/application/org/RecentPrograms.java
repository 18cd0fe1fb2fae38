package io.grouployalty.application.org;

import io.grouployalty.domain.org.OrgId;
import io.grouployalty.domain.program.Program;
import io.grouployalty.domain.program.ProgramId;
import io.grouployalty.domain.program.Programs;
import io.vavr.collection.List;
import io.vavr.control.Option;

import java.time.Clock;
import java.time.Duration;

/** An org's programs as read at most {@code bound} ago, like {@link RecentOrgSettings}. */
public final class RecentPrograms implements Programs {

    private final Programs stored;
    private final Recent<OrgId, List<Program>> programs;

    public RecentPrograms(Programs stored, Duration bound, Clock clock) {
        this.stored = stored;
        this.programs = new Recent<>(bound, clock);
    }

    @Override
    public Option<Program> byId(OrgId org, ProgramId id) {
        return all(org).find(program -> program.id().equals(id));
    }

    @Override
    public List<Program> all(OrgId org) {
        return programs.get(org, () -> stored.all(org));
    }

    @Override
    public List<Program> named(OrgId org) {
        return stored.named(org);
    }

    @Override
    public void replace(OrgId org, List<Program> declared) {
        stored.replace(org, declared);
        programs.forget(org);
    }
}
