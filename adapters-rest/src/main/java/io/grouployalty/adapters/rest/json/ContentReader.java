package io.grouployalty.adapters.rest.json;

import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;

/**
 * The reader of a member wrapping a type it binds ({@code Nested<T>}, {@code Listed<T>}): it finds the reader of
 * {@code T} for the member it reads, and answers its absent and null values itself.
 */
abstract class ContentReader<W> extends JsonDeserializer<W> implements ContextualDeserializer {

    final JsonDeserializer<Object> content;
    private final W absent;
    private final W nothing;

    ContentReader(JsonDeserializer<Object> content, W absent, W nothing) {
        this.content = content;
        this.absent = absent;
        this.nothing = nothing;
    }

    /** The same reader, reading {@code T} with {@code found}. */
    abstract ContentReader<W> reading(JsonDeserializer<Object> found);

    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) throws JsonMappingException {
        JavaType type = property == null ? context.getContextualType() : property.getType();
        return reading(context.findContextualValueDeserializer(type.containedType(0), property));
    }

    @Override
    public W getNullValue(DeserializationContext context) {
        return nothing;
    }

    @Override
    public Object getAbsentValue(DeserializationContext context) {
        return absent;
    }
}
