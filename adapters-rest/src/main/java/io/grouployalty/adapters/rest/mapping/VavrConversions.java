package io.grouployalty.adapters.rest.mapping;

import io.vavr.collection.Map;
import io.vavr.control.Option;

import java.util.LinkedHashMap;

/** Conversions the mappers use for vavr values, which MapStruct does not know; a map keeps its order. */
public final class VavrConversions {

    private VavrConversions() {
    }

    public static <T> T orNull(Option<T> value) {
        return value.getOrNull();
    }

    public static java.util.Map<String, String> texts(Map<String, String> texts) {
        return texts.toJavaMap(LinkedHashMap::new, entry -> entry);
    }
}
