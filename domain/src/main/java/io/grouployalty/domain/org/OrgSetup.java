package io.grouployalty.domain.org;

import io.grouployalty.domain.card.CardSeriesDefinition;
import io.grouployalty.domain.company.CompanyDraft;
import io.grouployalty.domain.hierarchy.HierarchyDraft;
import io.grouployalty.domain.program.Program;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;

import java.util.Objects;
import java.util.function.Function;

/**
 * An org and the reference data an org file declares for it. A section of settings that is present is the complete
 * set for the org: whatever it leaves out gets disabled; an absent section leaves the stored one as it is.
 * Hierarchies and companies are created or updated, never removed.
 */
public record OrgSetup(Org org, Option<List<TillSetup>> tills, Option<List<OrgSource>> sources, Option<List<Program>> programs,
                       Option<List<CardSeriesDefinition>> cardSeries, Option<List<String>> customFields,
                       Option<List<ExtendedFieldDefinition>> extendedFields, List<HierarchyDraft> hierarchies,
                       List<CompanyDraft> companies) {

    public OrgSetup {
        Objects.requireNonNull(org, "org");
        Objects.requireNonNull(tills, "tills");
        Objects.requireNonNull(sources, "sources");
        Objects.requireNonNull(programs, "programs");
        Objects.requireNonNull(cardSeries, "cardSeries");
        Objects.requireNonNull(customFields, "customFields");
        Objects.requireNonNull(extendedFields, "extendedFields");
        Objects.requireNonNull(hierarchies, "hierarchies");
        Objects.requireNonNull(companies, "companies");
    }

    /** An org with no sections. */
    public static OrgSetup of(Org org) {
        return new OrgSetup(org, Option.none(), Option.none(), Option.none(), Option.none(), Option.none(), Option.none(),
                List.empty(), List.empty());
    }

    public OrgSetup withTills(List<TillSetup> declared) {
        return new OrgSetup(org, Option.of(declared), sources, programs, cardSeries, customFields, extendedFields, hierarchies, companies);
    }

    public OrgSetup withSources(List<OrgSource> declared) {
        return new OrgSetup(org, tills, Option.of(declared), programs, cardSeries, customFields, extendedFields, hierarchies, companies);
    }

    public OrgSetup withPrograms(List<Program> declared) {
        return new OrgSetup(org, tills, sources, Option.of(declared), cardSeries, customFields, extendedFields, hierarchies, companies);
    }

    public OrgSetup withCardSeries(List<CardSeriesDefinition> declared) {
        return new OrgSetup(org, tills, sources, programs, Option.of(declared), customFields, extendedFields, hierarchies, companies);
    }

    public OrgSetup withCustomFields(List<String> declared) {
        return new OrgSetup(org, tills, sources, programs, cardSeries, Option.of(declared), extendedFields, hierarchies, companies);
    }

    public OrgSetup withExtendedFields(List<ExtendedFieldDefinition> declared) {
        return new OrgSetup(org, tills, sources, programs, cardSeries, customFields, Option.of(declared), hierarchies, companies);
    }

    public OrgSetup withHierarchies(List<HierarchyDraft> declared) {
        return new OrgSetup(org, tills, sources, programs, cardSeries, customFields, extendedFields, declared, companies);
    }

    public OrgSetup withCompanies(List<CompanyDraft> declared) {
        return new OrgSetup(org, tills, sources, programs, cardSeries, customFields, extendedFields, hierarchies, declared);
    }

    /** The rules a set-up must follow on its own, before it meets what is stored: nothing is declared twice. */
    public Seq<SetupProblem> problems() {
        return duplicates("tills", tills, till -> till.code().value())
                .appendAll(duplicates("sources", sources, source -> source.source().name()))
                .appendAll(duplicates("programs", programs, program -> program.id().toString()))
                .appendAll(duplicates("cardSeries", cardSeries, series -> Long.toString(series.id())))
                .appendAll(duplicates("cardSeries", cardSeries, CardSeriesDefinition::code))
                .appendAll(duplicates("customFields", customFields, Function.identity()))
                .appendAll(duplicates("extendedFields", extendedFields, ExtendedFieldDefinition::name))
                .appendAll(duplicates("hierarchies", Option.of(hierarchies), hierarchy -> String.valueOf(hierarchy.code()).strip()))
                .appendAll(duplicates("companies", Option.of(companies), company -> String.valueOf(company.externalId()).strip()));
    }

    private static <T> Seq<SetupProblem> duplicates(String section, Option<List<T>> entries, Function<T, String> key) {
        List<T> all = entries.getOrElse(List.empty());
        return all.zipWithIndex()
                .filter(entry -> all.take(entry._2).map(key).contains(key.apply(entry._1)))
                .map(entry -> new SetupProblem(section + "[" + entry._2 + "]",
                        "'" + key.apply(entry._1) + "' appears more than once"));
    }
}
