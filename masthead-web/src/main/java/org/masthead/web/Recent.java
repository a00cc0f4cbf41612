package org.masthead.web;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * What was read recently, kept for a short while: at most {@code capacity} entries, the least recently used
 * going first, each read afresh once older than {@code fresh}. Loads run outside the lock, so two threads
 * may both load a missing entry; the later one is kept.
 */
final class Recent<K, V> {
    private record Entry<V>(V value, long readAt) {
    }

    private final long freshNanos;
    private final Map<K, Entry<V>> entries;

    Recent(int capacity, Duration fresh) {
        this.freshNanos = fresh.toNanos();
        this.entries = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, Entry<V>> eldest) {
                return size() > capacity;
            }
        };
    }

    V get(K key, Function<K, V> load) {
        Entry<V> entry;
        synchronized (entries) {
            entry = entries.get(key);
        }
        if (entry == null || System.nanoTime() - entry.readAt() > freshNanos) {
            entry = new Entry<>(load.apply(key), System.nanoTime());
            synchronized (entries) {
                entries.put(key, entry);
            }
        }
        return entry.value();
    }

    /** The value held for the key, however old, or null. */
    V peek(K key) {
        synchronized (entries) {
            Entry<V> entry = entries.get(key);
            return entry == null ? null : entry.value();
        }
    }

    void put(K key, V value) {
        synchronized (entries) {
            entries.put(key, new Entry<>(value, System.nanoTime()));
        }
    }
}
