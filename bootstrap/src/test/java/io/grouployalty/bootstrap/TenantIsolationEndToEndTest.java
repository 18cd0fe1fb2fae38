package io.grouployalty.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.grouployalty.bootstrap.testing.TestServer;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import static io.grouployalty.bootstrap.testing.TestServer.basic;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * API.md §4, tenant isolation, endpoint by endpoint: org B calls every endpoint with every kind of id and identifier of
 * org A and gets exactly the answer it gets for one that exists nowhere, org A's rows stay as they were, and what B
 * registers with A's identifiers lands in B. The sweep fails when the server serves an endpoint it does not cover.
 */
class TenantIsolationEndToEndTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long ORG_A = ThreadLocalRandom.current().nextLong(1_000_000, 1L << 40);
    private static final long ORG_B = ORG_A + 1;
    private static final String TILL_A = "isolation.a." + ORG_A;
    private static final String TILL_B = "isolation.b." + ORG_A;
    private static final int OWNER = 0;
    private static final int DRIVER = 1;
    private static final int SUB_OWNER = 2;
    private static final int FIRST_VICTIM = 3;
    private static final int VICTIMS = 3 * 5 + 1;
    private static final Pattern TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})");
    private static final Pattern REQUEST_ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final List<String> ALPHA_ONLY = List.of("alpha-co", "alpha-sub", "alpha-fleet", "WC-ALPHA", "alpha_only", "Alpha only");

    private static TestServer server;
    private static final long[] customerOfA = new long[3];
    private static long fleetOfA;
    private static long alphaFleet;
    private static long alphaCo;
    private static long alphaSub;
    private static long sharedCoOfA;

    /** An identifier kind and where it lives: wechat in the multi-account WECHAT source, the others in INSTORE. */
    enum Kind {
        MOBILE("mobile"), EMAIL("email"), EXTERNAL_ID("externalId"), CARD("cardnumber"), WECHAT("wechat");

        final String type;

        Kind(String type) {
            this.type = type;
        }

        String ofA(int customer) {
            return value(String.format("%08d%02d", ORG_A % 100_000_000L, customer));
        }

        String nowhere() {
            String value = value(String.format("%010d", ThreadLocalRandom.current().nextLong(10_000_000_000L)));
            assertThat(existsAnywhere(value)).as(value).isFalse();
            return value;
        }

        private String value(String digits) {
            return switch (this) {
                case MOBILE -> "98" + digits;
                case EMAIL -> "driver" + digits + "@fleet.test";
                case EXTERNAL_ID -> "ext-" + digits;
                case CARD -> "card-" + digits;
                case WECHAT -> "wx-" + digits;
            };
        }

        String identifier(String value) {
            return "{\"type\": \"" + type + "\", \"value\": \"" + value + "\"" + (this == CARD ? ", \"seriesCode\": \"CS\"" : "") + "}";
        }

        String profile(String value) {
            return "{\"source\": " + (this == WECHAT ? "\"WECHAT\", \"accountId\": \"WC-1\"" : "\"INSTORE\"") + ", \"identifiers\": ["
                    + identifier(value) + "]}";
        }

        String reference(String value) {
            return "{\"profiles\": [" + profile(value) + "]}";
        }

        String source() {
            return this == WECHAT ? "source=WECHAT&accountId=WC-1" : "source=INSTORE";
        }
    }

    /** One request of org B, and the values in it that the answer may echo. */
    record Call(String method, String path, String body, List<String> echoes) {
    }

    /**
     * One endpoint called with something of org A ({@code theirs}) and with something of the same shape that exists
     * nowhere ({@code nowhere}); {@code code} is the first error code both answers carry (0: none); {@code registers}
     * names the table where the ids of what the call creates must be org B's rows.
     */
    record Case(String endpoint, String name, Supplier<String> theirs, Supplier<String> nowhere, Function<String, Call> call, int code,
                String registers) {

        @Override
        public String toString() {
            return endpoint + " · " + name;
        }
    }

    @BeforeAll
    static void orgAWithAFleetAndOrgBWithTheSameReferenceData() throws Exception {
        server = TestServer.shared();
        assertThat(server.orgApply(org(ORG_A, TILL_A, "WC-ALPHA", """
                  - {id: 7, name: Alpha only, tiers: [{number: 1, name: T}]}
                """, """
                  - {id: 11, code: CS-ALPHA}
                """, ", alpha_only_field", """
                  - {name: alpha_only, type: STRING}
                """, """
                  - code: alpha-fleet
                    roles: [{code: HEAD, childRoleCode: MEMBER, maxChild: 10}, {code: MEMBER}]
                  - code: twin-fleet
                    roles: [{code: HEAD, childRoleCode: MEMBER, maxChild: 10}, {code: MEMBER}]
                """, """
                  - {externalId: alpha-co, name: Alpha Co, hierarchyDefinitionCode: fleet, extendedFields: {tier: gold}}
                  - {externalId: alpha-sub, name: Alpha Sub, hierarchyDefinitionCode: fleet, parentCompany: {externalId: alpha-co}}
                  - {externalId: twin-co, name: Twin Co, hierarchyDefinitionCode: fleet}
                """)).succeeded()).isTrue();
        assertThat(server.orgApply(org(ORG_B, TILL_B, "WC-BETA", "", "", "", "", "", "")).succeeded()).isTrue();

        StringBuilder items = new StringBuilder("[");
        items.append(customerOfA(OWNER, "\"associationDetails\": {\"hierarchyCode\": \"fleet\", \"roleCode\": \"OWNER\","
                + " \"fleetCompany\": {\"externalId\": \"alpha-co\"}}"));
        items.append(',').append(customerOfA(DRIVER, "\"associationDetails\": {\"hierarchyCode\": \"fleet\", \"roleCode\": \"DRIVER\","
                + " \"fleetCompany\": {\"externalId\": \"alpha-co\"}, \"parentCustomer\": " + Kind.MOBILE.reference(Kind.MOBILE.ofA(OWNER)) + "}"));
        items.append(',').append(customerOfA(SUB_OWNER, "\"associationDetails\": {\"hierarchyCode\": \"fleet\", \"roleCode\": \"OWNER\","
                + " \"fleetCompany\": {\"externalId\": \"alpha-sub\"}}"));
        for (int victim = FIRST_VICTIM; victim < FIRST_VICTIM + VICTIMS; victim++) {
            items.append(',').append(customerOfA(victim, "\"loyaltyType\": \"loyalty\""));
        }
        HttpResponse<String> registered = send(TILL_A, new Call("POST", "/v2/customers/bulk?source=INSTORE", items.append(']').toString(), List.of()));
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(200);
        for (int customer : new int[]{OWNER, DRIVER, SUB_OWNER}) {
            customerOfA[customer] = JSON.readTree(registered.body()).get(customer).at("/entity/id").asLong();
            HttpResponse<String> changed = send(TILL_A, new Call("PUT", "/v2/customers/bulk?source=INSTORE", "{\"profiles\": ["
                    + Kind.MOBILE.profile(Kind.MOBILE.ofA(customer)) + "], \"extendedFields\": {\"city\": \"Goa\"}}", List.of()));
            assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        }
        fleetOfA = idOf("hierarchy", "code", "fleet");
        alphaFleet = idOf("hierarchy", "code", "alpha-fleet");
        alphaCo = idOf("company", "external_id", "alpha-co");
        alphaSub = idOf("company", "external_id", "alpha-sub");
        sharedCoOfA = idOf("company", "external_id", "shared-co");

        HttpResponse<String> fleetOfB = send(TILL_B, new Call("POST", "/v2/customers/bulk?source=INSTORE", "[" + customerOfB("owner",
                "\"associationDetails\": {\"hierarchyCode\": \"fleet\", \"roleCode\": \"OWNER\", \"fleetCompany\": {\"externalId\": \"shared-co\"}}")
                + "," + customerOfB("driver", "\"associationDetails\": {\"hierarchyCode\": \"fleet\", \"roleCode\": \"DRIVER\","
                + " \"fleetCompany\": {\"externalId\": \"shared-co\"}, \"parentCustomer\": " + Kind.MOBILE.reference(ofB("owner")) + "}")
                + "," + customerOfB("loner", "\"loyaltyType\": \"loyalty\"") + "]", List.of()));
        assertThat(fleetOfB.statusCode()).as(fleetOfB.body()).isEqualTo(200);
    }

    private static String org(long id, String till, String ownAccount, String programs, String series, String customFields, String fields,
                              String hierarchies, String companies) {
        return """
                org: {id: %d, name: Isolation %d}
                tills: [{code: %s, password: pw}]
                sources:
                  - {name: WECHAT, accounts: [WC-1, %s]}
                  - {name: ECOMMERCE}
                programs:
                  - {id: 1, name: Rewards, tiers: [{number: 1, name: Bronze}, {number: 2, name: Silver}]}
                %scardSeries:
                  - {id: 10, code: CS, maxActivePerCustomer: 3}
                %scustomFields: [gender%s]
                extendedFields:
                  - {name: city, type: STRING}
                %shierarchies:
                  - code: fleet
                    roles: [{code: OWNER, childRoleCode: DRIVER, maxChild: 1000}, {code: DRIVER}]
                %scompanies:
                  - {externalId: shared-co, name: Shared, hierarchyDefinitionCode: fleet}
                %s""".formatted(id, id, till, ownAccount, programs, series, customFields, fields, hierarchies, companies);
    }

    private static String customerOfA(int customer, String association) {
        return "{\"profiles\": [{\"firstName\": \"A" + customer + "\", \"source\": \"INSTORE\", \"identifiers\": ["
                + Stream.of(Kind.MOBILE, Kind.EMAIL, Kind.EXTERNAL_ID, Kind.CARD).map(kind -> kind.identifier(kind.ofA(customer)))
                .collect(Collectors.joining(", ")) + "], \"fields\": {\"gender\": \"F\"}}, " + Kind.WECHAT.profile(Kind.WECHAT.ofA(customer))
                + "], \"extendedFields\": {\"city\": \"Pune\", \"alpha_only\": \"secret\"},"
                + " \"loyaltyProgramEnrollments\": [{\"programId\": 1, \"tierNumber\": 2, \"loyaltyPoints\": 50}], " + association + "}";
    }

    private static String ofB(String who) {
        return "96" + String.format("%08d", ORG_A % 100_000_000L) + switch (who) {
            case "owner" -> "01";
            case "driver" -> "02";
            default -> "03";
        };
    }

    private static String customerOfB(String who, String more) {
        return "{\"profiles\": [{\"source\": \"INSTORE\", \"identifiers\": [" + Kind.MOBILE.identifier(ofB(who)) + "]}, "
                + Kind.WECHAT.profile("wx-b-" + who + ORG_A) + "], " + more + "}";
    }

    private static long idOf(String table, String key, String value) {
        return server.database().jdbi().withHandle(handle -> handle.createQuery("select " + table + "_id from " + table
                + " where org_id = :org and " + key + " = :value").bind("org", ORG_A).bind("value", value).mapTo(Long.class).one());
    }

    static Stream<Case> cases() {
        return Stream.of(identifierCases(), customerIdCases(), referenceCases(), companyCases(), hierarchyCases()).flatMap(Function.identity());
    }

    private static Stream<Case> identifierCases() {
        return Arrays.stream(Kind.values()).flatMap(kind -> {
            Supplier<String> owner = () -> kind.ofA(OWNER);
            Supplier<String> driver = () -> kind.ofA(DRIVER);
            String k = kind.type;
            Function<String, String> asCustomer = value -> "{\"profiles\": [" + kind.profile(value) + "], \"extendedFields\": {\"city\": \"Taken\"}}";
            Function<String, String> asChildOfB = value -> "{\"profiles\": [" + Kind.MOBILE.profile(ofB("owner")) + "], \"childCustomers\": ["
                    + kind.reference(value) + "]}";
            Function<String, String> asParentOfB = value -> "{\"profiles\": [" + Kind.MOBILE.profile(ofB("driver")) + "], \"parentCustomer\": "
                    + kind.reference(value) + "}";
            String fleet = "/v2/customers/bulk?" + kind.source() + "&associationEntityType=%s&associationEntityIdentifierType=" + k
                    + "&associationEntityIdentifierValue=";
            return Stream.of(
                    reading(k, owner, kind::nowhere, value -> "/v2/customers/lookup?" + kind.source() + "&identifierName=" + k + "&identifierValue=" + value, 8015),
                    reading(k + " in source ALL", owner, kind::nowhere,
                            value -> "/v2/customers/lookup?source=ALL&identifierName=" + k + "&identifierValue=" + value, 8015),
                    reading(k + " as parentCustomer", owner, kind::nowhere, value -> fleet.formatted("parentCustomer") + value + "&includeNoOfChildren=true", 8015),
                    reading(k + " as parentChildCustomer", driver, kind::nowhere, value -> fleet.formatted("parentChildCustomer") + value, 8015),
                    writing("PUT", "/v2/customers/bulk?source=INSTORE", k + " as the customer", owner, kind::nowhere, asCustomer, 8015),
                    writing("PUT", "/v2/customers/bulk?source=INSTORE&dryRun=true", k + " as the customer", driver, kind::nowhere, asCustomer, 8015),
                    writing("PUT", "/v2/bulk?source=INSTORE", k + " as the customer", owner, kind::nowhere, asCustomer, 8015),
                    writing("PUT", "/v2/customers/bulk?source=INSTORE", k + " as parentCustomer", owner, kind::nowhere, asParentOfB, 1621),
                    writing("PUT", "/v2/customers/bulk?source=INSTORE", k + " in childCustomers", driver, kind::nowhere, asChildOfB, 1621),
                    writing("POST", "/v2/customers/bulk?source=INSTORE&dryRun=true", k + " as the customer", owner, kind::nowhere, asCustomer, 0),
                    writing("POST", "/v2/customers/bulk?source=INSTORE&dryRun=true", k + " in childCustomers", driver, kind::nowhere, asChildOfB, 0),
                    new Case("POST /v2/customers/bulk", k + " as parentCustomer, dry run", owner, kind::nowhere,
                            value -> newDriverUnder(kind, value, "&dryRun=true"), 0, null),
                    registering(kind, 0, "as the customer", value -> write("POST", "/v2/customers/bulk?source=INSTORE", asCustomer.apply(value), value)),
                    registering(kind, 1, "as parentCustomer", value -> newDriverUnder(kind, value, "")),
                    registering(kind, 2, "in childCustomers", value -> write("POST", "/v2/customers/bulk?source=INSTORE", asChildOfB.apply(value), value)));
        });
    }

    /** A GET of org B, with the path its value gives. */
    private static Case reading(String name, Supplier<String> theirs, Supplier<String> nowhere, Function<String, String> path, int code) {
        return new Case("GET " + path.apply("").split("\\?")[0], name, theirs, nowhere, value -> get(path.apply(value), value), code, null);
    }

    /** A write of org B to {@code path} (query included), with the body its value gives. */
    private static Case writing(String method, String path, String name, Supplier<String> theirs, Supplier<String> nowhere,
                                Function<String, String> body, int code) {
        String endpoint = method + " " + path.split("\\?")[0];
        return new Case(endpoint, name + (path.contains("dryRun=true") ? ", dry run" : ""), theirs, nowhere,
                value -> write(method, path, body.apply(value), value), code, null);
    }

    /** A POST registering a new driver of org B under the parent the value identifies (registered too when B has none). */
    private static Call newDriverUnder(Kind kind, String parent, String dryRun) {
        String own = Kind.MOBILE.nowhere();
        return write("POST", "/v2/customers/bulk?source=INSTORE" + dryRun, "{\"profiles\": [" + Kind.MOBILE.profile(own) + "],"
                + " \"associationDetails\": {\"hierarchyCode\": \"fleet\", \"roleCode\": \"DRIVER\", \"fleetCompany\": {\"externalId\": \"shared-co\"},"
                + " \"parentCustomer\": " + kind.reference(parent) + "}}", parent, own);
    }

    /** A POST that registers a customer of org B with an identifier of a customer of org A no other case uses. */
    private static Case registering(Kind kind, int position, String role, Function<String, Call> call) {
        int victim = FIRST_VICTIM + kind.ordinal() * 3 + position;
        return new Case("POST /v2/customers/bulk", kind.type + " " + role + ", registered in B", () -> kind.ofA(victim), kind::nowhere, call, 0, "customer");
    }

    private static Stream<Case> customerIdCases() {
        Supplier<String> nowhere = TenantIsolationEndToEndTest::idNowhere;
        return Stream.of(
                Stream.of(OWNER, DRIVER, SUB_OWNER).map(customer -> new Case("GET /v2/customers/{id}", "customer " + customer,
                        () -> String.valueOf(customerOfA[customer]), nowhere, value -> get("/v2/customers/" + value + "?source=INSTORE", value), 8015, null)),
                Stream.of("source=ALL", "source=WECHAT&accountId=WC-1").map(source -> new Case("GET /v2/customers/{id}", "owner with " + source,
                        () -> String.valueOf(customerOfA[OWNER]), nowhere, value -> get("/v2/customers/" + value + "?" + source, value), 8015, null)),
                Stream.of(OWNER, DRIVER, SUB_OWNER).map(customer -> new Case("GET /v2/customers/{id}/changes", "customer " + customer,
                        () -> String.valueOf(customerOfA[customer]), nowhere, value -> get("/v2/customers/" + value + "/changes", value), 8015, null)))
                .flatMap(Function.identity());
    }

    /** Keys of org A's reference data used inside B's customer requests: each must be as unknown as a made-up one. */
    private static Stream<Case> referenceCases() {
        String loner = Kind.MOBILE.profile(ofB("loner"));
        String lonerIn = "{\"profiles\": [" + loner + "], \"associationDetails\": {\"hierarchyCode\": \"%s\", \"roleCode\": \"OWNER\","
                + " \"fleetCompany\": {\"externalId\": \"%s\"}}}";
        String newOwnerIn = "{\"profiles\": [" + Kind.MOBILE.profile("%s") + "], \"associationDetails\": {\"hierarchyCode\": \"%s\","
                + " \"roleCode\": \"OWNER\", \"fleetCompany\": {\"externalId\": \"%s\"}}}";
        Supplier<String> companyNowhere = () -> nowhere("nope-co-");
        Supplier<String> hierarchyNowhere = () -> nowhere("nope-fleet-");
        List<Case> cases = new ArrayList<>();
        for (String company : List.of("alpha-co", "alpha-sub")) {
            cases.add(new Case("PUT /v2/customers/bulk", "fleetCompany " + company, () -> company, companyNowhere,
                    value -> write("PUT", "/v2/customers/bulk?source=INSTORE", lonerIn.formatted("fleet", value), value), 1704, null));
            cases.add(new Case("POST /v2/customers/bulk", "fleetCompany " + company, () -> company, companyNowhere, value -> {
                String own = Kind.MOBILE.nowhere();
                return write("POST", "/v2/customers/bulk?source=INSTORE", newOwnerIn.formatted(own, "fleet", value), value, own);
            }, 1704, null));
            cases.add(new Case("GET /v2/customers/bulk", "company " + company, () -> company, companyNowhere, value -> get("/v2/customers/bulk?source=INSTORE"
                    + "&associationEntityType=company&associationEntityIdentifierType=externalId&associationEntityIdentifierValue=" + value, value), 1704, null));
        }
        cases.add(new Case("PUT /v2/customers/bulk", "hierarchyCode alpha-fleet", () -> "alpha-fleet", hierarchyNowhere,
                value -> write("PUT", "/v2/customers/bulk?source=INSTORE", lonerIn.formatted(value, "shared-co"), value), 1701, null));
        cases.add(new Case("POST /v2/customers/bulk", "hierarchyCode alpha-fleet", () -> "alpha-fleet", hierarchyNowhere, value -> {
            String own = Kind.MOBILE.nowhere();
            return write("POST", "/v2/customers/bulk?source=INSTORE", newOwnerIn.formatted(own, value, "shared-co"), value, own);
        }, 1701, null));
        cases.add(new Case("PUT /v2/customers/bulk", "program 7", () -> "7", () -> "99", value -> write("PUT", "/v2/customers/bulk?source=INSTORE",
                "{\"profiles\": [" + loner + "], \"loyaltyProgramEnrollments\": [{\"programId\": " + value + "}]}", value), 1213, null));
        cases.add(new Case("POST /v2/customers/bulk", "program 7", () -> "7", () -> "99", value -> {
            String own = Kind.MOBILE.nowhere();
            return write("POST", "/v2/customers/bulk?source=INSTORE", "{\"profiles\": [" + Kind.MOBILE.profile(own)
                    + "], \"loyaltyProgramEnrollments\": [{\"programId\": " + value + "}]}", value, own);
        }, 1213, null));
        cases.add(new Case("PUT /v2/customers/bulk", "card series CS-ALPHA", () -> "CS-ALPHA", () -> nowhere("CS-NOPE-"), value -> {
            String card = Kind.CARD.nowhere();
            return write("PUT", "/v2/customers/bulk?source=INSTORE", "{\"profiles\": [{\"identifiers\": [" + Kind.MOBILE.identifier(ofB("loner"))
                    + ", {\"type\": \"cardnumber\", \"value\": \"" + card + "\", \"seriesCode\": \"" + value + "\"}]}]}", value, card);
        }, 3004, null));
        cases.add(new Case("PUT /v2/customers/bulk", "custom field alpha_only_field", () -> "alpha_only_field", () -> nowhere("nope_field_"),
                value -> write("PUT", "/v2/customers/bulk?source=INSTORE", "{\"profiles\": [{\"identifiers\": [" + Kind.MOBILE.identifier(ofB("loner"))
                        + "], \"fields\": {\"" + value + "\": \"x\"}}]}", value), 1017, null));
        cases.add(new Case("PUT /v2/customers/bulk", "extended field alpha_only", () -> "alpha_only", () -> nowhere("nope_field_"),
                value -> write("PUT", "/v2/customers/bulk?source=INSTORE", "{\"profiles\": [" + loner + "], \"extendedFields\": {\"" + value + "\": \"x\"}}",
                        value), 0, null));
        cases.add(new Case("PUT /v2/customers/bulk", "accountId WC-ALPHA", () -> "WC-ALPHA", () -> nowhere("WC-NOPE-"),
                value -> write("PUT", "/v2/customers/bulk?source=WECHAT&accountId=" + value, "{\"profiles\": [" + loner + "]}", value), 8011, null));
        cases.add(new Case("GET /v2/customers/lookup", "accountId WC-ALPHA", () -> "WC-ALPHA", () -> nowhere("WC-NOPE-"),
                value -> get("/v2/customers/lookup?source=WECHAT&accountId=" + value + "&identifierName=wechat&identifierValue=" + Kind.WECHAT.ofA(OWNER),
                        value), 8011, null));
        return cases.stream();
    }

    private static Stream<Case> companyCases() {
        Supplier<String> idNowhere = TenantIsolationEndToEndTest::idNowhere;
        Supplier<String> externalIdNowhere = () -> nowhere("nope-co-");
        Map<String, Supplier<String>> ids = Map.of("alpha-co", () -> String.valueOf(alphaCo), "alpha-sub", () -> String.valueOf(alphaSub),
                "A's shared-co", () -> String.valueOf(sharedCoOfA));
        List<Case> cases = new ArrayList<>();
        ids.forEach((name, id) -> {
            cases.add(new Case("GET /v2/companies", "id of " + name, id, idNowhere, value -> get("/v2/companies?id=" + value, value), 1704, null));
            cases.add(new Case("PUT /v2/companies", "id of " + name, id, idNowhere,
                    value -> write("PUT", "/v2/companies?id=" + value, "{\"name\": \"Taken\", \"isActive\": false}", value), 1704, null));
            cases.add(new Case("DELETE /v2/companies", "id of " + name, id, idNowhere, value -> write("DELETE", "/v2/companies?id=" + value, null, value),
                    1704, null));
        });
        for (String externalId : List.of("alpha-co", "alpha-sub")) {
            Supplier<String> theirs = () -> externalId;
            cases.add(new Case("GET /v2/companies", "externalId " + externalId, theirs, externalIdNowhere,
                    value -> get("/v2/companies?externalId=" + value, value), 1704, null));
            cases.add(new Case("PUT /v2/companies", "externalId " + externalId, theirs, externalIdNowhere,
                    value -> write("PUT", "/v2/companies?externalId=" + value, "{\"extendedFields\": {\"tier\": \"lead\"}}", value), 1704, null));
            cases.add(new Case("DELETE /v2/companies", "externalId " + externalId, theirs, externalIdNowhere,
                    value -> write("DELETE", "/v2/companies?externalId=" + value, null, value), 1704, null));
            cases.add(new Case("POST /v2/companies", "parentCompany " + externalId, theirs, externalIdNowhere, value -> {
                String own = nowhere("new-co-");
                return write("POST", "/v2/companies", "{\"externalId\": \"" + own + "\", \"name\": \"New\", \"hierarchyDefinitionCode\": \"fleet\","
                        + " \"parentCompany\": {\"externalId\": \"" + value + "\"}}", value, own);
            }, 1703, null));
            cases.add(new Case("PUT /v2/companies", "B's company under parentCompany " + externalId, theirs, externalIdNowhere,
                    value -> write("PUT", "/v2/companies?externalId=shared-co", "{\"parentCompany\": {\"externalId\": \"" + value + "\"}}", value), 1703, null));
        }
        cases.add(new Case("POST /v2/companies", "hierarchyDefinitionCode alpha-fleet", () -> "alpha-fleet", () -> nowhere("nope-fleet-"), value -> {
            String own = nowhere("new-co-");
            return write("POST", "/v2/companies", "{\"externalId\": \"" + own + "\", \"name\": \"New\", \"hierarchyDefinitionCode\": \"" + value + "\"}",
                    value, own);
        }, 1701, null));
        cases.add(new Case("POST /v2/companies", "externalId twin-co, registered in B", () -> "twin-co", () -> nowhere("new-co-"),
                value -> write("POST", "/v2/companies", "{\"externalId\": \"" + value + "\", \"name\": \"Twin\", \"hierarchyDefinitionCode\": \"fleet\"}",
                        value), 0, "company"));
        return cases.stream();
    }

    private static Stream<Case> hierarchyCases() {
        Supplier<String> idNowhere = TenantIsolationEndToEndTest::idNowhere;
        Map<String, Supplier<String>> ids = Map.of("A's fleet", () -> String.valueOf(fleetOfA), "alpha-fleet", () -> String.valueOf(alphaFleet));
        List<Case> cases = new ArrayList<>();
        ids.forEach((name, id) -> {
            cases.add(new Case("GET /v2/fleetHierarchy", "id of " + name, id, idNowhere, value -> get("/v2/fleetHierarchy?id=" + value, value), 1609, null));
            cases.add(new Case("PUT /v2/fleetHierarchy/{id}", "id of " + name, id, idNowhere,
                    value -> write("PUT", "/v2/fleetHierarchy/" + value, "{\"name\": \"Taken\", \"active\": false, \"default\": true}", value), 1609, null));
            cases.add(new Case("DELETE /v2/fleetHierarchy/{id}", "id of " + name, id, idNowhere,
                    value -> write("DELETE", "/v2/fleetHierarchy/" + value, null, value), 1609, null));
        });
        cases.add(new Case("GET /v2/fleetHierarchy", "code alpha-fleet", () -> "alpha-fleet", () -> nowhere("nope-fleet-"),
                value -> get("/v2/fleetHierarchy?code=" + value, value), 1701, null));
        cases.add(new Case("POST /v2/fleetHierarchy", "code twin-fleet, registered in B", () -> "twin-fleet", () -> nowhere("new-fleet-"),
                value -> write("POST", "/v2/fleetHierarchy", "{\"code\": \"" + value + "\", \"name\": \"Twin\", \"roles\": [{\"code\": \"HEAD\","
                        + " \"childRoleCode\": \"MEMBER\", \"maxChild\": 10}, {\"code\": \"MEMBER\"}]}", value), 0, "hierarchy"));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void orgBCannotTellOrgAsDataFromNothing(Case sweep) throws Exception {
        String before = fingerprint(ORG_A);
        Call theirs = sweep.call().apply(sweep.theirs().get());
        Call nothing = sweep.call().apply(sweep.nowhere().get());

        HttpResponse<String> toTheirs = send(TILL_B, theirs);
        HttpResponse<String> toNothing = send(TILL_B, nothing);

        String description = theirs.path() + " " + theirs.body() + "\n→ " + toTheirs.body() + "\nnowhere → " + toNothing.body();
        assertThat(toTheirs.statusCode()).as(description).isEqualTo(toNothing.statusCode());
        assertThat(toTheirs.headers().map().keySet()).isEqualTo(toNothing.headers().map().keySet());
        assertThat(toTheirs.headers().firstValue("Content-Type")).isEqualTo(toNothing.headers().firstValue("Content-Type"));
        assertThat(normalised(toTheirs.body(), theirs, sweep.registers())).as(description).isEqualTo(normalised(toNothing.body(), nothing, sweep.registers()));
        assertThat(firstErrorCode(toTheirs.body())).as(description).isEqualTo(sweep.code());
        assertThat(fingerprint(ORG_A)).as("org A's rows").isEqualTo(before);
    }

    @Test
    void orgAHoldsEverythingTheSweepProbes() throws Exception {
        for (int customer = 0; customer < FIRST_VICTIM + VICTIMS; customer++) {
            for (Kind kind : Kind.values()) {
                HttpResponse<String> found = send(TILL_A, get("/v2/customers/lookup?" + kind.source() + "&identifierName=" + kind.type
                        + "&identifierValue=" + kind.ofA(customer)));
                assertThat(found.statusCode()).as(kind.type + " of customer " + customer).isEqualTo(200);
            }
        }
        JsonNode driver = JSON.readTree(send(TILL_A, get("/v2/customers/" + customerOfA[DRIVER] + "?source=INSTORE")).body());
        assertThat(driver.at("/associationDetails/parentCustomer/id").asLong()).isEqualTo(customerOfA[OWNER]);
        assertThat(driver.at("/extendedFields/alpha_only").asText()).isEqualTo("secret");
        assertThat(driver.at("/loyaltyProgramEnrollments/0/tierNumber").asInt()).isEqualTo(2);
        assertThat(JSON.readTree(send(TILL_A, get("/v2/customers/" + customerOfA[OWNER] + "/changes")).body()).get("count").asInt()).isEqualTo(2);
        assertThat(JSON.readTree(send(TILL_A, get("/v2/companies?externalId=alpha-sub")).body()).at("/parentCompany/externalId").asText())
                .isEqualTo("alpha-co");
        assertThat(JSON.readTree(send(TILL_A, get("/v2/customers/bulk?source=INSTORE&associationEntityType=company"
                + "&associationEntityIdentifierType=externalId&associationEntityIdentifierValue=alpha-sub")).body()).at("/entity/count").asInt()).isEqualTo(1);
    }

    @Test
    void orgBRegistersEveryKindOfIdentifierOrgAHoldsWithoutAConflict() throws Exception {
        int victim = FIRST_VICTIM + VICTIMS - 1;
        String item = "{\"profiles\": [{\"source\": \"INSTORE\", \"identifiers\": [" + Stream.of(Kind.MOBILE, Kind.EMAIL, Kind.EXTERNAL_ID, Kind.CARD)
                .map(kind -> kind.identifier(kind.ofA(victim))).collect(Collectors.joining(", ")) + "]}, " + Kind.WECHAT.profile(Kind.WECHAT.ofA(victim)) + "]}";
        String before = fingerprint(ORG_A);

        HttpResponse<String> registered = send(TILL_B, write("POST", "/v2/customers/bulk?source=INSTORE", item));

        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(200);
        assertThat(registered.body()).doesNotContain("8007", "3009");
        long ofB = JSON.readTree(registered.body()).at("/0/entity/id").asLong();
        assertThat(orgsHolding("customer", ofB)).containsExactly(ORG_B);
        for (Kind kind : Kind.values()) {
            String lookup = "/v2/customers/lookup?" + kind.source() + "&identifierName=" + kind.type + "&identifierValue=" + kind.ofA(victim);
            assertThat(JSON.readTree(send(TILL_B, get(lookup)).body()).get("entity").asLong()).as(kind.type).isEqualTo(ofB);
            assertThat(JSON.readTree(send(TILL_A, get(lookup)).body()).get("entity").asLong()).as(kind.type).isNotEqualTo(ofB)
                    .isEqualTo(customerOfAHolding(kind.ofA(victim)));
        }
        HttpResponse<String> updated = send(TILL_B, write("PUT", "/v2/customers/bulk?source=INSTORE", "{\"profiles\": [{\"identifiers\": ["
                + Kind.CARD.identifier(Kind.CARD.ofA(victim)) + "]}], \"extendedFields\": {\"city\": \"Nagpur\"}}"));
        assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
        assertThat(JSON.readTree(updated.body()).at("/0/id").asLong()).isEqualTo(ofB);
        assertThat(fingerprint(ORG_A)).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("listings")
    void orgBsListsAndSharedKeysShowOnlyOrgBsRows(String endpoint, String path, Map<String, String> idTables) throws Exception {
        HttpResponse<String> response = send(TILL_B, get(path));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).doesNotContain(ALPHA_ONLY.toArray(String[]::new));
        JsonNode body = JSON.readTree(response.body());
        List<Long> shown = new ArrayList<>();
        idTables.forEach((field, table) -> shownAs(body, field).forEach(id -> {
            shown.add(id);
            assertThat(orgsHolding(table, id)).as(field + " " + id).containsExactly(ORG_B);
        }));
        assertThat(shown.isEmpty()).as("ids shown by " + endpoint).isEqualTo(idTables.isEmpty());
    }

    static Stream<Arguments> listings() {
        return Stream.of(
                listing("GET /v2/meta/sources", "/v2/meta/sources", Map.of()),
                listing("GET /v2/fleetHierarchy/all", "/v2/fleetHierarchy/all", Map.of("id", "hierarchy", "roles.id", "hierarchy_role.role_id")),
                listing("GET /v2/companies/all", "/v2/companies/all?limit=1000", Map.of("companyId", "company")),
                listing("GET /v2/fleetHierarchy", "/v2/fleetHierarchy?code=fleet", Map.of("id", "hierarchy", "roles.id", "hierarchy_role.role_id")),
                listing("GET /v2/companies", "/v2/companies?externalId=shared-co", Map.of("companyId", "company")),
                listing("GET /v2/customers/bulk", "/v2/customers/bulk?source=INSTORE&associationEntityType=company"
                        + "&associationEntityIdentifierType=externalId&associationEntityIdentifierValue=shared-co&limit=1000", Map.of("id", "customer")),
                listing("GET /v2/customers/lookup", "/v2/customers/lookup?source=INSTORE&identifierName=mobile&identifierValue=" + ofB("owner"),
                        Map.of("entity", "customer")));
    }

    private static Arguments listing(String endpoint, String path, Map<String, String> idTables) {
        return Arguments.of(endpoint, path, idTables);
    }

    /** The numbers a listing shows as {@code field}, a role's id as {@code roles.id} and not as {@code id}. */
    private static List<Long> shownAs(JsonNode body, String field) {
        if (field.equals("roles.id")) {
            return body.findValues("roles").stream().flatMap(roles -> StreamSupport.stream(roles.spliterator(), false))
                    .map(role -> role.path("id")).filter(JsonNode::isNumber).map(JsonNode::asLong).toList();
        }
        JsonNode withoutRoles = body.deepCopy();
        withoutRoles.findParents("roles").forEach(parent -> ((ObjectNode) parent).remove("roles"));
        return withoutRoles.findValues(field).stream().filter(JsonNode::isNumber).map(JsonNode::asLong).toList();
    }

    @Test
    void theSweepCoversEveryEndpointTheServerServes() {
        Set<String> covered = Stream.concat(cases().map(Case::endpoint), listings().map(listing -> (String) listing.get()[0]))
                .collect(Collectors.toSet());

        assertThat(servedEndpoints()).isEqualTo(covered);
    }

    /** Every resource method of the running application, as {@code VERB /path}, read from the resources Jersey registered. */
    private static Set<String> servedEndpoints() {
        return Stream.concat(server.jersey().getInstances().stream().map(Object::getClass), server.jersey().getClasses().stream())
                .filter(resource -> resource.isAnnotationPresent(Path.class))
                .flatMap(resource -> Arrays.stream(resource.getMethods()).flatMap(method -> verb(method)
                        .map(verb -> verb + " " + (resource.getAnnotation(Path.class).value() + Optional.ofNullable(method.getAnnotation(Path.class))
                                .map(sub -> "/" + sub.value()).orElse("")).replaceAll("/+", "/")).stream()))
                .collect(Collectors.toSet());
    }

    private static Optional<String> verb(Method method) {
        return Arrays.stream(method.getAnnotations()).map(annotation -> annotation.annotationType().getAnnotation(HttpMethod.class))
                .filter(java.util.Objects::nonNull).map(HttpMethod::value).findFirst();
    }

    private static Call get(String path, String... echoes) {
        return new Call("GET", path, null, List.of(echoes));
    }

    private static Call write(String method, String path, String body, String... echoes) {
        return new Call(method, path, body, List.of(echoes));
    }

    private static HttpResponse<String> send(String till, Call call) {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri(call.path())).header("Authorization", basic(till, "pw"));
        return server.send(call.body() == null ? request.method(call.method(), HttpRequest.BodyPublishers.noBody())
                : request.header("Content-Type", "application/json").method(call.method(), HttpRequest.BodyPublishers.ofString(call.body())));
    }

    /**
     * The answer with what legitimately differs made alike: the values the request itself carried, timestamps, request ids and —
     * for a call that registers — the ids it gave, each checked to be a row of org B.
     */
    private static String normalised(String body, Call call, String registers) throws IOException {
        String text = body;
        if (registers != null && !text.isBlank()) {
            JsonNode tree = JSON.readTree(text);
            replaceIdsOfB(tree, registers);
            text = tree.toString();
        }
        text = REQUEST_ID.matcher(TIME.matcher(text).replaceAll("<time>")).replaceAll("<request id>");
        for (int i = 0; i < call.echoes().size(); i++) {
            text = text.replaceAll("(?<![A-Za-z0-9])" + Pattern.quote(call.echoes().get(i)) + "(?![A-Za-z0-9])", "<echo" + i + ">");
        }
        return text;
    }

    private static void replaceIdsOfB(JsonNode node, String table) {
        if (node instanceof ObjectNode object) {
            for (String field : List.of("id", "userId", "entity")) {
                if (object.path(field).isNumber()) {
                    assertThat(orgsHolding(table, object.get(field).asLong())).as(field + " " + object.get(field)).containsExactly(ORG_B);
                    object.put(field, "<id of B>");
                }
            }
        }
        node.forEach(child -> replaceIdsOfB(child, table));
    }

    private static int firstErrorCode(String body) throws IOException {
        JsonNode answer = JSON.readTree(body);
        JsonNode error = answer.isArray() ? answer.at("/0/errors/0/code") : answer.at("/errors/0/code");
        return error.asInt(0);
    }

    /** A digest of every row of the org: customers, identifiers, cards, history, companies, hierarchies and their roles. */
    private static String fingerprint(long org) {
        return server.database().jdbi().withHandle(handle -> handle.createQuery("""
                select md5(coalesce(string_agg(r, ',' order by r), ''))
                  from (select 'c' || t::text r from customer t where org_id = :org
                        union all select 'i' || t::text from customer_identifier t where org_id = :org
                        union all select 'k' || t::text from customer_card t where org_id = :org
                        union all select 'h' || t::text from change_history t where org_id = :org
                        union all select 'o' || t::text from company t where org_id = :org
                        union all select 'y' || t::text from hierarchy t where org_id = :org
                        union all select 'r' || t::text from hierarchy_role t where org_id = :org) rows
                """).bind("org", org).mapTo(String.class).one());
    }

    /** The orgs of the rows of {@code holder} (a table, keyed by its {@code _id} column, or {@code table.column}) with this id. */
    private static List<Long> orgsHolding(String holder, long id) {
        String table = holder.split("\\.")[0];
        String column = holder.contains(".") ? holder.split("\\.")[1] : table + "_id";
        return server.database().jdbi().withHandle(handle -> handle.createQuery("select org_id from " + table + " where " + column + " = :id")
                .bind("id", id).mapTo(Long.class).list());
    }

    private static long customerOfAHolding(String value) {
        return server.database().jdbi().withHandle(handle -> handle.createQuery("""
                select customer_id from customer_identifier where org_id = :org and value = :value
                union select customer_id from customer_card where org_id = :org and number = :value
                """).bind("org", ORG_A).bind("value", value).mapTo(Long.class).one());
    }

    private static boolean existsAnywhere(String value) {
        return server.database().jdbi().withHandle(handle -> handle.createQuery("""
                select exists (select 1 from customer_identifier where value = :value)
                    or exists (select 1 from customer_card where number = :value)
                    or exists (select 1 from company where external_id = :value)
                    or exists (select 1 from hierarchy where code = :value)
                """).bind("value", value).mapTo(Boolean.class).one());
    }

    private static String nowhere(String prefix) {
        String value = prefix + ThreadLocalRandom.current().nextLong(1_000_000_000L, 10_000_000_000L);
        assertThat(existsAnywhere(value)).isFalse();
        return value;
    }

    private static String idNowhere() {
        long id = ThreadLocalRandom.current().nextLong(100_000_000_000L, 1_000_000_000_000L);
        assertThat(Stream.of("customer", "company", "hierarchy").flatMap(table -> orgsHolding(table, id).stream())).isEmpty();
        return String.valueOf(id);
    }
}
