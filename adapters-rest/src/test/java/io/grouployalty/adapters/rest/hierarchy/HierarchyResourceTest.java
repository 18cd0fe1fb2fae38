package io.grouployalty.adapters.rest.hierarchy;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import io.grouployalty.adapters.rest.StubbedHttpApi;
import io.grouployalty.domain.ErrorCode;
import io.grouployalty.domain.Rejection;
import io.grouployalty.domain.hierarchy.Hierarchy;
import io.grouployalty.domain.hierarchy.HierarchyCode;
import io.grouployalty.domain.hierarchy.HierarchyDraft;
import io.grouployalty.domain.hierarchy.HierarchyId;
import io.grouployalty.domain.hierarchy.HierarchyRef;
import io.grouployalty.domain.hierarchy.Role;
import io.grouployalty.domain.hierarchy.RoleChain;
import io.grouployalty.domain.hierarchy.RoleCode;
import io.grouployalty.domain.hierarchy.RoleId;
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

/** The hierarchy resource over stubbed use cases: what it reads from requests and how it answers. */
@ExtendWith(DropwizardExtensionsSupport.class)
class HierarchyResourceTest {

    private static final AtomicReference<HierarchyDraft> DEFINED = new AtomicReference<>();
    private static final Hierarchy FLEET = new Hierarchy(new HierarchyId(21), new HierarchyCode("fleet"), Option.of("Fleet"), Option.none(),
            new RoleChain(List.of(new Role(Option.of(new RoleId(83)), new RoleCode("OWNER"), Option.of(3), false, List.empty()),
                    new Role(Option.of(new RoleId(84)), new RoleCode("DRIVER"), Option.none(), false, List.empty()))),
            true, false, false, false, false, Instant.parse("2026-01-01T10:00:00Z"));

    private static final ResourceExtension API = StubbedHttpApi.serving(new HierarchyResource(new HierarchyResource.UseCases(
            command -> {
                DEFINED.set(command.draft());
                return command.draft().code().equals("taken")
                        ? Either.left(Rejection.conflict(ErrorCode.HIERARCHY_CODE_EXISTS, "taken")) : Either.right(new HierarchyId(21));
            },
            command -> Either.left(Rejection.notFound(ErrorCode.HIERARCHY_ID_INVALID, command.id())),
            command -> Either.right(command.id()),
            query -> query.hierarchy() instanceof HierarchyRef.ById byId && byId.id().value() == 21
                    ? Either.right(FLEET) : Either.left(Rejection.notFound(ErrorCode.HIERARCHY_ID_INVALID, "x")),
            caller -> List.of(FLEET))));

    private static Response post(String body) {
        return API.target("/v2/fleetHierarchy").request().header(HttpHeaders.AUTHORIZATION, CASHIER_AUTHORIZATION).post(Entity.json(body));
    }

    @Test
    void readsADefinitionWithStringBooleansAndAnswersTheNewId() {
        Response response = post("{\"code\": \"fleet\", \"skipRoleAllowed\": \"TRUE\", \"roles\": [{\"code\": \"A\", \"childRoleCode\": \"B\","
                + " \"maxChild\": \"5\"}, {\"code\": \"B\", \"childRoleCode\": \"\"}]}");

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.readEntity(JsonNode.class).get("entity").asLong()).isEqualTo(21);
        assertThat(DEFINED.get().skipRoleAllowed()).isTrue();
        assertThat(DEFINED.get().roles().head().maxChild()).contains(5);
        assertThat(DEFINED.get().roles().last().childRoleCode().isEmpty()).isTrue();
    }

    @Test
    void aBrokenRuleIsA400WithItsCodeAndAMissingSubjectA404() {
        Response taken = post("{\"code\": \"taken\", \"roles\": []}");
        Response update = API.target("/v2/fleetHierarchy/5").request().header(HttpHeaders.AUTHORIZATION, CASHIER_AUTHORIZATION)
                .put(Entity.json("{\"name\": \"x\"}"));

        assertThat(taken.getStatus()).isEqualTo(400);
        assertThat(taken.readEntity(JsonNode.class).at("/errors/0/code").asInt()).isEqualTo(1600);
        assertThat(update.getStatus()).isEqualTo(404);
        assertThat(update.readEntity(JsonNode.class).at("/errors/0/code").asInt()).isEqualTo(1609);
    }

    @Test
    void rendersADefinitionInTheCallersOffsetWithEveryMember() {
        JsonNode body = API.target("/v2/fleetHierarchy").queryParam("id", 21).request()
                .header(HttpHeaders.AUTHORIZATION, CASHIER_AUTHORIZATION).get(JsonNode.class);

        assertThat(body.get("createdOn").asText()).isEqualTo("2026-01-01T10:00:00Z");
        assertThat(body.at("/roles/0/childRoleCode").asText()).isEqualTo("DRIVER");
        assertThat(body.at("/roles/1/maxChild").isNull()).isTrue();
        assertThat(body.get("roles").findValuesAsText("id")).containsExactly("83", "84");
    }

    @Test
    void refusesABadIdBeforeAnyUseCase() {
        Response response = API.target("/v2/fleetHierarchy/abc").request().header(HttpHeaders.AUTHORIZATION, CASHIER_AUTHORIZATION).delete();

        assertThat(response.getStatus()).isEqualTo(400);
    }
}
