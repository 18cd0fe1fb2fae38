package io.grouployalty.application.port.in;

import io.grouployalty.domain.org.Caller;
import io.grouployalty.domain.program.Program;
import io.vavr.collection.List;

/** Lists the loyalty programs of the caller's org with their tiers, those left out of its org file too: they name enrollments. */
public interface ListPrograms {

    List<Program> programs(Caller caller);
}
