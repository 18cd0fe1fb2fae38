package io.grouployalty.bootstrap.cli;

import com.codahale.metrics.MetricRegistry;
import io.dropwizard.core.cli.Cli;
import io.dropwizard.core.cli.ConfiguredCommand;
import io.dropwizard.core.setup.Bootstrap;
import io.grouployalty.bootstrap.GroupLoyaltyConfiguration;
import io.grouployalty.bootstrap.db.Database;
import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparser;

import java.util.List;
import java.util.Optional;

/**
 * A command of the form {@code <name> <action> <config.yml> [<file>]} that works on the migrated database.
 * Failures are printed as one line on stderr, without a stack trace, and the process exits non-zero.
 */
abstract class DatabaseCommand extends ConfiguredCommand<GroupLoyaltyConfiguration> {

    private final List<String> actions;

    DatabaseCommand(String name, String description, List<String> actions) {
        super(name, description);
        this.actions = actions;
    }

    @Override
    public void configure(Subparser subparser) {
        subparser.addArgument("action").choices(actions).help("what to do: " + String.join(", ", actions));
        addFileArgument(subparser);
        configureArguments(subparser);
    }

    protected void configureArguments(Subparser subparser) {
    }

    @Override
    protected final void run(Bootstrap<GroupLoyaltyConfiguration> bootstrap, Namespace namespace,
                             GroupLoyaltyConfiguration configuration) throws Exception {
        Optional<String> leftAlone = leftAlone(namespace, configuration);
        if (leftAlone.isPresent()) {
            System.out.println(leftAlone.get());
            return;
        }
        try (Database database = Database.open(configuration.database(), new MetricRegistry(), Database.Sessions.COMMANDS)) {
            run(namespace.getString("action"), namespace, configuration, database);
        }
    }

    /** Why this run does not touch the database at all, if it does not. */
    protected Optional<String> leftAlone(Namespace namespace, GroupLoyaltyConfiguration configuration) {
        return Optional.empty();
    }

    protected abstract void run(String action, Namespace namespace, GroupLoyaltyConfiguration configuration, Database database)
            throws Exception;

    @Override
    public void onError(Cli cli, Namespace namespace, Throwable failure) {
        cli.getStdErr().println(getName() + " failed: " + (failure.getMessage() == null ? failure.toString() : failure.getMessage()));
        cli.getStdErr().flush();
    }
}
