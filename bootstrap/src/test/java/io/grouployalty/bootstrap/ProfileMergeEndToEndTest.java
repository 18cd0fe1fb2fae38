package io.grouployalty.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.grouployalty.bootstrap.testing.TestServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.StreamSupport;

import static io.grouployalty.bootstrap.testing.TestServer.basic;
import static org.assertj.core.api.Assertions.assertThat;

/** The profile merge of API.md §3.3 step 2 through HTTP: what a re-sent card or channel keeps, and what a profile may name. */
class ProfileMergeEndToEndTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long ORG = ThreadLocalRandom.current().nextLong(1_000_000, 1L << 40);
    private static final String TILL = "merge." + ORG;
    private static final AtomicLong MOBILES = new AtomicLong(950_000_000_000L);

    private static TestServer server;

    @BeforeAll
    static void anOrgWithACardSeries() {
        server = TestServer.shared();
        assertThat(server.orgApply("""
                org: {id: %d, name: Merge}
                tills: [{code: %s, password: pw}]
                programs: [{id: 1, name: Rewards, tiers: [{number: 1, name: Bronze}]}]
                cardSeries: [{id: 10, code: S1, statusLabels: {ACTIVE: ACTIVE, BLOCKED: INACTIVE}, maxActivePerCustomer: 3}]
                """.formatted(ORG, TILL)).succeeded()).isTrue();
    }

    private static String aMobile() {
        return Long.toString(MOBILES.incrementAndGet() + ORG % 1000 * 1_000_000L);
    }

    private static HttpResponse<String> send(String method, String body) {
        return server.send(HttpRequest.newBuilder(server.uri("/v2/customers/bulk?source=INSTORE")).header("Authorization", basic(TILL, "pw"))
                .header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body)));
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }

    private static JsonNode get(String path) throws Exception {
        return JSON.readTree(server.get(path, basic(TILL, "pw")).body());
    }

    /** An item whose one profile holds {@code members}. */
    private static String profile(String members) {
        return "{\"profiles\": [{" + members + "}]}";
    }

    private static String identifiers(String... identifiers) {
        return "\"identifiers\": [" + String.join(", ", identifiers) + "]";
    }

    private static String mobile(String mobile) {
        return "{\"type\": \"mobile\", \"value\": \"" + mobile + "\"}";
    }

    private static String card(String number, String label) {
        return "{\"type\": \"cardnumber\", \"value\": \"" + number + "\", \"seriesCode\": \"S1\""
                + (label == null ? "" : ", \"statusLabel\": \"" + label + "\"") + "}";
    }

    private static long registered(String members) throws Exception {
        HttpResponse<String> response = send("POST", profile(members));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response).at("/0/entity/id").asLong();
    }

    private static JsonNode customer(long id) throws Exception {
        return get("/v2/customers/" + id + "?source=INSTORE");
    }

    private static JsonNode changes(long id) throws Exception {
        return get("/v2/customers/" + id + "/changes?limit=100");
    }

    /** The element of a customer's first profile's {@code list} whose {@code value} is {@code value}. */
    private static JsonNode element(JsonNode customer, String list, String value) {
        return StreamSupport.stream(customer.at("/profiles/0/" + list).spliterator(), false)
                .filter(each -> each.path("value").asText().equals(value)).findFirst().orElseThrow();
    }

    private static List<String> codes(JsonNode problems) {
        return problems.findValuesAsText("code");
    }

    @Test
    void aHeldCardSentWithoutAStatusLabelKeepsItsStatusAndANewOneIsActive() throws Exception {
        String mobile = aMobile();
        long id = registered(identifiers(mobile(mobile), card("lost-" + mobile, "BLOCKED")));
        int entries = changes(id).get("count").asInt();

        HttpResponse<String> byCard = send("PUT", profile("\"firstName\": \"ByCard\", " + identifiers(card("lost-" + mobile, null))));
        HttpResponse<String> newCard = send("PUT", profile(identifiers(mobile(mobile), card("new-" + mobile, null))));

        assertThat(byCard.statusCode()).as(byCard.body()).isEqualTo(200);
        assertThat(newCard.statusCode()).as(newCard.body()).isEqualTo(200);
        assertThat(element(json(byCard).get(0), "identifiers", "lost-" + mobile).get("statusLabel").asText()).isEqualTo("BLOCKED");
        assertThat(element(customer(id), "identifiers", "lost-" + mobile).get("statusLabel").asText()).isEqualTo("BLOCKED");
        assertThat(element(customer(id), "identifiers", "new-" + mobile).get("statusLabel").asText()).isEqualTo("ACTIVE");
        assertThat(changes(id).get("count").asInt()).isEqualTo(entries + 2);
        assertThat(changes(id).at("/data/1/changes").findValuesAsText("path")).containsExactly("/profiles/INSTORE/firstName");
    }

    @Test
    void aCardsStatusLabelIsMatchedInAnyCaseAndKeptInTheSeriesSpelling() throws Exception {
        String mobile = aMobile();
        String number = "card-" + mobile;
        long id = registered(identifiers(mobile(mobile), card(number, "blocked")));
        int entries = changes(id).get("count").asInt();

        HttpResponse<String> again = send("PUT", profile(identifiers(card(number, "Blocked"))));

        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        assertThat(element(customer(id), "identifiers", number).get("statusLabel").asText()).isEqualTo("BLOCKED");
        assertThat(changes(id).get("count").asInt()).as("re-sending another case is no change").isEqualTo(entries);
    }

    @Test
    void aReSentChannelKeepsTheFlagsAndMetaItOmitsAndANewOneStartsWithoutFlags() throws Exception {
        String mobile = aMobile();
        String email = "n" + mobile + "@example.com";
        long id = registered(identifiers(mobile(mobile)) + ", \"commChannels\": [{\"type\": \"email\", \"value\": \"" + email + "\","
                + " \"primary\": true, \"verified\": true, \"subscribed\": true, \"meta\": {\"office\": true}}]");

        HttpResponse<String> unsubscribed = send("PUT", profile(identifiers(mobile(mobile)) + ", \"commChannels\": ["
                + "{\"type\": \"email\", \"value\": \"" + email.toUpperCase() + "\", \"subscribed\": false, \"meta\": {\"residence\": true}},"
                + " {\"type\": \"mobile\", \"value\": \"" + mobile + "\"}]"));

        assertThat(unsubscribed.statusCode()).as(unsubscribed.body()).isEqualTo(200);
        JsonNode kept = element(customer(id), "commChannels", email);
        assertThat(List.of(kept.get("primary").asBoolean(), kept.get("verified").asBoolean(), kept.get("subscribed").asBoolean()))
                .containsExactly(true, true, false);
        assertThat(kept.get("meta")).isEqualTo(JSON.readTree("{\"residence\": true, \"office\": true}"));
        JsonNode fresh = element(customer(id), "commChannels", mobile);
        assertThat(List.of(fresh.get("primary").asBoolean(), fresh.get("verified").asBoolean(), fresh.get("subscribed").asBoolean(),
                fresh.at("/meta/residence").asBoolean(), fresh.at("/meta/office").asBoolean())).containsOnly(false);
    }

    @Test
    void aNewPrimaryStillDemotesTheOldOneOfItsType() throws Exception {
        String mobile = aMobile();
        String first = "a" + mobile + "@example.com";
        String second = "b" + mobile + "@example.com";
        long id = registered(identifiers(mobile(mobile)) + ", \"commChannels\": [{\"type\": \"email\", \"value\": \"" + first + "\", \"primary\": true}]");

        send("PUT", profile(identifiers(mobile(mobile)) + ", \"commChannels\": [{\"type\": \"email\", \"value\": \"" + second + "\", \"primary\": true}]"));

        assertThat(element(customer(id), "commChannels", first).get("primary").asBoolean()).isFalse();
        assertThat(element(customer(id), "commChannels", second).get("primary").asBoolean()).isTrue();
    }

    @Test
    void theVendorsChannelTypesIosAndroidAndViberAreAccepted() throws Exception {
        String mobile = aMobile();
        long id = registered(identifiers(mobile(mobile)));

        HttpResponse<String> response = send("PUT", profile(identifiers(mobile(mobile)) + ", \"commChannels\": ["
                + "{\"type\": \"android\", \"value\": \"tok-a\"}, {\"type\": \"IOS\", \"value\": \"tok-i\"}, {\"type\": \"Viber\", \"value\": \"v-1\"}]"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(customer(id).at("/profiles/0/commChannels").findValuesAsText("type")).containsExactly("android", "ios", "viber");
    }

    @Test
    void aProfilesAssociatedWithMustNameATillOfTheOrg91020() throws Exception {
        String mobile = aMobile();
        registered(identifiers(mobile(mobile)));

        HttpResponse<String> stranger = send("PUT", profile("\"associatedWith\": \"nosuch.till\", " + identifiers(mobile(mobile))));
        HttpResponse<String> own = send("PUT", profile("\"associatedWith\": \"" + TILL + "\", " + identifiers(mobile(mobile))));

        assertThat(stranger.statusCode()).as(stranger.body()).isEqualTo(200);
        assertThat(codes(json(stranger).at("/0/warnings"))).containsExactly("91020");
        assertThat(codes(json(own).at("/0/warnings"))).isEmpty();
    }

    @Test
    void aControlCharacterInAnEnrollmentDateIsTheRequests400AndAnUnparseableOneTheItems1216() throws Exception {
        String mobile = aMobile();
        registered(identifiers(mobile(mobile)));
        String enrollment = "{\"profiles\": [{" + identifiers(mobile(mobile)) + "}], \"loyaltyProgramEnrollments\": [{\"programId\": 1, \"%s\": \"%s\"}]}";

        for (String field : List.of("tierExpiryDate", "pointsExpiryDate")) {
            for (String control : List.of("\\n", "\\t", "\\r")) {
                HttpResponse<String> response = send("PUT", enrollment.formatted(field, "2030-05-11T16:36:17+05:30" + control));
                assertThat(response.statusCode()).as(field + " " + control + ": " + response.body()).isEqualTo(400);
                assertThat(json(response).at("/errors/0/message").asText()).contains(field);
            }
            HttpResponse<String> unparseable = send("PUT", enrollment.formatted(field, "soon"));
            assertThat(unparseable.statusCode()).as(unparseable.body()).isEqualTo(500);
            assertThat(codes(json(unparseable).at("/0/errors"))).containsExactly("1216");
        }
    }
}
