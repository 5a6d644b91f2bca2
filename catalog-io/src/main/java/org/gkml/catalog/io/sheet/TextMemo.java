package org.gkml.catalog.io.sheet;

import java.util.function.Function;

/**
 * What was read of each distinct cell text of a column kind (deadlines, channels, bases …), so that a sheet repeating a
 * text row after row has it read once. Bounded: past {@link #MAX} texts, further ones are read each time and not kept.
 *
 * <p>An open-addressing table of text and value side by side, compared by identity first: the CSV reader shares equal
 * texts as one {@code String} ({@link CellStrings}), so a lookup mostly costs one memory access where a
 * {@code HashMap} would make two or three (its table, then the node). Not thread-safe; one per sheet.
 *
 * @param <V> what a text is read as (never null)
 */
final class TextMemo<V> {

    /** The most texts kept. */
    static final int MAX = 20_000;

    /** Text, value, text, value …; its length a power of two, at most half the pairs used. */
    private Object[] table = new Object[2 * 64];
    private int size;

    /** What {@code read} gives for {@code text}, read once and remembered (while fewer than {@link #MAX} are). */
    V get(String text, Function<String, V> read) {
        int mask = (table.length >> 1) - 1;
        int h = text.hashCode();
        for (int i = (h ^ (h >>> 16)) & mask; ; i = (i + 1) & mask) {
            Object k = table[2 * i];
            if (k == null) {
                break;
            }
            if (k == text || k.hashCode() == h && k.equals(text)) {
                @SuppressWarnings("unchecked")
                V v = (V) table[2 * i + 1];
                return v;
            }
        }
        V v = read.apply(text);
        if (v != null && size < MAX) {
            put(text, v);
        }
        return v;
    }

    /** How many texts are kept. */
    int size() {
        return size;
    }

    private void put(String text, Object v) {
        if (2 * (size + 1) > table.length >> 1) {
            Object[] old = table;
            table = new Object[old.length * 2];
            for (int j = 0; j < old.length; j += 2) {
                if (old[j] != null) {
                    insert(old[j], old[j + 1]);
                }
            }
        }
        insert(text, v);
        size++;
    }

    private void insert(Object k, Object v) {
        int mask = (table.length >> 1) - 1;
        int h = k.hashCode();
        int i = (h ^ (h >>> 16)) & mask;
        while (table[2 * i] != null) {
            i = (i + 1) & mask;
        }
        table[2 * i] = k;
        table[2 * i + 1] = v;
    }
}
