package io.grouployalty.adapters.rest.meta;

import io.dropwizard.auth.Auth;
import io.grouployalty.adapters.rest.auth.TillPrincipal;
import io.grouployalty.adapters.rest.error.Problem;
import io.grouployalty.application.port.in.ReadOrgSources;
import io.grouployalty.domain.org.AccountId;
import io.grouployalty.domain.org.OrgSource;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** {@code GET /v2/meta/sources}: the sources enabled for the caller's org. */
@Path("/v2/meta")
@Produces(MediaType.APPLICATION_JSON + "; charset=UTF-8")
public final class MetaResource {

    private final ReadOrgSources readOrgSources;

    public MetaResource(ReadOrgSources readOrgSources) {
        this.readOrgSources = readOrgSources;
    }

    @GET
    @Path("/sources")
    public SourcesResponse sources(@Auth TillPrincipal principal) {
        return new SourcesResponse(readOrgSources.sourcesOf(principal.caller()).map(SourceJson::of).toJavaList(),
                List.of(), List.of());
    }

    public record SourcesResponse(List<SourceJson> data, List<Problem> warnings, List<Problem> errors) {
    }

    public record SourceJson(String name, List<String> accounts, List<String> commChannels) {

        static SourceJson of(OrgSource source) {
            return new SourceJson(source.source().name(), source.accounts().map(AccountId::value).toJavaList(),
                    source.commChannels().toJavaList());
        }
    }
}
