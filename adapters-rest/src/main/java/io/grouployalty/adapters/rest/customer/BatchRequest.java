package io.grouployalty.adapters.rest.customer;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.grouployalty.adapters.rest.json.Nested;
import io.grouployalty.adapters.rest.json.RequestBody;
import io.vavr.collection.List;
import io.vavr.control.Option;

import java.io.IOException;

/** The body of {@code /v2/customers/bulk}: an array of items, or one item as a batch of one; none when it is neither. */
@JsonDeserialize(using = BatchRequest.Reader.class)
public record BatchRequest(Option<List<Nested<ItemRequest>>> items) implements RequestBody {

    private static final BatchRequest NEITHER = new BatchRequest(Option.none());

    /** Reads each element as an item when it is an object; what it is otherwise is the mapping's to say. */
    static final class Reader extends JsonDeserializer<BatchRequest> {

        @Override
        public BatchRequest deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            JavaType item = context.getTypeFactory().constructParametricType(Nested.class, ItemRequest.class);
            if (parser.currentToken() == JsonToken.START_OBJECT) {
                Nested<ItemRequest> one = context.readValue(parser, item);
                return new BatchRequest(Option.of(List.of(one)));
            }
            if (parser.currentToken() != JsonToken.START_ARRAY) {
                parser.skipChildren();
                return NEITHER;
            }
            java.util.List<Nested<ItemRequest>> items = context.readValue(parser,
                    context.getTypeFactory().constructCollectionType(java.util.List.class, item));
            return new BatchRequest(Option.of(List.ofAll(items)));
        }

        @Override
        public BatchRequest getNullValue(DeserializationContext context) {
            return NEITHER;
        }
    }
}
