package org.gkml.catalog.io.sheet;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where each entry's elements came from, stored compactly (a sheet index, a row and one column per element and
 * entry: a few ints per entry instead of strings), seen as an unmodifiable map from JSON Pointer
 * ({@code /entries/3/deadline}) to cell ({@code Sheet1!G14}).
 */
final class SourceMap extends AbstractMap<String, String> {

    /** The elements an entry's cells are recorded for, in pointer order. */
    static final List<String> FIELDS = List.of("name", "content", "basis", "deadline", "duration", "subjects",
            "channels", "audience", "method", "levels", "responsibility", "category/0", "category/1", "category/2",
            "category/3", "category/4");

    /** The ints recorded per entry. */
    private static final int STRIDE = FIELDS.size() + 2;

    private final List<String> sheets = new ArrayList<>();
    /** The entries recorded in each chunk. */
    private static final int CHUNK = 4096;
    /**
     * All entries, {@link #STRIDE} ints each: sheet index, then for each field (row << 16 | column) + 1, 0 when
     * absent; then the entry's row. In chunks of {@link #CHUNK} entries (288 KB): nothing for the collector to trace,
     * nothing copied as the map grows, and no array so large that the collector must place it apart.
     */
    private final List<int[]> chunks = new ArrayList<>();
    private int size;

    /** The chunk holding an entry. */
    private int[] chunk(int entry) {
        return chunks.get(entry / CHUNK);
    }

    /** The offset of an entry in its chunk. */
    private static int at(int entry) {
        return entry % CHUNK * STRIDE;
    }

    /** Starts recording a new entry of a sheet, at a row; returns the entry's number. */
    int begin(String sheet, int row) {
        int s = sheets.indexOf(sheet);
        if (s < 0) {
            sheets.add(sheet);
            s = sheets.size() - 1;
        }
        if (size % CHUNK == 0) {
            chunks.add(new int[CHUNK * STRIDE]);
        }
        int[] c = chunk(size);
        int at = at(size);
        c[at] = s;
        c[at + STRIDE - 1] = row;
        return size++;
    }

    /** Field numbers: positions in {@link #FIELDS}; category level k is {@code CATEGORY + k}. */
    static final int NAME = 0;
    static final int CONTENT = 1;
    static final int BASIS = 2;
    static final int DEADLINE = 3;
    static final int DURATION = 4;
    static final int SUBJECTS = 5;
    static final int CHANNELS = 6;
    static final int AUDIENCE = 7;
    static final int METHOD = 8;
    static final int LEVELS = 9;
    static final int RESPONSIBILITY = 10;
    static final int CATEGORY = 11;

    /** Records the cell of a field (a number above) of the entry being built; a field beyond the recorded ones is not. */
    void put(int entry, int field, int row, int col) {
        if (field >= 0 && field < FIELDS.size()) {
            chunk(entry)[at(entry) + field + 1] = ((row << 16) | (col & 0xFFFF)) + 1;
        }
    }

    /** Appends another map's entries (a further sheet of the same workbook). */
    void addAll(SourceMap other) {
        int[] sheetIndex = new int[other.sheets.size()];
        for (int s = 0; s < sheetIndex.length; s++) {
            sheetIndex[s] = sheets.indexOf(other.sheets.get(s));
            if (sheetIndex[s] < 0) {
                sheets.add(other.sheets.get(s));
                sheetIndex[s] = sheets.size() - 1;
            }
        }
        for (int e = 0; e < other.size; e++) {
            int[] from = other.chunk(e);
            int src = at(e);
            if (size % CHUNK == 0) {
                chunks.add(new int[CHUNK * STRIDE]);
            }
            int[] to = chunk(size);
            int at = at(size);
            System.arraycopy(from, src, to, at, STRIDE);
            to[at] = sheetIndex[from[src]];
            size++;
        }
    }

    @Override
    public String get(Object key) {
        if (!(key instanceof String p) || !p.startsWith("/entries/")) {
            return null;
        }
        String rest = p.substring(9);
        int slash = rest.indexOf('/');
        int i;
        try {
            i = Integer.parseInt(slash < 0 ? rest : rest.substring(0, slash));
        } catch (NumberFormatException e) {
            return null;
        }
        if (i < 0 || i >= size) {
            return null;
        }
        int[] data = chunk(i);
        int at = at(i);
        if (slash < 0) {
            return sheets.get(data[at]) + "!" + Grid.address(data[at + STRIDE - 1], 0);
        }
        int f = FIELDS.indexOf(rest.substring(slash + 1));
        if (f < 0 || data[at + f + 1] == 0) {
            return null;
        }
        int v = data[at + f + 1] - 1;
        return sheets.get(data[at]) + "!" + Grid.address(v >>> 16, v & 0xFFFF);
    }

    @Override
    public boolean containsKey(Object key) {
        return get(key) != null;
    }

    /** Counted without building the pointers (a validator asks for every finding). */
    @Override
    public int size() {
        int n = 0;
        for (int e = 0; e < size; e++) {
            int[] data = chunk(e);
            int at = at(e);
            n++; // the entry's own row
            for (int f = 1; f <= FIELDS.size(); f++) {
                if (data[at + f] != 0) {
                    n++;
                }
            }
        }
        return n;
    }

    @Override
    public boolean isEmpty() {
        return size == 0;
    }

    @Override
    public Set<Map.Entry<String, String>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<String, String>> iterator() {
                List<Map.Entry<String, String>> all = new ArrayList<>();
                for (int i = 0; i < size; i++) {
                    String base = "/entries/" + i;
                    all.add(Map.entry(base, get(base)));
                    for (String f : FIELDS) {
                        String v = get(base + "/" + f);
                        if (v != null) {
                            all.add(Map.entry(base + "/" + f, v));
                        }
                    }
                }
                return all.iterator();
            }

            @Override
            public int size() {
                return SourceMap.this.size();
            }
        };
    }
}
