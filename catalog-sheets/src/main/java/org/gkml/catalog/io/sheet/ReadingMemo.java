package org.gkml.catalog.io.sheet;

import java.util.function.Function;

/**
 * A table from cell text to a value: what was read of each distinct text of a column kind (deadlines, channels,
 * bases …), so that a sheet repeating a text row after row has it read once, or the entry codes taken so far.
 * Bounded when asked: past its limit, further texts are read each time and not kept.
 *
 * <p>Open addressing, each text's hash kept beside it and texts compared by identity first: the CSV reader shares
 * equal texts as one {@code String} ({@link CellInterner}), so a lookup mostly touches the table alone, where a
 * {@code HashMap} goes on to its node and the key. Not thread-safe; one per sheet.
 *
 * @param <V> the values (never null)
 */
final class ReadingMemo<V> {

    /** The most texts a memo of cell readings keeps. */
    static final int MEMO_LIMIT = 20_000;

    private final int limit;
    /** Text, value, text, value …; half its pairs used at most. */
    private Object[] table = new Object[2 * 64];
    /** The hash of each pair's text. */
    private int[] hashes = new int[64];
    private int size;

    /** A table keeping at most {@code limit} texts. */
    ReadingMemo(int limit) {
        this.limit = limit;
    }

    /** A memo of cell readings, keeping {@link #MEMO_LIMIT} texts. */
    ReadingMemo() {
        this(MEMO_LIMIT);
    }

    /** What {@code read} gives for {@code text}, read once and remembered (while the table is under its limit). */
    V get(String text, Function<String, V> read) {
        int h = text.hashCode();
        int i = find(text, h);
        Object kept = i >= 0 && table[2 * i] != null ? table[2 * i + 1] : overflow == null ? null : overflow.get(text);
        if (kept != null) {
            @SuppressWarnings("unchecked")
            V v = (V) kept;
            return v;
        }
        V v = read.apply(text);
        if (v != null && size < limit) {
            put(text, h, v);
        }
        return v;
    }

    /** Adds {@code text} with a value unless it is there (or the table is full); false when it was there. */
    boolean add(String text, V value) {
        int h = text.hashCode();
        if (contains(text, h)) {
            return false;
        }
        if (size < limit) {
            put(text, h, value);
        }
        return true;
    }

    /** Whether {@code text} is in the table. */
    boolean contains(String text) {
        return contains(text, text.hashCode());
    }

    private boolean contains(String text, int h) {
        int i = find(text, h);
        return i >= 0 && table[2 * i] != null || overflow != null && overflow.containsKey(text);
    }

    /** How many texts are kept. */
    int size() {
        return size;
    }

    /**
     * The furthest a text stands from its home slot. Texts whose {@code String.hashCode} collide (Aa and BB, easy to
     * write) would otherwise make probing quadratic: past this run they go to a {@code HashMap}, whose bins turn to
     * trees when keys collide.
     */
    private static final int MAX_RUN = 64;

    /** The texts that found no slot within {@link #MAX_RUN} of their home (colliding hashes); null until one does. */
    private java.util.HashMap<String, Object> overflow;

    /** The slot holding {@code text}, or the free slot where it would go, within {@link #MAX_RUN} of its home; else -1. */
    private int find(String text, int h) {
        int mask = hashes.length - 1;
        int i = (h ^ (h >>> 16)) & mask;
        for (int run = 0; run < MAX_RUN; run++, i = (i + 1) & mask) {
            Object k = table[2 * i];
            if (k == null || k == text || hashes[i] == h && k.equals(text)) {
                return i;
            }
        }
        return -1;
    }

    private void put(String text, int h, Object v) {
        if (2 * (size + 1) > hashes.length) {
            Object[] oldTable = table;
            int[] oldHashes = hashes;
            table = new Object[oldTable.length * 2];
            hashes = new int[oldHashes.length * 2];
            for (int j = 0; j < oldHashes.length; j++) {
                if (oldTable[2 * j] != null) {
                    place((String) oldTable[2 * j], oldHashes[j], oldTable[2 * j + 1]);
                }
            }
        }
        place(text, h, v);
        size++;
    }

    /** Puts a text not yet kept in its slot, or in the overflow when its run is full. */
    private void place(String k, int h, Object v) {
        int i = find(k, h);
        if (i < 0) {
            if (overflow == null) {
                overflow = new java.util.HashMap<>();
            }
            overflow.put(k, v);
            return;
        }
        table[2 * i] = k;
        table[2 * i + 1] = v;
        hashes[i] = h;
    }

    /** How many texts stand in the overflow (for the tests). */
    int overflowing() {
        return overflow == null ? 0 : overflow.size();
    }
}
