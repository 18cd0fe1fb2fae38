package io.grouployalty.application.org;

import io.grouployalty.application.port.in.ListPrograms;
import io.grouployalty.domain.org.Caller;
import io.grouployalty.domain.program.Program;
import io.grouployalty.domain.program.Programs;
import io.vavr.collection.List;

/** Reads the programs of the caller's org. */
public final class ProgramCatalogService implements ListPrograms {

    private final Programs programs;

    public ProgramCatalogService(Programs programs) {
        this.programs = programs;
    }

    @Override
    public List<Program> programs(Caller caller) {
        return programs.named(caller.org());
    }
}
