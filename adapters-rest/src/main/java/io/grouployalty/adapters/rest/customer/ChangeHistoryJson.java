package io.grouployalty.adapters.rest.customer;

import io.grouployalty.adapters.rest.customer.CustomerJson.ActorJson;
import io.grouployalty.adapters.rest.error.Problem;
import io.grouployalty.adapters.rest.json.Dates;
import io.grouployalty.domain.Page;
import io.grouployalty.domain.customer.Change;
import io.grouployalty.domain.customer.FieldValue;
import io.grouployalty.domain.customer.RecordedChange;
import io.vavr.control.Option;

import java.time.ZoneOffset;
import java.util.List;

/** A page of a customer's change history as {@code GET /v2/customers/{id}/changes} renders it (API.md §3.8). */
record ChangeHistoryJson(List<ChangeJson> data, long count, List<Problem> warnings, List<Problem> errors) {

    record ChangeJson(long changeId, String at, String requestId, ActorJson actor, String operation, List<FieldChangeJson> changes) {
    }

    /** One changed member; a value it did not have is null. */
    record FieldChangeJson(String path, Object before, Object after) {
    }

    static ChangeHistoryJson of(Page<RecordedChange> page, ZoneOffset zone) {
        return new ChangeHistoryJson(page.items().map(recorded -> change(recorded, zone)).toJavaList(), page.total(), List.of(), List.of());
    }

    private static ChangeJson change(RecordedChange recorded, ZoneOffset zone) {
        Change change = recorded.change();
        return new ChangeJson(recorded.id().value(), Dates.render(change.at(), zone), change.requestId(), new ActorJson(change.actor(), "TILL"),
                change.operation().name(), change.changes().map(field -> new FieldChangeJson(field.path(), value(field.before(), zone),
                        value(field.after(), zone))).toJavaList());
    }

    private static Object value(Option<FieldValue> value, ZoneOffset zone) {
        return value.map(given -> FieldValues.json(given, zone)).getOrNull();
    }
}
