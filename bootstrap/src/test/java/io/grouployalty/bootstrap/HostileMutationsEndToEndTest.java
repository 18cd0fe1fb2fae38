package io.grouployalty.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.grouployalty.application.LabelledStatistics;
import io.grouployalty.application.SeededTheory;
import io.grouployalty.bootstrap.testing.OrgFingerprint;
import io.grouployalty.bootstrap.testing.TestServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;

import static io.grouployalty.bootstrap.testing.TestServer.basic;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;

/**
 * Valid request bodies, each broken in one random way: a value of the wrong type, a huge number, a fraction, a control
 * character, an overlong or SQL-looking string, an invalid date, an unknown enum value, a truncation, a lost byte or
 * invalid UTF-8. Every such request gets a documented answer (a request-level envelope, or a batch whose items carry
 * contract codes), the exact one where the contract fixes it; what the answer says was not applied changed nothing,
 * and the server keeps serving. The seed is fixed; another is tried, or a failure replayed, with
 * {@code -Dhostile.mutations.seed=N}.
 */
class HostileMutationsEndToEndTest {

    private static final long SEED = Long.getLong("hostile.mutations.seed", 240);
    private static final int TRIES = 240;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final long ORG = ThreadLocalRandom.current().nextLong(1_000_000, 1L << 40);
    private static final String TILL = "mutant." + ORG;
    private static final String KNOWN = "95" + String.format("%010d", ORG % 10_000_000_000L);
    private static final AtomicLong TOKENS = new AtomicLong(ORG % 1_000_000 * 1000);

    /** The error and warning codes of API.md §5. */
    private static final Set<Integer> CONTRACT_CODES = Set.of(400, 401, 404, 405, 413, 415, 429, 500, 503, 1060, 8003, 8011, 8013, 8045,
            1600, 1601, 1602, 1603, 1604, 1605, 1606, 1607, 1608, 1609, 1610, 1611, 1613, 1615, 1616, 1617, 1618, 1621, 1622, 1625, 1626,
            1627, 1628, 1649, 1701, 1702, 1703, 1704, 1705, 1707, 1709, 1710, 1711,
            1017, 1045, 1046, 1213, 1215, 1216, 1217, 8007, 8015, 8053, 8055, 8056, 8057, 8058, 91006, 91015, 91020,
            3004, 3009, 3017, 3024, 3028, 3036);
    private static final List<Character> CONTROLS = List.of('\u0000', '\u0001', '\u0007', '\b', '\u000b', '\f', '\u001b', '\u001f',
            '\u007f', '\u0080', '\u0085', '\u009f');
    private static final List<String> SQL = List.of("'; drop table customer; --", "x' or '1'='1", "1; delete from change_history",
            "Robert'); DROP TABLE company;--", "\"; select pg_sleep(5); --", "' union select password_hash from till --");
    private static final List<String> BAD_DATES = List.of("2031-13-45", "", "yesterday", "2031-02-30T10:00:00Z", "0000-00-00",
            "2031-05-11T25:61:00+05:30", "31/12/2031");
    private static final List<String> UNKNOWN = List.of("platinum", "pigeon", "x' or '1'='1", "LOYALTY_PLUS");
    private static final List<JsonNode> HUGE = List.of(NODES.numberNode(BigInteger.TEN.pow(30)), NODES.numberNode(BigInteger.TEN.pow(30).negate()),
            NODES.numberNode(new BigDecimal("1E+400")), NODES.numberNode(BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.ONE)));
    private static final List<JsonNode> FRACTIONS = List.of(NODES.numberNode(1.5), NODES.numberNode(0.001), NODES.numberNode(-2.25));
    private static final List<byte[]> INVALID_UTF8 = List.of(new byte[]{(byte) 0xFF}, new byte[]{(byte) 0xC0, (byte) 0x80},
            new byte[]{(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[]{(byte) 0xC3}, new byte[]{(byte) 0x80},
            new byte[]{(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80});

    private static TestServer server;

    /** The valid bodies that are broken, and where the contract fixes the answer to a broken value of theirs. */
    enum Body {
        UPDATE("PUT", "/v2/customers/bulk?source=INSTORE",
                Map.of("/extendedFields/dob", new Answer(200, 91015), "/createDate", new Answer(400, 400),
                        "/profiles/0/commChannels/0/meta/lastViewedDate", new Answer(400, 400)),
                Map.of("/loyaltyInfo/loyaltyType", new Answer(400, 400), "/profiles/0/commChannels/0/type", new Answer(400, 400),
                        "/profiles/0/identifiers/0/type", new Answer(500, 8013)),
                Set.of("/loyaltyProgramEnrollments/0/programId", "/loyaltyProgramEnrollments/0/tierNumber",
                        "/loyaltyProgramEnrollments/0/loyaltyPoints")),
        ASSOCIATE("POST", "/v2/customers/bulk?source=INSTORE",
                Map.of("/extendedFields/dob", new Answer(200, 91015), "/loyaltyProgramEnrollments/0/tierExpiryDate", new Answer(500, 1216),
                        "/loyaltyProgramEnrollments/0/pointsExpiryDate", new Answer(500, 1216), "/profiles/0/createDate", new Answer(400, 400),
                        "/profiles/0/identifiers/0/lastViewedDate", new Answer(400, 400)),
                Map.of("/loyaltyInfo/loyaltyType", new Answer(400, 400), "/profiles/0/commChannels/0/type", new Answer(400, 400),
                        "/profiles/0/identifiers/0/type", new Answer(500, 8013)),
                Set.of("/loyaltyProgramEnrollments/0/programId", "/loyaltyProgramEnrollments/0/tierNumber",
                        "/loyaltyProgramEnrollments/0/loyaltyPoints")),
        COMPANY("POST", "/v2/companies", Map.of(), Map.of(), Set.of()),
        HIERARCHY("POST", "/v2/fleetHierarchy", Map.of(), Map.of(), Set.of("/roles/0/maxChild"));

        final String method;
        final String path;
        final Map<String, Answer> dates;
        final Map<String, Answer> enums;
        final Set<String> integers;

        Body(String method, String path, Map<String, Answer> dates, Map<String, Answer> enums, Set<String> integers) {
            this.method = method;
            this.path = path;
            this.dates = dates;
            this.enums = enums;
            this.integers = integers;
        }

        /** A valid body of this kind; {@code token} makes what it creates new. */
        JsonNode valid(long token) {
            String mobile = String.format("%010d", token);
            String text = switch (this) {
                case UPDATE -> """
                        {"profiles": [{"firstName": "Tom", "lastName": "Sawyer", "identifiers": [{"type": "mobile", "value": "%s"}],
                          "commChannels": [{"type": "email", "value": "tom@example.com", "primary": true, "verified": "true", "subscribed": false,
                                            "meta": {"residence": false, "office": true, "lastViewedDate": "2019-10-10T22:04:38+05:30"}}],
                          "fields": {"gender": "MALE"}}],
                         "createDate": "2016-06-23T19:11:18+08:00",
                         "extendedFields": {"city": "Pune", "dob": "1990-01-02", "fleet_size": 4},
                         "loyaltyInfo": {"loyaltyType": "loyalty"},
                         "loyaltyProgramEnrollments": [{"programId": 1, "tierNumber": 1, "loyaltyPoints": 10,
                           "tierExpiryDate": "2031-05-11T16:36:17+05:30", "pointsExpiryDate": "2031-05-11T16:36:17+05:30"}]}
                        """.formatted(KNOWN);
                case ASSOCIATE -> """
                        {"profiles": [{"firstName": "Ann", "createDate": "2016-06-23T19:11:18Z",
                          "identifiers": [{"type": "mobile", "value": "97%1$s", "lastViewedDate": "2019-10-10"},
                            {"type": "cardnumber", "value": "card-%1$s", "seriesCode": "S1", "statusLabel": "ACTIVE"}],
                          "commChannels": [{"type": "email", "value": "ann%1$s@example.com", "primary": true}]}],
                         "extendedFields": {"city": "Pune", "dob": "1990-01-02"},
                         "loyaltyInfo": {"loyaltyType": "loyalty"},
                         "loyaltyProgramEnrollments": [{"programId": 1, "tierNumber": 1, "loyaltyPoints": 5,
                           "tierExpiryDate": "2031-05-11T16:36:17Z", "pointsExpiryDate": "2031-05-11T16:36:17Z"}],
                         "associationDetails": {"hierarchyCode": "fleet", "roleCode": "OWNER", "fleetCompany": {"externalId": "base-co"},
                           "childRoleCode": "DRIVER", "childCustomers": [{"profiles": [{"identifiers": [{"type": "mobile", "value": "96%1$s"}]}]}]}}
                        """.formatted(mobile);
                case COMPANY -> """
                        {"externalId": "co-%1$s", "name": "Company %1$s", "hierarchyDefinitionCode": "fleet",
                         "parentCompany": {"externalId": "base-co"}, "extendedFields": {"region": "north", "size": "12"}}
                        """.formatted(mobile);
                case HIERARCHY -> """
                        {"code": "h-%1$s", "name": "Fleet %1$s", "description": "drivers and owners",
                         "roles": [{"code": "OWNER", "childRoleCode": "DRIVER", "maxChild": 10, "pointsAggregationRole": true,
                                    "permissions": [{"permissionCode": "view", "permissionValue": "all"}]},
                                   {"code": "DRIVER"}],
                         "default": false, "autoGroupCreationEnabled": false, "hierarchyCreationStrict": false, "skipRoleAllowed": false}
                        """.formatted(mobile);
            };
            return parsed(text);
        }
    }

    enum Kind { WRONG_TYPE, HUGE_NUMBER, FRACTION, CONTROL_CHARACTER, OVERLONG_STRING, SQL_STRING, INVALID_DATE, UNKNOWN_ENUM, TRUNCATION,
        DELETED_BYTE, INVALID_UTF8 }

    /** An HTTP status and a code the answer must carry (among its errors, or its warnings when it has no errors). */
    record Answer(int status, int code) {
    }

    /** A body broken one way; {@code pick} chooses the place and {@code variant} the broken value. */
    record Mutation(Body body, Kind kind, int pick, int variant) {

        boolean applies() {
            return switch (kind) {
                case INVALID_DATE -> !body.dates.isEmpty();
                case UNKNOWN_ENUM -> !body.enums.isEmpty();
                default -> true;
            };
        }
    }

    /** A request body and the answer the contract fixes for it, if it fixes one. */
    record Case(byte[] body, Answer exact) {
    }

    @BeforeAll
    static void anOrgWithACustomerAndAFleet() {
        server = TestServer.shared();
        assertThat(server.orgApply("""
                org: {id: %d, name: Mutants}
                tills: [{code: %s, password: pw}]
                extendedFields: [{name: city, type: STRING}, {name: dob, type: DATE}, {name: fleet_size, type: INTEGER}]
                customFields: [gender]
                programs: [{id: 1, name: P, tiers: [{number: 1, name: T}]}]
                cardSeries: [{id: 10, code: S1, statusLabels: {ACTIVE: ACTIVE}, maxActivePerCustomer: 3}]
                hierarchies:
                  - code: fleet
                    roles:
                      - {code: OWNER, childRoleCode: DRIVER, maxChild: 5000}
                      - {code: DRIVER}
                companies: [{externalId: base-co, name: Base Co, hierarchyDefinitionCode: fleet}]
                """.formatted(ORG, TILL)).succeeded()).isTrue();
        assertThat(send("POST", "/v2/customers/bulk?source=INSTORE",
                ("{\"profiles\": [{\"identifiers\": [{\"type\": \"mobile\", \"value\": \"" + KNOWN + "\"}]}]}").getBytes()).statusCode())
                .isEqualTo(200);
        for (Body body : Body.values()) {
            HttpResponse<String> valid = send(body.method, body.path, bytes(body.valid(TOKENS.incrementAndGet())));
            assertThat(valid.statusCode()).as(body + ": " + valid.body()).isEqualTo(200);
        }
    }

    @Test
    void aBrokenBodyGetsADocumentedAnswerAndWhatIsRefusedChangesNothing() {
        LabelledStatistics statistics = new LabelledStatistics();
        SeededTheory.of(SEED, TRIES, 50).forAll(mutations()).checkAssert(mutation -> {
            statistics.tried();
            answersAsDocumented(mutation, statistics);
        });
        System.out.print(statistics.report("HostileMutationsEndToEndTest", SEED));
    }

    private static Gen<Mutation> mutations() {
        return arbitrary().enumValues(Body.class).zip(arbitrary().enumValues(Kind.class), integers().between(0, 1_000_000),
                integers().between(0, 1_000_000), Mutation::new).assuming(Mutation::applies);
    }

    private static void answersAsDocumented(Mutation mutation, LabelledStatistics statistics) {
        Case broken = broken(mutation);
        String before = OrgFingerprint.of(server, ORG);

        HttpResponse<String> response = send(mutation.body().method, mutation.body().path, broken.body());

        String sent = new String(broken.body(), java.nio.charset.StandardCharsets.UTF_8);
        String context = mutation + " sent " + sent.substring(0, Math.min(sent.length(), 300)) + " answered " + response.statusCode() + " "
                + response.body();
        assertThat(response.headers().firstValue("Content-Type")).as(context).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(response.body()).as(context).doesNotContain("Exception", "org.postgresql", "SQL state", "io.grouployalty.");
        JsonNode answer = parsed(response.body());
        boolean applied = documented(response.statusCode(), answer, context);
        if (broken.exact() != null) {
            assertThat(response.statusCode()).as(context).isEqualTo(broken.exact().status());
            assertThat(codes(answer)).as(context).contains(broken.exact().code());
        }
        if (!applied) {
            assertThat(OrgFingerprint.of(server, ORG)).as(context).isEqualTo(before);
        }
        assertThat(send("GET", "/v2/meta/sources", null).statusCode()).as(context).isEqualTo(200);
        statistics.collect("body", mutation.body());
        statistics.collect("mutation", mutation.kind());
        statistics.collect("answer", response.statusCode() + (broken.exact() == null ? "" : " exact"));
    }

    /**
     * Checks that the answer is one the contract documents and tells whether anything of the request may have been applied:
     * a request-level envelope applies nothing, a batch applies its items without errors, a created entity applies.
     */
    private static boolean documented(int status, JsonNode answer, String context) {
        if (answer.isArray()) {
            assertThat(answer).as(context).isNotEmpty();
            int failed = 0;
            for (JsonNode element : answer) {
                assertThat(element.path("errors").isArray() && element.path("warnings").isArray()).as(context).isTrue();
                assertThat(codesOf(element.path("warnings"))).as(context).allMatch(CONTRACT_CODES::contains);
                assertThat(codesOf(element.path("errors"))).as(context).allMatch(code -> CONTRACT_CODES.contains(code) && code != 500 && code != 503);
                failed += element.path("errors").isEmpty() ? 0 : 1;
            }
            assertThat(status).as(context).isEqualTo(failed == 0 ? 200 : failed < answer.size() ? 201 : 500);
            return failed < answer.size();
        }
        if (status == 200 && answer.path("entity").isIntegralNumber()) {
            return true;
        }
        assertThat(status).as(context).isIn(400, 404, 413, 415);
        assertThat(answer.path("errors").isArray() && !answer.path("errors").isEmpty()).as(context).isTrue();
        assertThat(codesOf(answer.path("errors"))).as(context).allMatch(code -> CONTRACT_CODES.contains(code) && code != 500 && code != 503);
        return false;
    }

    /** The codes of the first element's (or the envelope's) errors, or of its warnings when it has no errors. */
    private static List<Integer> codes(JsonNode answer) {
        JsonNode first = answer.isArray() ? answer.get(0) : answer;
        return codesOf(first.path("errors").isEmpty() ? first.path("warnings") : first.path("errors"));
    }

    private static List<Integer> codesOf(JsonNode problems) {
        return StreamSupport.stream(problems.spliterator(), false).map(problem -> problem.path("code").asInt()).toList();
    }

    private static Case broken(Mutation mutation) {
        Body body = mutation.body();
        JsonNode tree = body.valid(TOKENS.incrementAndGet());
        int pick = mutation.pick();
        int variant = mutation.variant();
        List<String> everyPath = paths(tree, "", node -> true);
        List<String> texts = paths(tree, "", JsonNode::isTextual);
        Answer invalid = new Answer(400, 400);
        return switch (mutation.kind()) {
            case WRONG_TYPE -> {
                String path = everyPath.get(pick % everyPath.size());
                JsonNode original = tree.at(path);
                List<JsonNode> others = List.<JsonNode>of(NODES.textNode("text"), NODES.numberNode(7), NODES.objectNode(), NODES.arrayNode(),
                        NODES.booleanNode(true), NODES.nullNode()).stream().filter(node -> node.getNodeType() != original.getNodeType()).toList();
                yield new Case(bytes(replaced(tree, path, others.get(variant % others.size()))), null);
            }
            case HUGE_NUMBER, FRACTION -> {
                List<JsonNode> numbers = mutation.kind() == Kind.HUGE_NUMBER ? HUGE : FRACTIONS;
                String path = everyPath.get(pick % everyPath.size());
                yield new Case(bytes(replaced(tree, path, numbers.get(variant % numbers.size()))), body.integers.contains(path) ? invalid : null);
            }
            case CONTROL_CHARACTER -> {
                String path = texts.get(pick % texts.size());
                String text = tree.at(path).asText();
                int at = variant % (text.length() + 1);
                String spoiled = text.substring(0, at) + CONTROLS.get(variant % CONTROLS.size()) + text.substring(at);
                yield new Case(bytes(replaced(tree, path, NODES.textNode(spoiled))), invalid);
            }
            case OVERLONG_STRING -> new Case(bytes(replaced(tree, texts.get(pick % texts.size()),
                    NODES.textNode(String.valueOf((char) ('a' + variant % 26)).repeat(5000 + variant % 5000)))), null);
            case SQL_STRING -> new Case(bytes(replaced(tree, texts.get(pick % texts.size()), NODES.textNode(SQL.get(variant % SQL.size())))), null);
            case INVALID_DATE -> {
                List<String> dates = List.copyOf(body.dates.keySet()).stream().sorted().toList();
                String path = dates.get(pick % dates.size());
                yield new Case(bytes(replaced(tree, path, NODES.textNode(BAD_DATES.get(variant % BAD_DATES.size())))), body.dates.get(path));
            }
            case UNKNOWN_ENUM -> {
                List<String> enums = body.enums.keySet().stream().sorted().toList();
                String path = enums.get(pick % enums.size());
                yield new Case(bytes(replaced(tree, path, NODES.textNode(UNKNOWN.get(variant % UNKNOWN.size())))), body.enums.get(path));
            }
            case TRUNCATION -> {
                byte[] whole = bytes(tree);
                yield new Case(java.util.Arrays.copyOf(whole, pick % whole.length), invalid);
            }
            case DELETED_BYTE -> {
                byte[] whole = bytes(tree);
                int at = pick % whole.length;
                ByteArrayOutputStream less = new ByteArrayOutputStream();
                less.write(whole, 0, at);
                less.write(whole, at + 1, whole.length - at - 1);
                yield new Case(less.toByteArray(), null);
            }
            case INVALID_UTF8 -> {
                byte[] whole = bytes(tree);
                int at = pick % (whole.length + 1);
                ByteArrayOutputStream spoiled = new ByteArrayOutputStream();
                spoiled.write(whole, 0, at);
                spoiled.writeBytes(INVALID_UTF8.get(variant % INVALID_UTF8.size()));
                spoiled.write(whole, at, whole.length - at);
                yield new Case(spoiled.toByteArray(), invalid);
            }
        };
    }

    /** The JSON pointers of every node below {@code node} that {@code wanted} accepts, in document order. */
    private static List<String> paths(JsonNode node, String at, java.util.function.Predicate<JsonNode> wanted) {
        List<String> found = new ArrayList<>();
        if (node.isObject()) {
            node.fieldNames().forEachRemaining(name -> {
                String path = at + "/" + name;
                if (wanted.test(node.get(name))) {
                    found.add(path);
                }
                found.addAll(paths(node.get(name), path, wanted));
            });
        } else if (node.isArray()) {
            IntStream.range(0, node.size()).forEach(index -> {
                String path = at + "/" + index;
                if (wanted.test(node.get(index))) {
                    found.add(path);
                }
                found.addAll(paths(node.get(index), path, wanted));
            });
        }
        return found;
    }

    private static JsonNode replaced(JsonNode tree, String path, JsonNode value) {
        int slash = path.lastIndexOf('/');
        JsonNode parent = tree.at(path.substring(0, slash));
        String last = path.substring(slash + 1);
        if (parent instanceof ObjectNode object) {
            object.set(last, value);
        } else {
            ((ArrayNode) parent).set(Integer.parseInt(last), value);
        }
        return tree;
    }

    private static JsonNode parsed(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] bytes(JsonNode tree) {
        try {
            return JSON.writeValueAsBytes(tree);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpResponse<String> send(String method, String path, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri(path)).header("Authorization", basic(TILL, "pw"));
        return server.send(body == null ? request.GET()
                : request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofByteArray(body)));
    }
}
