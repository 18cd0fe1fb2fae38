package io.grouployalty.application.org;

import io.grouployalty.application.port.in.ApplyOrgSetup;
import io.grouployalty.application.port.in.ListOrgs;
import io.grouployalty.domain.Transactions;
import io.grouployalty.domain.org.Org;
import io.grouployalty.domain.org.OrgId;
import io.grouployalty.domain.org.OrgSettings;
import io.grouployalty.domain.org.OrgSetup;
import io.grouployalty.domain.org.PasswordHasher;
import io.grouployalty.domain.org.SetupProblem;
import io.grouployalty.domain.org.Till;
import io.grouployalty.domain.org.TillCode;
import io.grouployalty.domain.org.TillSetup;
import io.grouployalty.domain.org.Tills;
import io.grouployalty.domain.org.Orgs;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;

/** Applies org files in one transaction each and lists the orgs. */
public final class OrgSetupService implements ApplyOrgSetup, ListOrgs {

    private final Orgs orgs;
    private final Tills tills;
    private final OrgSettings settings;
    private final PasswordHasher hasher;
    private final Transactions transactions;

    public OrgSetupService(Orgs orgs, Tills tills, OrgSettings settings, PasswordHasher hasher, Transactions transactions) {
        this.orgs = orgs;
        this.tills = tills;
        this.settings = settings;
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
        setup.sources().forEach(sources -> settings.replaceSources(org, sources));
        Seq<SetupProblem> problems = setup.tills().map(declared -> replaceTills(org, declared)).getOrElse(List.empty());
        return problems.isEmpty() ? Either.right(summary(org)) : Either.left(problems);
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

    private Applied summary(OrgId org) {
        List<Till> all = tills.of(org);
        int enabled = all.count(Till::enabled);
        return new Applied(org, enabled, all.size() - enabled, settings.enabledSources(org).size());
    }
}
