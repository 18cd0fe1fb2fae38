package io.grouployalty.application.org;

import io.grouployalty.application.company.CompanyService;
import io.grouployalty.application.hierarchy.HierarchyService;
import io.grouployalty.application.port.in.ApplyOrgSetup;
import io.grouployalty.application.port.in.ListOrgs;
import io.grouployalty.domain.Rejection;
import io.grouployalty.domain.Transactions;
import io.grouployalty.domain.card.CardSeries;
import io.grouployalty.domain.org.Org;
import io.grouployalty.domain.org.OrgId;
import io.grouployalty.domain.org.OrgSettingsAdmin;
import io.grouployalty.domain.org.OrgSetup;
import io.grouployalty.domain.org.Orgs;
import io.grouployalty.domain.org.PasswordHasher;
import io.grouployalty.domain.org.SetupProblem;
import io.grouployalty.domain.org.Till;
import io.grouployalty.domain.org.TillCode;
import io.grouployalty.domain.org.TillSetup;
import io.grouployalty.domain.org.Tills;
import io.grouployalty.domain.program.Programs;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;

import java.util.function.Function;

/** Applies org files in one transaction each, holding the org's lock throughout, and lists the orgs. */
public final class OrgSetupService implements ApplyOrgSetup, ListOrgs {

    private final Orgs orgs;
    private final Tills tills;
    private final OrgSettingsAdmin settings;
    private final Programs programs;
    private final CardSeries cardSeries;
    private final HierarchyService hierarchies;
    private final CompanyService companies;
    private final PasswordHasher hasher;
    private final Transactions transactions;

    public OrgSetupService(Orgs orgs, Tills tills, OrgSettingsAdmin settings, Programs programs, CardSeries cardSeries,
                           HierarchyService hierarchies, CompanyService companies, PasswordHasher hasher, Transactions transactions) {
        this.orgs = orgs;
        this.tills = tills;
        this.settings = settings;
        this.programs = programs;
        this.cardSeries = cardSeries;
        this.hierarchies = hierarchies;
        this.companies = companies;
        this.hasher = hasher;
        this.transactions = transactions;
    }

    @Override
    public Either<Seq<SetupProblem>, Applied> apply(OrgSetup setup) {
        Seq<SetupProblem> problems = setup.problems();
        if (!problems.isEmpty()) {
            return Either.left(problems);
        }
        return transactions.inTransaction(() -> write(setup));
    }

    @Override
    public List<Org> listOrgs() {
        return orgs.all();
    }

    private Either<Seq<SetupProblem>, Applied> write(OrgSetup setup) {
        OrgId org = setup.org().id();
        orgs.save(setup.org());
        orgs.lock(org);
        setup.sources().forEach(declared -> settings.replaceSources(org, declared));
        setup.programs().forEach(declared -> programs.replace(org, declared));
        setup.cardSeries().forEach(declared -> cardSeries.replace(org, declared));
        setup.customFields().forEach(declared -> settings.replaceCustomFields(org, declared));
        setup.extendedFields().forEach(declared -> settings.replaceExtendedFields(org, declared));
        Seq<SetupProblem> problems = setup.tills().map(declared -> replaceTills(org, declared)).getOrElse(List.empty())
                .appendAll(declareEach("hierarchies", setup.hierarchies(), draft -> hierarchies.declare(org, draft)))
                .appendAll(declareEach("companies", setup.companies(), draft -> companies.declare(org, draft)));
        return problems.isEmpty() ? Either.right(summary(setup)) : Either.left(problems);
    }

    private Seq<SetupProblem> replaceTills(OrgId org, List<TillSetup> declared) {
        List<Till> wanted = declared.map(till -> new Till(till.code(), org, till.secret().hashWith(hasher,
                tills.find(till.code()).filter(stored -> stored.belongsTo(org)).map(Till::passwordHash)), true));
        List<TillCode> taken = tills.replace(org, wanted);
        return declared.zipWithIndex()
                .filter(till -> taken.contains(till._1.code()))
                .map(till -> new SetupProblem("tills[" + till._2 + "].code",
                        "till code '" + till._1.code() + "' belongs to another org"));
    }

    private static <T> Seq<SetupProblem> declareEach(String section, List<T> drafts, Function<T, Either<Rejection, ?>> declare) {
        return drafts.zipWithIndex().flatMap(draft -> declare.apply(draft._1).swap().toOption()
                .map(rejection -> new SetupProblem(section + "[" + draft._2 + "]",
                        "[" + rejection.code().code() + "] " + rejection.message())));
    }

    private Applied summary(OrgSetup setup) {
        OrgId org = setup.org().id();
        List<Till> all = tills.of(org);
        int enabled = all.count(Till::enabled);
        return new Applied(org, enabled, all.size() - enabled, settings.enabledSources(org).size(), programs.all(org).size(),
                cardSeries.all(org).size(), setup.hierarchies().size(), setup.companies().size());
    }
}
