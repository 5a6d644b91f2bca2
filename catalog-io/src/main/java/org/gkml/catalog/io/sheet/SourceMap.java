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

    private final List<String> sheets = new ArrayList<>();
    /** Per entry: sheet index, then for each field (row << 16 | column) + 1, 0 when absent; then the entry's row. */
    private final List<int[]> entries = new ArrayList<>();

    /** Starts recording a new entry of a sheet, at a row. */
    int[] begin(String sheet, int row) {
        int s = sheets.indexOf(sheet);
        if (s < 0) {
            sheets.add(sheet);
            s = sheets.size() - 1;
        }
        int[] a = new int[FIELDS.size() + 2];
        a[0] = s;
        a[a.length - 1] = row;
        entries.add(a);
        return a;
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
    static void put(int[] entry, int field, int row, int col) {
        if (field >= 0 && field < FIELDS.size()) {
            entry[field + 1] = ((row << 16) | (col & 0xFFFF)) + 1;
        }
    }

    /** Appends another map's entries (a further sheet of the same workbook). */
    void addAll(SourceMap other) {
        for (int[] e : other.entries) {
            int[] copy = e.clone();
            String sheet = other.sheets.get(e[0]);
            int s = sheets.indexOf(sheet);
            if (s < 0) {
                sheets.add(sheet);
                s = sheets.size() - 1;
            }
            copy[0] = s;
            entries.add(copy);
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
        if (i < 0 || i >= entries.size()) {
            return null;
        }
        int[] e = entries.get(i);
        if (slash < 0) {
            return sheets.get(e[0]) + "!" + Grid.address(e[e.length - 1], 0);
        }
        int f = FIELDS.indexOf(rest.substring(slash + 1));
        if (f < 0 || e[f + 1] == 0) {
            return null;
        }
        int v = e[f + 1] - 1;
        return sheets.get(e[0]) + "!" + Grid.address(v >>> 16, v & 0xFFFF);
    }

    @Override
    public boolean containsKey(Object key) {
        return get(key) != null;
    }

    @Override
    public Set<Map.Entry<String, String>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<String, String>> iterator() {
                List<Map.Entry<String, String>> all = new ArrayList<>();
                for (int i = 0; i < entries.size(); i++) {
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
                int n = 0;
                for (Iterator<?> it = iterator(); it.hasNext(); it.next()) {
                    n++;
                }
                return n;
            }
        };
    }
}
