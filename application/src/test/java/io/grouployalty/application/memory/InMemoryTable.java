package io.grouployalty.application.memory;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;

/** Rows of one in-memory adapter, kept as an immutable map so that a transaction can put back what it saw. */
public abstract class InMemoryTable<K, V> {

    protected Map<K, V> rows = LinkedHashMap.empty();

    Map<K, V> snapshot() {
        return rows;
    }

    @SuppressWarnings("unchecked")
    void restore(Map<?, ?> snapshot) {
        rows = (Map<K, V>) snapshot;
    }
}
