package org.gkml.catalog.validation;

import java.util.Arrays;
import java.util.List;

/** An open-addressing map from 64-bit hashes to entry indexes: 12 bytes a slot, for cross-entry rules at scale. */
final class LongIntMap {
    private long[] keys;
    private int[] values;
    private boolean[] used;
    private int size;

    LongIntMap() {
        keys = new long[1024];
        values = new int[1024];
        used = new boolean[1024];
    }

    /** The value of a key, or -1. */
    int get(long key) {
        int mask = keys.length - 1;
        int i = (int) mix(key) & mask;
        while (used[i]) {
            if (keys[i] == key) {
                return values[i];
            }
            i = (i + 1) & mask;
        }
        return -1;
    }

    /** Puts a key if absent and returns the previous value, or -1. */
    int putIfAbsent(long key, int value) {
        int prev = get(key);
        if (prev >= 0) {
            return prev;
        }
        if ((size + 1) * 4L > keys.length * 3L) {
            grow();
        }
        int mask = keys.length - 1;
        int i = (int) mix(key) & mask;
        while (used[i]) {
            i = (i + 1) & mask;
        }
        used[i] = true;
        keys[i] = key;
        values[i] = value;
        size++;
        return -1;
    }

    private void grow() {
        long[] k = keys;
        int[] v = values;
        boolean[] u = used;
        keys = new long[k.length * 2];
        values = new int[k.length * 2];
        used = new boolean[k.length * 2];
        Arrays.fill(values, 0);
        size = 0;
        for (int i = 0; i < k.length; i++) {
            if (u[i]) {
                putIfAbsent(k[i], v[i]);
            }
        }
    }

    /** A seed drawn once a run: keys cannot be chosen ahead to crowd one run of slots (the hashes are unseeded FNV). */
    private static final long SEED = org.gkml.catalog.io.internal.HashSeed.next();

    private static long mix(long x) {
        x ^= SEED;
        x ^= x >>> 33;
        x *= 0xff51afd7ed558ccdL;
        x ^= x >>> 33;
        return x;
    }

    /** A 64-bit FNV-1a hash of a string. */
    static long hash(String s) {
        return hash(0xcbf29ce484222325L, s);
    }

    /** 64-bit FNV-1a of {@code s}, continuing from {@code h}. */
    static long hash(long h, String s) {
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }

    /** The hash of {@code String.join("\u0001", category) + "\u0002" + name}, without building that string. */
    static long hash(List<String> category, String name) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < category.size(); i++) {
            if (i > 0) {
                h = hash(h, "\u0001");
            }
            h = hash(h, category.get(i));
        }
        return hash(hash(h, "\u0002"), name);
    }
}
