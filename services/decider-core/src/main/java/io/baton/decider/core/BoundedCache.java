package io.baton.decider.core;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A thread-safe least-recently-used cache of what is made from definitions (compiled expressions, parsed workflow
 * definitions): they come in a small, stable set, so a bound is all the eviction they need.
 */
public final class BoundedCache<K, V> {
    private final Map<K, V> entries;

    public BoundedCache(int capacity) {
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The cached value, or the computed one, kept only when computing it did not throw. */
    public synchronized V get(K key, Function<K, V> compute) {
        return entries.computeIfAbsent(key, compute);
    }
}
