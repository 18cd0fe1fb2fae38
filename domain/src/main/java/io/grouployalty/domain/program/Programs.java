package io.grouployalty.domain.program;

import io.grouployalty.domain.org.OrgId;
import io.vavr.collection.List;
import io.vavr.control.Option;

/** The loyalty programs of each org; a program left out of an org file is disabled, never deleted. */
public interface Programs {

    /** An enabled program of the org. */
    Option<Program> byId(OrgId org, ProgramId id);

    /** The enabled programs of the org, by id. */
    List<Program> all(OrgId org);

    /** Every program the org declared, with every tier, those left out since included: names for what customers hold. */
    List<Program> named(OrgId org);

    /** Makes {@code programs} the complete set of the org's enabled programs. */
    void replace(OrgId org, List<Program> programs);
}
