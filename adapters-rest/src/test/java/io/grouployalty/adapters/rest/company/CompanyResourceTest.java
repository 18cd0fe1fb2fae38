package io.grouployalty.adapters.rest.company;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import io.grouployalty.adapters.rest.StubbedHttpApi;
import io.grouployalty.domain.ErrorCode;
import io.grouployalty.domain.Page;
import io.grouployalty.domain.Rejection;
import io.grouployalty.domain.company.Company;
import io.grouployalty.domain.company.CompanyChange;
import io.grouployalty.domain.company.CompanyId;
import io.grouployalty.domain.company.CompanyQuery;
import io.grouployalty.domain.company.CompanyRef;
import io.grouployalty.domain.company.ExternalId;
import io.grouployalty.domain.hierarchy.HierarchyCode;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

import static io.grouployalty.adapters.rest.StubbedHttpApi.CASHIER_AUTHORIZATION;
import static org.assertj.core.api.Assertions.assertThat;

/** The company resource over stubbed use cases. */
@ExtendWith(DropwizardExtensionsSupport.class)
class CompanyResourceTest {

    private static final Company SOLACE = new Company(new CompanyId(71), new ExternalId("ex917471000000"), "Solace", new HierarchyCode("fleet"),
            Option.none(), true, LinkedHashMap.of("region", "west"), Instant.parse("2026-01-01T00:00:00Z"));
    private static final AtomicReference<CompanyChange> CHANGED = new AtomicReference<>();
    private static final AtomicReference<CompanyQuery> LISTED = new AtomicReference<>();

    private static final ResourceExtension API = StubbedHttpApi.serving(new CompanyResource(new CompanyResource.UseCases(
            command -> command.draft().externalId() == null
                    ? Either.left(Rejection.invalid(ErrorCode.COMPANY_EXTERNAL_ID_EMPTY)) : Either.right(new CompanyId(72)),
            command -> {
                CHANGED.set(command.change());
                return Either.right(new CompanyId(71));
            },
            command -> Either.left(Rejection.notFound(ErrorCode.COMPANY_UNKNOWN, command.company())),
            query -> query.company() instanceof CompanyRef.ByExternalId byExternalId && byExternalId.externalId().equals(SOLACE.externalId())
                    ? Either.right(SOLACE) : Either.left(Rejection.notFound(ErrorCode.COMPANY_UNKNOWN, query.company())),
            query -> {
                LISTED.set(query.page());
                return new Page<>(List.of(SOLACE), 1);
            })));



    @Test
    void rendersACompanyInTheContractsShape() {
        JsonNode body = API.target("/v2/companies").queryParam("externalId", "ex917471000000").request()
                .header(HttpHeaders.AUTHORIZATION, CASHIER_AUTHORIZATION).get(JsonNode.class);

        assertThat(body.fieldNames()).toIterable().containsExactly("companyId", "externalId", "name", "hierarchyDefinitionCode",
                "parentCompany", "isActive", "extendedFields", "warnings");
        assertThat(body.get("parentCompany").isNull()).isTrue();
    }

    @Test
    void aMissingExternalIdIs1707AndAnUnknownCompanyA404() {
        Response registered = API.target("/v2/companies").request().header(HttpHeaders.AUTHORIZATION, CASHIER_AUTHORIZATION)
                .post(Entity.json("{\"name\": \"x\", \"hierarchyDefinitionCode\": \"fleet\"}"));
        Response deleted = API.target("/v2/companies").queryParam("id", 5).request().header(HttpHeaders.AUTHORIZATION, CASHIER_AUTHORIZATION).delete();

        assertThat(registered.getStatus()).isEqualTo(400);
        assertThat(registered.readEntity(JsonNode.class).at("/errors/0/code").asInt()).isEqualTo(1707);
        assertThat(deleted.getStatus()).isEqualTo(404);
        assertThat(deleted.readEntity(JsonNode.class).at("/errors/0/code").asInt()).isEqualTo(1704);
    }

    @Test
    void aParentCompanyOfNullDetachesAndStringBooleansAreRead() {
        API.target("/v2/companies").queryParam("externalId", "ex917471000000").request().header(HttpHeaders.AUTHORIZATION, CASHIER_AUTHORIZATION)
                .put(Entity.json("{\"parentCompany\": null, \"isActive\": \"false\", \"extendedFields\": {\"size\": 9}}"));

        assertThat(CHANGED.get().parentExternalId()).isEqualTo(Option.of(Option.none()));
        assertThat(CHANGED.get().active()).contains(false);
        assertThat(CHANGED.get().extendedFields().get().get("size")).contains("9");
    }

    @Test
    void pagesWithTheContractsDefaultsAndRefusesBadPaging() {
        JsonNode page = API.target("/v2/companies/all").request().header(HttpHeaders.AUTHORIZATION, CASHIER_AUTHORIZATION).get(JsonNode.class);
        Response tooLarge = API.target("/v2/companies/all").queryParam("limit", 1001).request()
                .header(HttpHeaders.AUTHORIZATION, CASHIER_AUTHORIZATION).get();

        assertThat(LISTED.get()).isEqualTo(new CompanyQuery(Option.none(), true, 100, 0));
        assertThat(page.at("/pagination/sortOrder").asText()).isEqualTo("DESC");
        assertThat(page.at("/pagination/total").asInt()).isEqualTo(1);
        assertThat(tooLarge.getStatus()).isEqualTo(400);
    }
}
