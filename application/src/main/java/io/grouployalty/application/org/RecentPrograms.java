package io.grouployalty.application.org;

import com.github.benmanes.caffeine.cache.LoadingCache;
import io.grouployalty.domain.org.OrgId;
import io.grouployalty.domain.program.Program;
import io.grouployalty.domain.program.ProgramId;
import io.grouployalty.domain.program.Programs;
import io.vavr.collection.List;
import io.vavr.control.Option;

/** An org's programs as read at most the bound of {@link RecentReads} ago, like {@link RecentOrgSettings}. */
public final class RecentPrograms implements Programs {

    private final Programs stored;
    private final LoadingCache<OrgId, List<Program>> programs;
    private final LoadingCache<OrgId, List<Program>> named;

    public RecentPrograms(Programs stored, RecentReads reads) {
        this.stored = stored;
        this.programs = reads.of(stored::all);
        this.named = reads.of(stored::named);
    }

    @Override
    public Option<Program> byId(OrgId org, ProgramId id) {
        return all(org).find(program -> program.id().equals(id));
    }

    @Override
    public List<Program> all(OrgId org) {
        return programs.get(org);
    }

    @Override
    public List<Program> named(OrgId org) {
        return named.get(org);
    }

    @Override
    public void replace(OrgId org, List<Program> declared) {
        stored.replace(org, declared);
        programs.invalidate(org);
        named.invalidate(org);
    }
}
