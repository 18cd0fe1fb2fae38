package io.grouployalty.bootstrap;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import io.dropwizard.auth.CachingAuthenticator;
import io.dropwizard.configuration.EnvironmentVariableSubstitutor;
import io.dropwizard.configuration.SubstitutingSourceProvider;
import io.dropwizard.core.Application;
import io.dropwizard.core.server.AbstractServerFactory;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.jdbi3.JdbiFactory;
import io.grouployalty.adapters.jdbc.SqlFilesPlugin;
import io.grouployalty.adapters.jdbc.StatementMessagesPlugin;
import io.grouployalty.adapters.rest.HttpApi;
import io.grouployalty.adapters.rest.RequestIdFilter;
import io.grouployalty.adapters.rest.auth.LoginThrottle;
import io.grouployalty.adapters.rest.auth.TillAuthenticator;
import io.grouployalty.adapters.rest.company.CompanyResource;
import io.grouployalty.adapters.rest.customer.CustomerBulkResource;
import io.grouployalty.adapters.rest.customer.CustomerReadResource;
import io.grouployalty.adapters.rest.hierarchy.HierarchyResource;
import io.grouployalty.application.company.CompanyService;
import io.grouployalty.application.customer.AssociationService;
import io.grouployalty.application.customer.CustomerReadService;
import io.grouployalty.application.hierarchy.HierarchyService;
import io.grouployalty.adapters.rest.error.EnvelopeErrorHandler;
import io.grouployalty.bootstrap.cli.DbCommand;
import io.grouployalty.bootstrap.cli.OrgCommand;
import io.grouployalty.bootstrap.db.Database;
import io.grouployalty.bootstrap.db.SchemaHealthCheck;
import jakarta.servlet.DispatcherType;
import org.jdbi.v3.core.Jdbi;

import java.util.EnumSet;

/** The group loyalty service: {@code server}, {@code db migrate}, {@code org apply|list} and {@code check}. */
public class GroupLoyaltyApplication extends Application<GroupLoyaltyConfiguration> {

    public static void main(String[] args) throws Exception {
        new GroupLoyaltyApplication().run(args);
    }

    @Override
    public String getName() {
        return "group-loyalty";
    }

    @Override
    public void initialize(Bootstrap<GroupLoyaltyConfiguration> bootstrap) {
        bootstrap.setConfigurationSourceProvider(new SubstitutingSourceProvider(
                bootstrap.getConfigurationSourceProvider(), new EnvironmentVariableSubstitutor(false)));
        bootstrap.addCommand(new DbCommand());
        bootstrap.addCommand(new OrgCommand());
    }

    @Override
    public void run(GroupLoyaltyConfiguration configuration, Environment environment) {
        ((AbstractServerFactory) configuration.getServerFactory()).setRegisterDefaultExceptionMappers(false);
        environment.getObjectMapper().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

        Database database = Database.open(configuration.database(), environment.metrics(), Database.Sessions.REQUESTS);
        environment.lifecycle().manage(database);
        Jdbi jdbi = new JdbiFactory().build(environment, database.pool(), database.dataSource(), "postgresql")
                .installPlugin(new SqlFilesPlugin())
                .installPlugin(new StatementMessagesPlugin());
        environment.healthChecks().register("schema", new SchemaHealthCheck(database.migrations()));

        Components components = new Components(jdbi, configuration.authentication(), configuration.lockWaits());
        LoginThrottle throttle = new LoginThrottle(Ticker.systemTicker());
        HttpApi.providers(new CachingAuthenticator<>(environment.metrics(),
                        new TillAuthenticator(components.authenticateTill(environment.metrics()), throttle),
                        Caffeine.from(configuration.authentication().cachePolicy()), false), throttle, environment.getObjectMapper())
                .forEach(environment.jersey()::register);
        HierarchyService hierarchies = components.hierarchies();
        CompanyService companies = components.companies();
        AssociationService associations = components.associations(configuration.requests().deadline());
        CustomerReadService reads = components.customerReads();
        HttpApi.resources(components.readOrgSources(),
                        new HierarchyResource.UseCases(hierarchies, hierarchies, hierarchies, hierarchies, hierarchies),
                        new CompanyResource.UseCases(companies, companies, companies, companies, companies),
                        new CustomerBulkResource.UseCases(associations, associations, reads, components.readOrgSources(), components.programs(),
                                components.extendedFields()),
                        new CustomerReadResource.UseCases(reads, reads, reads, components.readOrgSources(), components.programs(),
                                components.extendedFields(), hierarchies, companies))
                .forEach(environment.jersey()::register);
        EnvelopeErrorHandler errors = new EnvelopeErrorHandler();
        environment.getApplicationContext().setErrorHandler(errors);
        environment.getApplicationContext().insertHandler(configuration.requests().admission());
        environment.lifecycle().addServerLifecycleListener(server -> server.setErrorHandler(errors));
        environment.servlets().addFilter("request-id", new RequestIdFilter())
                .addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), false, "/*");
    }
}
