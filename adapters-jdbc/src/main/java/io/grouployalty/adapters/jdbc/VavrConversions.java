package io.grouployalty.adapters.jdbc;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.control.Option;

/** Conversions the row mappers use for vavr values, which MapStruct does not know; a map keeps its order. */
public final class VavrConversions {

    private VavrConversions() {
    }

    public static <T> T orNull(Option<T> value) {
        return value.getOrNull();
    }

    public static <T> Option<T> option(T value) {
        return Option.of(value);
    }

    public static java.util.Map<String, String> texts(Map<String, String> texts) {
        return texts.toJavaMap(java.util.LinkedHashMap::new, entry -> entry);
    }

    public static Map<String, String> texts(java.util.Map<String, String> texts) {
        return LinkedHashMap.ofAll(texts);
    }

    public static java.util.Map<String, Boolean> flags(Map<String, Boolean> flags) {
        return flags.toJavaMap(java.util.LinkedHashMap::new, entry -> entry);
    }

    public static Map<String, Boolean> flags(java.util.Map<String, Boolean> flags) {
        return LinkedHashMap.ofAll(flags);
    }
}
