package io.grouployalty.domain.org;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;

import java.util.Objects;
import java.util.function.Function;

/**
 * An org and the reference data an org file declares for it. A section that is present is the complete set
 * for the org: whatever it leaves out gets disabled. An absent section leaves the stored one as it is.
 */
public record OrgSetup(Org org, Option<List<TillSetup>> tills, Option<List<OrgSource>> sources) {

    public OrgSetup {
        Objects.requireNonNull(org, "org");
        Objects.requireNonNull(tills, "tills");
        Objects.requireNonNull(sources, "sources");
    }

    /** The rules a set-up must follow on its own, before it meets what is stored. */
    public Seq<SetupProblem> problems() {
        return duplicates("tills", tills, till -> till.code().value())
                .appendAll(duplicates("sources", sources, source -> source.source().name()));
    }

    private static <T> Seq<SetupProblem> duplicates(String section, Option<List<T>> entries, Function<T, String> key) {
        List<T> all = entries.getOrElse(List.empty());
        return all.zipWithIndex()
                .filter(entry -> all.take(entry._2).map(key).contains(key.apply(entry._1)))
                .map(entry -> new SetupProblem(section + "[" + entry._2 + "]",
                        "'" + key.apply(entry._1) + "' appears more than once"));
    }
}
