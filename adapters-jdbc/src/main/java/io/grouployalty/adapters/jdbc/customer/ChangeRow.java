package io.grouployalty.adapters.jdbc.customer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;

/** A change-history row, its changed members as a JSON array; a change not yet recorded has no id. */
public record ChangeRow(Long changeId, long customerId, Instant at, String requestId, String actor, String operation, String changes) {

    private static final ObjectMapper JSON = new ObjectMapper();

    record FieldJson(String path, JsonNode before, JsonNode after) {
    }

    static String written(List<FieldJson> fields) {
        try {
            return JSON.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a change could not be written", e);
        }
    }

    static List<FieldJson> read(String changes) {
        try {
            return JSON.readValue(changes, new TypeReference<>() { });
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
