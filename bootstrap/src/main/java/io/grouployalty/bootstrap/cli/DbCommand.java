package io.grouployalty.bootstrap.cli;

import io.grouployalty.bootstrap.GroupLoyaltyConfiguration;
import io.grouployalty.bootstrap.db.Database;
import net.sourceforge.argparse4j.inf.Namespace;

import java.util.List;

/** {@code db migrate <config.yml>}: brings the schema up to date (every command does so before its work). */
public final class DbCommand extends DatabaseCommand {

    public DbCommand() {
        super("db", "Database maintenance: 'migrate' brings the schema up to date", List.of("migrate"));
    }

    @Override
    protected void run(String action, Namespace namespace, GroupLoyaltyConfiguration configuration, Database database) {
        System.out.println("Applied " + database.migrationsApplied() + " migration(s); the database schema is up to date.");
    }
}
