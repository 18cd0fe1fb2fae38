package io.grouployalty.bootstrap.cli;

import io.grouployalty.adapters.jdbc.LockWaits;
import io.grouployalty.application.port.in.ApplyOrgSetup.Applied;
import io.grouployalty.bootstrap.Components;
import io.grouployalty.bootstrap.GroupLoyaltyConfiguration;
import io.grouployalty.bootstrap.db.Database;
import io.grouployalty.domain.org.Org;
import io.grouployalty.domain.org.SetupProblem;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import net.sourceforge.argparse4j.impl.Arguments;
import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparser;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * {@code org apply [--embedded-only] <config.yml> <org.yml>} and {@code org list <config.yml>}. With {@code --embedded-only}
 * the file is applied to the embedded database only, never to a server named by {@code database.url}: the demo org.
 */
public final class OrgCommand extends DatabaseCommand {

    private static final String EMBEDDED_ONLY = "embeddedOnly";

    public OrgCommand() {
        super("org", "Org setup: 'apply' an org file, 'list' the orgs", List.of("apply", "list"));
    }

    @Override
    protected void configureArguments(Subparser subparser) {
        subparser.addArgument("orgFile").nargs("?").help("the org file to apply (YAML)");
        subparser.addArgument("--embedded-only").dest(EMBEDDED_ONLY).action(Arguments.storeTrue())
                .help("apply the file only when the database is the embedded one (for the demo org)");
    }

    @Override
    protected Optional<String> leftAlone(Namespace namespace, GroupLoyaltyConfiguration configuration) {
        return namespace.getString("action").equals("apply") && namespace.getBoolean(EMBEDDED_ONLY) && !configuration.database().embeddedWanted()
                ? Optional.of(namespace.getString("orgFile") + " was not applied: it is meant for the embedded database only, and "
                        + "database.url names another server.")
                : Optional.empty();
    }

    @Override
    protected void run(String action, Namespace namespace, GroupLoyaltyConfiguration configuration, Database database) {
        Components components = new Components(database.jdbi(), configuration.authentication(), LockWaits.unbounded());
        if (action.equals("list")) {
            components.listOrgs().listOrgs().forEach(org -> System.out.println(describe(org)));
            return;
        }
        String orgFile = namespace.getString("orgFile");
        if (orgFile == null) {
            throw new CommandFailure("org apply needs an org file: org apply <config.yml> <org.yml>");
        }
        Either<Seq<SetupProblem>, Applied> applied = new OrgFileReader(System::getenv).read(Path.of(orgFile))
                .flatMap(components.applyOrgSetup()::apply);
        if (applied.isLeft()) {
            throw new CommandFailure(orgFile + " was not applied, nothing changed:\n  "
                    + applied.getLeft().map(SetupProblem::toString).mkString("\n  "));
        }
        Applied done = applied.get();
        System.out.printf("Applied org %s: %d till(s) enabled, %d disabled; %d source(s), %d program(s) and %d card series enabled; "
                        + "%d hierarchy(ies) and %d company(ies) declared.%n",
                done.org(), done.enabledTills(), done.disabledTills(), done.enabledSources(), done.programs(), done.cardSeries(),
                done.hierarchies(), done.companies());
    }

    private static String describe(Org org) {
        return org.id() + "\t" + org.name() + "\t" + org.timeZone().getId();
    }
}
