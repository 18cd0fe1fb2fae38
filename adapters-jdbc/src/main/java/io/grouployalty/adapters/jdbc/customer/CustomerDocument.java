package io.grouployalty.adapters.jdbc.customer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/** The part of a customer kept as one JSON document: profiles, extended fields and enrollments. */
record CustomerDocument(List<ProfileJson> profiles, Map<String, JsonNode> extendedFields, List<EnrollmentJson> enrollments) {

    private static final ObjectMapper JSON = new ObjectMapper();

    record ProfileJson(String source, String accountId, String firstName, String lastName, List<IdentifierJson> identifiers,
                       List<CardJson> cards, List<ChannelJson> channels, Map<String, String> fields,
                       String createdOn, String createdBy, String modifiedOn, String modifiedBy) {
    }

    record IdentifierJson(String type, String value) {
    }

    record CardJson(String number, long seriesId, String statusLabel, String status) {
    }

    record ChannelJson(String type, String value, boolean primary, boolean verified, boolean subscribed, Map<String, Boolean> meta) {
    }

    record EnrollmentJson(long programId, int tierNumber, long points, String tierExpiry, String pointsExpiry, String enrolledOn) {
    }

    String write() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a customer document could not be written", e);
        }
    }

    static CustomerDocument read(String json) {
        try {
            return JSON.readValue(json, CustomerDocument.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
