package io.grouployalty.application.port.in;

import io.grouployalty.domain.org.OrgId;
import io.grouployalty.domain.org.OrgSetup;
import io.grouployalty.domain.org.SetupProblem;
import io.vavr.collection.Seq;
import io.vavr.control.Either;

/** Applies an org file: all of it or, when anything in it is wrong, none of it. */
public interface ApplyOrgSetup {

    Either<Seq<SetupProblem>, Applied> apply(OrgSetup setup);

    /** What the org has enabled after the apply, and how many hierarchies and companies the file declared. */
    record Applied(OrgId org, int enabledTills, int disabledTills, int enabledSources, int programs, int cardSeries,
                   int hierarchies, int companies) {
    }
}
