package io.baton.decider.core.expression;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A thread-safe least-recently-used cache of compiled expressions: definitions hold a small, stable set of them, so
 * a bound is all the eviction they need.
 */
final class BoundedCache<K, V> {
    private final Map<K, V> entries;

    BoundedCache(int capacity) {
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The cached value, or the computed one, kept only when computing it did not throw. */
    synchronized V get(K key, Function<K, V> compute) {
        return entries.computeIfAbsent(key, compute);
    }
}
