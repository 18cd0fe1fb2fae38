package io.grouployalty.adapters.rest.customer;

import com.fasterxml.jackson.databind.JsonNode;
import io.grouployalty.adapters.rest.customer.ChangeHistoryJson.ChangeJson;
import io.grouployalty.adapters.rest.customer.ChangeHistoryJson.FieldChangeJson;
import io.grouployalty.adapters.rest.customer.CustomerJson.ActorJson;
import io.grouployalty.adapters.rest.json.Dates;
import io.grouployalty.domain.Page;
import io.grouployalty.domain.customer.Change;
import io.grouployalty.domain.customer.FieldValue;
import io.grouployalty.domain.customer.RecordedChange;
import io.vavr.control.Option;
import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.ReportingPolicy;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** A page of change history to its response records, dates in the org's offset. */
@Mapper(unmappedTargetPolicy = ReportingPolicy.ERROR, implementationName = "MapStruct<CLASS_NAME>")
interface ChangeHistoryJsonMapper {

    ChangeHistoryJsonMapper INSTANCE = new MapStructChangeHistoryJsonMapper();

    @Mapping(target = "data", source = "items")
    @Mapping(target = "count", source = "total")
    @Mapping(target = "warnings", expression = "java(java.util.List.of())")
    @Mapping(target = "errors", expression = "java(java.util.List.of())")
    ChangeHistoryJson page(Page<RecordedChange> page, @Context ZoneOffset zone);

    List<ChangeJson> changes(io.vavr.collection.List<RecordedChange> changes, @Context ZoneOffset zone);

    @Mapping(target = "changeId", source = "id.value")
    @Mapping(target = "at", source = "change.at")
    @Mapping(target = "requestId", source = "change.requestId")
    @Mapping(target = "actor", source = "change.actor")
    @Mapping(target = "operation", source = "change.operation")
    @Mapping(target = "changes", source = "change.changes")
    ChangeJson change(RecordedChange recorded, @Context ZoneOffset zone);

    List<FieldChangeJson> fieldChanges(io.vavr.collection.List<Change.FieldChange> changes, @Context ZoneOffset zone);

    FieldChangeJson fieldChange(Change.FieldChange change, @Context ZoneOffset zone);

    default JsonNode value(Option<FieldValue> value, @Context ZoneOffset zone) {
        return value.map(given -> FieldValues.json(given, zone)).getOrNull();
    }

    default ActorJson till(String code) {
        return ActorJson.till(code);
    }

    default String date(Instant instant, @Context ZoneOffset zone) {
        return Dates.render(instant, zone);
    }
}
