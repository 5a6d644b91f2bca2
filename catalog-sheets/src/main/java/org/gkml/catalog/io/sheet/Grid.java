package org.gkml.catalog.io.sheet;

import java.util.ArrayList;
import java.util.List;

/**
 * A sheet as rows of cell texts, format-independent: CSV and XLSX readers produce it, the table understanding
 * consumes it. Row and column indexes are 0-based; {@link #address(int, int)} gives the A1 form. A grid is either
 * complete (XLSX: merged regions are only known at the end of a sheet) or fed by a {@link Rows} source as the
 * understanding asks for rows (CSV), releasing the rows it is done with: a large sheet is never held whole.
 */
final class Grid implements AutoCloseable {

    /** A source of rows, read a batch at a time. */
    interface Rows extends AutoCloseable {
        /** The next rows (possibly none yet), or null once there are no more. */
        List<String[]> next() throws java.io.IOException;

        @Override
        void close() throws java.io.IOException;
    }

    final String sheet;
    /** The rows read so far; released ones are null. */
    private final List<String[]> rows;
    /** Where further rows come from; null once all are read. */
    private Rows feed;
    /** Rows below this one are released. */
    private int released;
    /** The widest row of a complete grid (merged regions are clipped to it); -1 for a fed grid. */
    private final int width;
    /** Whether merged regions are known (XLSX): then blank cells outside merges are really blank. */
    boolean mergeAware;
    /** For a cell covered by a merged region (not its top-left), the top-left as (row << 20) | column. */
    private final java.util.Map<Long, Long> mergedFrom = new java.util.HashMap<>();

    /** A complete grid. */
    Grid(String sheet, List<String[]> rows) {
        this.sheet = sheet;
        this.rows = rows;
        int w = 0;
        for (String[] r : rows) {
            w = Math.max(w, r.length);
        }
        this.width = w;
    }

    /** A grid fed by {@code feed} on demand; closing the grid closes the feed. */
    Grid(String sheet, Rows feed) {
        this.sheet = sheet;
        this.rows = new ArrayList<>();
        this.feed = feed;
        this.width = -1;
    }

    /**
     * Whether the sheet has a row {@code r}, reading on as far as it. A read error surfaces here as an
     * {@link java.io.UncheckedIOException} (the importer unwraps it).
     */
    boolean has(int r) {
        while (r >= rows.size() && feed != null) {
            List<String[]> more;
            try {
                more = feed.next();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            if (more == null) {
                close();
            } else {
                rows.addAll(more);
            }
        }
        return r < rows.size();
    }

    /** The number of cells row {@code r} has (any further cell is blank). */
    int width(int r) {
        return has(r) && rows.get(r) != null ? rows.get(r).length : 0;
    }

    /** Lets the rows above {@code r} go: they will not be asked for again. */
    void release(int r) {
        for (int k = released; k < Math.min(r, rows.size()); k++) {
            rows.set(k, null);
        }
        released = Math.max(released, Math.min(r, rows.size()));
    }

    @Override
    public void close() {
        Rows f = feed;
        feed = null;
        if (f != null) {
            try {
                f.close();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    /** The most covered cells recorded for merged regions; a workbook claiming more is refused by the reader. */
    static final int MAX_MERGED_CELLS = 2_000_000;

    /**
     * Records a merged region (0-based, inclusive corners), limited to the rows and columns the sheet has.
     *
     * @return false when the merged cells would exceed {@link #MAX_MERGED_CELLS}
     */
    boolean merge(int r1, int c1, int r2, int c2) {
        long top = ((long) r1 << 20) | c1;
        int lastRow = Math.min(r2, rows.size() - 1);
        int lastCol = Math.min(c2, width - 1);
        for (int r = r1; r <= lastRow; r++) {
            for (int c = c1; c <= lastCol; c++) {
                if (mergedFrom.size() >= MAX_MERGED_CELLS) {
                    return false;
                }
                if (r != r1 || c != c1) {
                    mergedFrom.put(((long) r << 20) | c, top);
                }
            }
        }
        return true;
    }

    /** The row of the top-left cell of a vertical merge covering (row, col), or -1. */
    /** The merged regions as {first row, first column, last row, last column}, each from its covered cells. */
    List<int[]> mergedRegions() {
        java.util.Map<Long, int[]> regions = new java.util.LinkedHashMap<>();
        for (java.util.Map.Entry<Long, Long> e : mergedFrom.entrySet()) {
            long top = e.getValue();
            int r = (int) (e.getKey() >> 20);
            int c = (int) (e.getKey() & 0xFFFFF);
            int[] m = regions.computeIfAbsent(top, t -> new int[] {(int) (t >> 20), (int) (t & 0xFFFFF), (int) (t >> 20), (int) (t & 0xFFFFF)});
            m[2] = Math.max(m[2], r);
            m[3] = Math.max(m[3], c);
        }
        return new ArrayList<>(regions.values());
    }

    int mergedFromRow(int row, int col) {
        Long top = mergedFrom.get(((long) row << 20) | col);
        if (top == null || (int) (top & 0xFFFFF) != col) {
            return -1;
        }
        return (int) (top >> 20);
    }

    /**
     * A row's cells as read (null or "" where blank; as many as the row has, {@link #width(int)}): the array itself,
     * not to be changed.
     */
    String[] cells(int row) {
        if (row < 0 || !has(row)) {
            return NO_CELLS;
        }
        String[] r = rows.get(row);
        if (r == null) {
            throw new IllegalStateException("row " + (row + 1) + " of " + sheet + " was asked for after it was released");
        }
        return r;
    }

    private static final String[] NO_CELLS = {};

    /** Whether a cell's text is empty or only white space (most cells start with a visible character). */
    static boolean isBlank(String s) {
        return s == null || s.isEmpty() || CellText.isSpace(s.charAt(0)) && s.isBlank();
    }

    String cell(int row, int col) {
        if (row < 0 || !has(row)) {
            return "";
        }
        String[] r = rows.get(row);
        if (r == null) {
            throw new IllegalStateException("row " + (row + 1) + " of " + sheet + " was asked for after it was released");
        }
        if (col < 0 || col >= r.length || r[col] == null) {
            return "";
        }
        return r[col];
    }

    boolean blank(int row, int col) {
        return isBlank(cell(row, col));
    }

    /** The letters of the first columns, worked out once (reports name thousands of cells). */
    private static final String[] COLUMNS = new String[256];

    static {
        for (int c = 0; c < COLUMNS.length; c++) {
            COLUMNS[c] = letters(c);
        }
    }

    static String column(int col) {
        return col >= 0 && col < COLUMNS.length ? COLUMNS[col] : letters(col);
    }

    private static String letters(int col) {
        StringBuilder b = new StringBuilder();
        int c = col + 1;
        while (c > 0) {
            int m = (c - 1) % 26;
            b.insert(0, (char) ('A' + m));
            c = (c - 1) / 26;
        }
        return b.toString();
    }

    static String address(int row, int col) {
        return column(col).concat(Integer.toString(row + 1));
    }
}
