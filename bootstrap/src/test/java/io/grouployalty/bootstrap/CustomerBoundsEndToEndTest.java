package io.grouployalty.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.grouployalty.bootstrap.testing.TestServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

import static io.grouployalty.bootstrap.testing.TestServer.basic;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * API.md §6.49 through HTTP, request after request: a customer's channels and cards stop at 100 each (1060, nothing
 * of the item applied), and an item costs as much on a full customer as on a new one.
 */
class CustomerBoundsEndToEndTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long ORG = ThreadLocalRandom.current().nextLong(1_000_000, 1L << 40);
    private static final String TILL = "bounds." + ORG;
    private static final AtomicLong MOBILES = new AtomicLong(940_000_000_000L);
    private static final int PER_REQUEST = 10;

    private static TestServer server;

    @BeforeAll
    static void anOrgWithACardSeries() {
        server = TestServer.shared();
        assertThat(server.orgApply("""
                org: {id: %d, name: Bounds}
                tills: [{code: %s, password: pw}]
                cardSeries: [{id: 10, code: S1, statusLabels: {ACTIVE: ACTIVE, BLOCKED: INACTIVE}, maxActivePerCustomer: 1}]
                """.formatted(ORG, TILL)).succeeded()).isTrue();
    }

    @Test
    void channelsAndCardsStopAtTheirBoundsAndARefusedItemAppliesNothing() throws Exception {
        String mobile = registered();
        for (int round = 1; round <= 100 / PER_REQUEST; round++) {
            assertThat(put(mobile, "", channels(round, PER_REQUEST), cards(mobile, round, PER_REQUEST)).statusCode()).isEqualTo(200);
        }
        assertThat(held(mobile)).isEqualTo(new Held(100, 100));
        Stored full = stored(mobile);

        JsonNode oneChannelMore = json(put(mobile, "\"firstName\": \"Over\", ", channels(11, 1), List.of()));
        JsonNode oneCardMore = json(put(mobile, "\"firstName\": \"Over\", ", List.of(), cards(mobile, 11, 1)));
        JsonNode aLongValue = json(put(mobile, "", List.of("{\"type\": \"postmail\", \"value\": \"" + "x".repeat(1001) + "\"}"), List.of()));

        assertThat(oneChannelMore.at("/0/errors/0/code").asInt()).isEqualTo(1060);
        assertThat(oneChannelMore.at("/0/errors/0/message").asText()).contains("100 commChannels");
        assertThat(oneCardMore.at("/0/errors/0/code").asInt()).isEqualTo(1060);
        assertThat(oneCardMore.at("/0/errors/0/message").asText()).contains("100 cards");
        assertThat(aLongValue.at("/0/errors/0/code").asInt()).isEqualTo(1060);
        assertThat(aLongValue.at("/0/errors/0/message").asText()).contains("1000 characters");
        assertThat(stored(mobile)).as("nothing of a refused item applied").isEqualTo(full);

        assertThat(put(mobile, "\"firstName\": \"Again\", ", channels(1, PER_REQUEST), cards(mobile, 1, PER_REQUEST)).statusCode())
                .as("channels and cards held already raise no count").isEqualTo(200);
        assertThat(held(mobile)).isEqualTo(new Held(100, 100));
    }

    @Test
    void anItemCostsAsMuchOnAFullCustomerAsOnANewOne() throws Exception {
        String mobile = registered();
        put(mobile, "", channels(1, PER_REQUEST), cards(mobile, 1, PER_REQUEST));
        int earlyAdding = stored(mobile).lastChange();
        named(mobile, "Ahead");
        long earlyNaming = named(mobile, "Early");
        int earlyRename = stored(mobile).lastChange();
        for (int round = 2; round <= 100 / PER_REQUEST; round++) {
            put(mobile, "", channels(round, PER_REQUEST), cards(mobile, round, PER_REQUEST));
        }
        int lateAdding = stored(mobile).lastChange();
        long lateNaming = named(mobile, "Later");
        int lateRename = stored(mobile).lastChange();

        System.out.printf("BOUNDS history entry of an item adding %d channels and %d cards: %d bytes on the 1st request, %d on the 10th%n",
                PER_REQUEST, PER_REQUEST, earlyAdding, lateAdding);
        System.out.printf("BOUNDS history entry of a name update: %d bytes early, %d late; its request %d ms early, %d ms late; document %d bytes%n",
                earlyRename, lateRename, earlyNaming, lateNaming, stored(mobile).document().length());
        assertThat(held(mobile)).isEqualTo(new Held(100, 100));
        assertThat(lateAdding).as("history entry of the 10th adding item").isLessThanOrEqualTo(earlyAdding + earlyAdding / 10);
        assertThat(lateRename).as("history entry of a late name update").isEqualTo(earlyRename);
    }

    private record Held(int channels, int cards) {
    }

    private record Stored(String document, int changes, int lastChange) {
    }

    private static String registered() throws Exception {
        String mobile = Long.toString(MOBILES.incrementAndGet() + ORG % 1000 * 1_000_000L);
        HttpResponse<String> posted = send("POST", "{\"profiles\": [{\"identifiers\": [{\"type\": \"mobile\", \"value\": \"" + mobile + "\"}]}]}");
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(200);
        return mobile;
    }

    /** The channels of one round, each value as long as every other round's. */
    private static List<String> channels(int round, int count) {
        return IntStream.rangeClosed(1, count)
                .mapToObj(i -> "{\"type\": \"postmail\", \"value\": \"%03d-%03d Harbour Road, Pune\"}".formatted(round, i)).toList();
    }

    /** The cards of one round for the customer of {@code mobile}, each number as long as every other round's. */
    private static List<String> cards(String mobile, int round, int count) {
        return IntStream.rangeClosed(1, count)
                .mapToObj(i -> "{\"type\": \"cardnumber\", \"value\": \"c%s-%03d-%03d\", \"seriesCode\": \"S1\", \"statusLabel\": \"BLOCKED\"}"
                        .formatted(mobile, round, i)).toList();
    }

    /** A PUT of one item for {@code mobile} whose profile holds {@code members}, these channels and these cards. */
    private static HttpResponse<String> put(String mobile, String members, List<String> channels, List<String> cards) {
        List<String> identifiers = new ArrayList<>(cards);
        identifiers.add(0, "{\"type\": \"mobile\", \"value\": \"" + mobile + "\"}");
        return send("PUT", "{\"profiles\": [{" + members + "\"commChannels\": [" + String.join(", ", channels) + "], \"identifiers\": ["
                + String.join(", ", identifiers) + "]}]}");
    }

    private static long named(String mobile, String name) {
        long started = System.nanoTime();
        assertThat(put(mobile, "\"firstName\": \"" + name + "\", ", List.of(), List.of()).statusCode()).isEqualTo(200);
        return (System.nanoTime() - started) / 1_000_000;
    }

    private static HttpResponse<String> send(String method, String body) {
        return server.send(HttpRequest.newBuilder(server.uri("/v2/customers/bulk?source=INSTORE")).header("Authorization", basic(TILL, "pw"))
                .header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body)));
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }

    private static Held held(String mobile) throws Exception {
        JsonNode customer = JSON.readTree(stored(mobile).document()).at("/profiles/0");
        return new Held(customer.get("channels").size(), customer.get("cards").size());
    }

    /** The customer's stored document, how many history entries it has and the size of its newest one's changes. */
    private static Stored stored(String mobile) {
        return server.database().jdbi().withHandle(handle -> handle.createQuery("""
                        select c.document::text as document,
                               (select count(*) from change_history h where h.org_id = c.org_id and h.customer_id = c.customer_id) as changes,
                               (select octet_length(h.changes::text) from change_history h where h.org_id = c.org_id and h.customer_id = c.customer_id
                                 order by h.change_id desc limit 1) as last_change
                          from customer c
                          join customer_identifier i on i.org_id = c.org_id and i.customer_id = c.customer_id
                         where c.org_id = :org and i.type = 'MOBILE' and i.value = :mobile""")
                .bind("org", ORG).bind("mobile", mobile)
                .map((rs, ctx) -> new Stored(rs.getString("document"), rs.getInt("changes"), rs.getInt("last_change"))).one());
    }
}
