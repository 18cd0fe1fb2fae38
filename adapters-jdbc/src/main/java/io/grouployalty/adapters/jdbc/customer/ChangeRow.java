package io.grouployalty.adapters.jdbc.customer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.grouployalty.domain.customer.Change;
import io.grouployalty.domain.customer.ChangeId;
import io.grouployalty.domain.customer.CustomerId;
import io.grouployalty.domain.customer.FieldValue;
import io.grouployalty.domain.customer.RecordedChange;
import io.vavr.collection.List;
import io.vavr.control.Option;

import java.io.UncheckedIOException;
import java.time.Instant;

/** A change-history row; a change not yet recorded has no id. */
public record ChangeRow(Long changeId, long customerId, Instant at, String requestId, String actor, String operation, String changes) {

    private static final ObjectMapper JSON = new ObjectMapper();

    record FieldJson(String path, JsonNode before, JsonNode after) {
    }

    static ChangeRow of(Change change) {
        java.util.List<FieldJson> fields = change.changes()
                .map(field -> new FieldJson(field.path(), field.before().map(StoredValues::json).getOrNull(),
                        field.after().map(StoredValues::json).getOrNull())).toJavaList();
        try {
            return new ChangeRow(null, change.customer().value(), change.at(), change.requestId(), change.actor(), change.operation().name(),
                    JSON.writeValueAsString(fields));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a change could not be written", e);
        }
    }

    RecordedChange toRecorded() {
        try {
            java.util.List<FieldJson> fields = JSON.readValue(changes, new TypeReference<>() { });
            return new RecordedChange(new ChangeId(changeId), new Change(new CustomerId(customerId), at, requestId, actor,
                    Change.Operation.valueOf(operation),
                    List.ofAll(fields).map(field -> new Change.FieldChange(field.path(), value(field.before()), value(field.after())))));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Option<FieldValue> value(JsonNode json) {
        return Option.of(json).filter(given -> !given.isNull()).map(StoredValues::value);
    }
}
