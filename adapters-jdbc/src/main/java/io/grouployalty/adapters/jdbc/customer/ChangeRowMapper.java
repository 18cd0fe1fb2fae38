package io.grouployalty.adapters.jdbc.customer;

import com.fasterxml.jackson.databind.JsonNode;
import io.grouployalty.adapters.jdbc.customer.ChangeRow.FieldJson;
import io.grouployalty.domain.customer.Change;
import io.grouployalty.domain.customer.ChangeId;
import io.grouployalty.domain.customer.CustomerId;
import io.grouployalty.domain.customer.FieldValue;
import io.grouployalty.domain.customer.RecordedChange;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;
import org.mapstruct.ReportingPolicy;

/** Changes to history rows and back; a value a member did not have is stored as null. */
@Mapper(unmappedTargetPolicy = ReportingPolicy.ERROR, implementationName = "MapStruct<CLASS_NAME>")
interface ChangeRowMapper {

    ChangeRowMapper INSTANCE = new MapStructChangeRowMapper();

    @Mapping(target = "changeId", ignore = true)
    @Mapping(target = "customerId", source = "customer.value")
    @Mapping(target = "changes", source = "changes", qualifiedByName = "written")
    ChangeRow row(Change change);

    @Mapping(target = "customer", source = "customerId")
    @Mapping(target = "changes", source = "changes", qualifiedByName = "read")
    Change change(ChangeRow row);

    java.util.List<FieldJson> fields(List<Change.FieldChange> changes);

    FieldJson field(Change.FieldChange change);

    Change.FieldChange fieldChange(FieldJson json);

    default RecordedChange recorded(ChangeRow row) {
        return new RecordedChange(new ChangeId(row.changeId()), change(row));
    }

    @Named("written")
    default String written(List<Change.FieldChange> changes) {
        return ChangeRow.written(fields(changes));
    }

    @Named("read")
    default List<Change.FieldChange> read(String changes) {
        return List.ofAll(ChangeRow.read(changes)).map(this::fieldChange);
    }

    default CustomerId customerId(long id) {
        return new CustomerId(id);
    }

    default JsonNode json(Option<FieldValue> value) {
        return value.map(StoredValues::json).getOrNull();
    }

    default Option<FieldValue> value(JsonNode json) {
        return Option.of(json).filter(given -> !given.isNull()).map(StoredValues::value);
    }
}
