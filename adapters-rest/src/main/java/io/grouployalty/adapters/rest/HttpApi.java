package io.grouployalty.adapters.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.auth.AuthDynamicFeature;
import io.dropwizard.auth.AuthValueFactoryProvider;
import io.dropwizard.auth.Authenticator;
import io.grouployalty.adapters.rest.auth.LoginThrottle;
import io.grouployalty.adapters.rest.auth.TillAuthFilter;
import io.grouployalty.adapters.rest.auth.TillLogin;
import io.grouployalty.adapters.rest.auth.TillPrincipal;
import io.grouployalty.adapters.rest.error.UnexpectedExceptionMapper;
import io.grouployalty.adapters.rest.error.WebApplicationExceptionMapper;
import io.grouployalty.adapters.rest.company.CompanyResource;
import io.grouployalty.adapters.rest.customer.CustomerBulkResource;
import io.grouployalty.adapters.rest.customer.CustomerReadResource;
import io.grouployalty.adapters.rest.hierarchy.HierarchyResource;
import io.grouployalty.adapters.rest.meta.MetaResource;
import io.grouployalty.application.port.in.ReadOrgSources;

import java.util.List;

/** Everything Jersey must know of this adapter: its resources and the providers they rely on. */
public final class HttpApi {

    public static final String REALM = "group-loyalty";

    private HttpApi() {
    }

    /** The providers, request bodies read with {@code json}, the application's mapper. */
    public static List<Object> providers(Authenticator<TillLogin, TillPrincipal> authenticator, LoginThrottle throttle, ObjectMapper json) {
        JsonBodyReader bodies = new JsonBodyReader(json);
        return List.of(
                new AuthDynamicFeature(new TillAuthFilter(authenticator, throttle, REALM)),
                new AuthValueFactoryProvider.Binder<>(TillPrincipal.class),
                bodies,
                new JsonBodyFilter(bodies),
                new QueryFilter(),
                new WebApplicationExceptionMapper(),
                new UnexpectedExceptionMapper());
    }

    public static List<Object> resources(ReadOrgSources readOrgSources, HierarchyResource.UseCases hierarchies,
                                         CompanyResource.UseCases companies, CustomerBulkResource.UseCases customers,
                                         CustomerReadResource.UseCases customerReads) {
        return List.of(new MetaResource(readOrgSources), new HierarchyResource(hierarchies), new CompanyResource(companies),
                new CustomerBulkResource(customers), new CustomerReadResource(customerReads));
    }
}
