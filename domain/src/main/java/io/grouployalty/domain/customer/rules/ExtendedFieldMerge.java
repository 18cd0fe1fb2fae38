package io.grouployalty.domain.customer.rules;

import io.grouployalty.domain.ErrorCode;
import io.grouployalty.domain.customer.CustomerItem.FieldInput;
import io.grouployalty.domain.customer.ExtendedFieldValues;
import io.grouployalty.domain.customer.FieldValue;
import io.grouployalty.domain.customer.Warning;
import io.grouployalty.domain.org.ExtendedFieldDefinition;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Option;

/**
 * Step 3 of API.md §3.3: extended fields merge by key, each value read by the org's definition of its field (§6.53);
 * a field the org does not define, or a value its type cannot read, is skipped with warning 91015.
 */
public final class ExtendedFieldMerge {

    private ExtendedFieldMerge() {
    }

    public static Judged judge(Judged judged, Map<String, FieldInput> given) {
        if (given.isEmpty()) {
            return judged;
        }
        List<ExtendedFieldDefinition> definitions = judged.world().reference().extendedFields();
        Warned<Map<String, FieldValue>> fields = Warned.of(judged.customer().extendedFields());
        for (Tuple2<String, FieldInput> field : given) {
            Option<FieldValue> value = definitions.find(definition -> definition.name().equals(field._1))
                    .flatMap(definition -> ExtendedFieldValues.judge(definition, field._2));
            fields = value.isEmpty() ? fields.warn(Warning.of(ErrorCode.FIELD_NOT_UPDATED, field._1))
                    : fields.map(current -> current.put(field._1, value.get()));
        }
        return judged.with(fields.map(judged.customer()::withExtendedFields));
    }
}
