package org.gkml.catalog.io.sheet;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gkml.catalog.io.WireFormat;

/**
 * Where each imported entry's elements came from: the cell of each element, by the JSON Pointer of the value
 * ({@code /entries/3/deadline} → {@code Sheet1!G14}). Stored compactly, a few ints per entry (a sheet index, then a
 * row and a column per element), because a validator of a 100,000-row sheet holds it whole. Unmodifiable once the
 * import returns it, and then thread-safe.
 *
 * @since 0.1
 */
public final class SourceMap {

    /**
     * The elements an entry's cells are recorded for: the wire format's entry members that come from a cell
     * ({@link WireFormat#ENTRY} without code, category, status and extensions), then the first five category levels.
     */
    static final List<String> FIELDS = fields();

    private static List<String> fields() {
        List<String> f = new ArrayList<>();
        for (String k : WireFormat.ENTRY) {
            if (!List.of("code", "category", "status", "extensions").contains(k)) {
                f.add(k);
            }
        }
        for (int level = 0; level < 5; level++) {
            f.add("category/" + level);
        }
        return List.copyOf(f);
    }

    /** Field numbers: positions in {@link #FIELDS}; category level k is {@code CATEGORY + k}. */
    static final int NAME = FIELDS.indexOf("name");
    static final int CONTENT = FIELDS.indexOf("content");
    static final int BASIS = FIELDS.indexOf("basis");
    static final int DEADLINE = FIELDS.indexOf("deadline");
    static final int DURATION = FIELDS.indexOf("duration");
    static final int SUBJECTS = FIELDS.indexOf("subjects");
    static final int CHANNELS = FIELDS.indexOf("channels");
    static final int AUDIENCE = FIELDS.indexOf("audience");
    static final int METHOD = FIELDS.indexOf("method");
    static final int LEVELS = FIELDS.indexOf("levels");
    static final int RESPONSIBILITY = FIELDS.indexOf("responsibility");
    static final int CATEGORY = FIELDS.indexOf("category/0");

    /** The ints recorded per entry: the sheet index, the entry's row, then row + 1 and column per field (0: absent). */
    private static final int STRIDE = 2 + 2 * FIELDS.size();
    /** The entries recorded in each chunk: no array so large that the collector must place it apart, none copied. */
    private static final int CHUNK = 4096;

    private final List<String> sheets = new ArrayList<>();
    private final List<int[]> chunks = new ArrayList<>();
    private int size;

    SourceMap() {
    }

    private int[] chunk(int entry) {
        return chunks.get(entry / CHUNK);
    }

    private static int at(int entry) {
        return entry % CHUNK * STRIDE;
    }

    private int newSlot() {
        if (size % CHUNK == 0) {
            chunks.add(new int[CHUNK * STRIDE]);
        }
        return size++;
    }

    /** Starts recording a new entry of a sheet, at a row; returns the entry's number. */
    int begin(String sheet, int row) {
        int s = sheets.indexOf(sheet);
        if (s < 0) {
            sheets.add(sheet);
            s = sheets.size() - 1;
        }
        int e = newSlot();
        int[] c = chunk(e);
        c[at(e)] = s;
        c[at(e) + 1] = row;
        return e;
    }

    /** Records the cell of a field (a number above) of an entry; a field beyond the recorded ones is not. */
    void put(int entry, int field, int row, int col) {
        if (field >= 0 && field < FIELDS.size()) {
            int[] c = chunk(entry);
            int at = at(entry) + 2 + 2 * field;
            c[at] = row + 1;
            c[at + 1] = col;
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
            int to = newSlot();
            System.arraycopy(from, src, chunk(to), at(to), STRIDE);
            chunk(to)[at(to)] = sheetIndex[from[src]];
        }
    }

    /** The number of entries recorded. */
    public int entries() {
        return size;
    }

    /** The row an entry starts at. */
    public Optional<CellRef> entryCell(int entry) {
        if (entry < 0 || entry >= size) {
            return Optional.empty();
        }
        int[] c = chunk(entry);
        return Optional.of(new CellRef(sheets.get(c[at(entry)]), c[at(entry) + 1], 0));
    }

    /**
     * The cell a value came from: the cell recorded for the pointer, or else for the nearest enclosing value that has
     * one ({@code /entries/3/deadline/amount} → the deadline's cell; {@code /entries/3/code} → the entry's row).
     * Empty for a pointer outside the entries or beyond them.
     */
    public Optional<CellRef> cellOf(String pointer) {
        if (pointer == null || !pointer.startsWith("/entries/")) {
            return Optional.empty();
        }
        String rest = pointer.substring(9);
        int slash = rest.indexOf('/');
        int i;
        try {
            i = Integer.parseInt(slash < 0 ? rest : rest.substring(0, slash));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        if (i < 0 || i >= size) {
            return Optional.empty();
        }
        String field = slash < 0 ? "" : rest.substring(slash + 1);
        while (!field.isEmpty()) {
            Optional<CellRef> c = fieldCell(i, FIELDS.indexOf(field));
            if (c.isPresent()) {
                return c;
            }
            int up = field.lastIndexOf('/');
            field = up < 0 ? "" : field.substring(0, up);
        }
        return entryCell(i);
    }

    private Optional<CellRef> fieldCell(int entry, int f) {
        if (f < 0) {
            return Optional.empty();
        }
        int[] c = chunk(entry);
        int at = at(entry) + 2 + 2 * f;
        return c[at] == 0 ? Optional.empty() : Optional.of(new CellRef(sheets.get(c[at(entry)]), c[at] - 1, c[at + 1]));
    }

    /**
     * Every recorded cell as an unmodifiable map from exact pointer ({@code /entries/3} for the entry's row,
     * {@code /entries/3/deadline} …) to cell ({@code Sheet1!G14}), in entry order; made on each call (it holds a
     * string per cell), for reports and tests. To look one pointer up, use {@link #cellOf(String)}.
     */
    public Map<String, String> asMap() {
        Map<String, String> all = new LinkedHashMap<>();
        for (int i = 0; i < size; i++) {
            String base = "/entries/" + i;
            all.put(base, entryCell(i).orElseThrow().toString());
            for (int f = 0; f < FIELDS.size(); f++) {
                Optional<CellRef> c = fieldCell(i, f);
                if (c.isPresent()) {
                    all.put(base + "/" + FIELDS.get(f), c.get().toString());
                }
            }
        }
        return Collections.unmodifiableMap(all);
    }

    /** The number of recorded cells (an entry's row and each element's cell), counted without building pointers. */
    public int cells() {
        int n = 0;
        for (int e = 0; e < size; e++) {
            int[] data = chunk(e);
            int at = at(e);
            n++;
            for (int f = 0; f < FIELDS.size(); f++) {
                if (data[at + 2 + 2 * f] != 0) {
                    n++;
                }
            }
        }
        return n;
    }

    /** Equal when the same cells are recorded for the same pointers (sheets compared by name). */
    @Override
    public boolean equals(Object o) {
        if (!(o instanceof SourceMap m) || m.size != size) {
            return false;
        }
        for (int e = 0; e < size; e++) {
            int[] a = chunk(e);
            int[] b = m.chunk(e);
            int at = at(e);
            if (!sheets.get(a[at]).equals(m.sheets.get(b[at]))
                    || !java.util.Arrays.equals(a, at + 1, at + STRIDE, b, at + 1, at + STRIDE)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int h = size;
        for (int e = 0; e < size; e++) {
            int[] a = chunk(e);
            int at = at(e);
            h = 31 * h + sheets.get(a[at]).hashCode();
            for (int k = at + 1; k < at + STRIDE; k++) {
                h = 31 * h + a[k];
            }
        }
        return h;
    }

    @Override
    public String toString() {
        return "SourceMap[" + size + " entries]";
    }
}
