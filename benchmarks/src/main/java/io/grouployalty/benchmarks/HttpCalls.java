package io.grouployalty.benchmarks;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

/** L3: requests to the service as a vendor client sends them, Basic auth with the MD5 of the till's password. */
final class HttpCalls {

    private final ServiceUnderTest service;
    private final BenchOrg org;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String authorization;

    HttpCalls(ServiceUnderTest service, BenchOrg org) {
        this.service = service;
        this.org = org;
        this.authorization = "Basic " + Base64.getEncoder().encodeToString((BenchOrg.TILL + ":" + md5(BenchOrg.PASSWORD))
                .getBytes(StandardCharsets.UTF_8));
    }

    private static String md5(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The bench update item: new first and last name, two extended fields and one email channel of a random customer. */
    String updateItem(long customer) {
        int mark = ThreadLocalRandom.current().nextInt(1_000_000);
        return """
                {"profiles": [{"firstName": "First%d", "lastName": "Last%d",
                  "identifiers": [{"type": "mobile", "value": "%s"}],
                  "commChannels": [{"type": "email", "value": "c%d@bench.example", "primary": true, "verified": true}]}],
                 "extendedFields": {"city": "City%d", "nickname": "Nick%d"}}""".formatted(mark, mark, org.mobile(customer), customer, mark, mark);
    }

    /** An item that makes a free customer a driver of a fleet owner. */
    String attachItem(long customer, long owner) {
        return """
                {"profiles": [{"identifiers": [{"type": "mobile", "value": "%s"}]}],
                 "associationDetails": {"hierarchyCode": "fleet", "roleCode": "FC", "fleetCompany": {"externalId": "bench-co"},
                   "parentCustomer": {"profiles": [{"identifiers": [{"type": "mobile", "value": "%s"}]}]}}}"""
                .formatted(org.mobile(customer), org.mobile(owner));
    }

    /** A batch of update items for {@code customers}. */
    String batch(long... customers) {
        return LongStream.of(customers).mapToObj(this::updateItem).collect(Collectors.joining(",", "[", "]"));
    }

    /** Sends {@code body} to {@code PUT /v2/customers/bulk} and fails unless every item succeeded. */
    void put(String body) throws IOException, InterruptedException {
        send("PUT", body);
    }

    void post(String body) throws IOException, InterruptedException {
        send("POST", body);
    }

    private void send(String method, String body) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(service.uri("/v2/customers/bulk?source=INSTORE"))
                .header("Authorization", authorization).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(method + " answered " + response.statusCode() + ": "
                    + response.body().substring(0, Math.min(300, response.body().length())));
        }
    }

    LoadDriver.Operation randomUpdate() {
        return () -> put(updateItem(org.randomUpdatable()));
    }
}
