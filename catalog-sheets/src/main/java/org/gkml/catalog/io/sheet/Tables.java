package org.gkml.catalog.io.sheet;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The tables of a document (a web page, a Word file) as {@link Grid}s, with the document's own title when it has one.
 * A {@link Builder} places cells the way HTML and Word span them: a cell covering several rows or columns becomes a
 * merged region with its text in the top-left cell, as XLSX merges are.
 */
record Tables(List<Grid> grids, String title) {

    /** Cells of at most this many rows or columns are honoured; larger spans are clipped (a hostile page). */
    static final int MAX_SPAN = 1_000;
    /** Tables wider than this are refused. */
    static final int MAX_COLUMNS = 16_384;

    /** The name of the n-th table (1-based) of a document, as a person counts them: 第2个表格. */
    static String tableName(int n) {
        return "第" + n + "个表格";
    }

    /** Builds one table row by row, honouring row and column spans. */
    static final class Builder {
        private final String name;
        private final List<String[]> rows = new ArrayList<>();
        private final Set<Long> covered = new HashSet<>();
        private final List<int[]> merges = new ArrayList<>();
        private List<String> current;
        private int row = -1;
        private int col;
        private long cells;
        private final String file;

        Builder(String file, String name) {
            this.file = file;
            this.name = name;
        }

        void startRow() {
            finishRow();
            row++;
            current = new ArrayList<>();
            col = 0;
        }

        /** The next cell of the row: its text, and how many rows and columns it covers. */
        void cell(String text, int rowSpan, int colSpan) throws org.gkml.catalog.io.CatalogFormatException {
            while (covered.contains(key(row, col))) {
                col++;
            }
            place(text, rowSpan, colSpan);
        }

        /** A cell at a known column (Word's grid), whatever covers the columns before it. */
        void cellAt(int column, String text, int rowSpan, int colSpan) throws org.gkml.catalog.io.CatalogFormatException {
            col = column;
            place(text, rowSpan, colSpan);
        }

        private void place(String text, int rowSpan, int colSpan) throws org.gkml.catalog.io.CatalogFormatException {
            int rs = Math.max(1, Math.min(rowSpan, MAX_SPAN));
            int cs = Math.max(1, Math.min(colSpan, MAX_SPAN));
            if (col + cs > MAX_COLUMNS) {
                throw new org.gkml.catalog.io.CatalogFormatException(org.gkml.catalog.io.Location.cell(file, name, null),
                        "a table wider than " + MAX_COLUMNS + " columns");
            }
            set(col, text);
            if (rs > 1 || cs > 1) {
                for (int r = row; r < row + rs; r++) {
                    for (int c = col; c < col + cs; c++) {
                        if (r != row || c != col) {
                            covered.add(key(r, c));
                        }
                    }
                }
                merges.add(new int[] {row, col, row + rs - 1, col + cs - 1});
            }
            col += cs;
            if (++cells > 5_000_000) {
                throw new org.gkml.catalog.io.CatalogFormatException(org.gkml.catalog.io.Location.cell(file, name, null),
                        "a table of more than 5,000,000 cells");
            }
        }

        private void set(int c, String text) {
            while (current.size() <= c) {
                current.add(null);
            }
            current.set(c, text);
        }

        private void finishRow() {
            if (current != null) {
                rows.add(current.toArray(new String[0]));
                current = null;
            }
        }

        private static long key(int r, int c) {
            return ((long) r << 20) | c;
        }

        /**
         * Appends a table that continues this one after a page break: its first rows repeat this table's header
         * rows (from {@code headerAt}, {@code repeated} of them) and are dropped. A vertical merge of this table that
         * runs to its last row goes on over the continuation's blank cells below it (the merged cell was cut by the
         * page break).
         */
        void append(Builder next, int repeated) {
            finishRow();
            next.finishRow();
            int offset = rows.size() - repeated;
            int last = rows.size() - 1;
            java.util.Map<Integer, int[]> open = new java.util.HashMap<>();
            for (int[] m : merges) {
                if (m[2] >= last && m[0] < m[2]) {
                    for (int c = m[1]; c <= m[3]; c++) {
                        open.put(c, m);
                    }
                }
            }
            for (int r = repeated; r < next.rows.size(); r++) {
                rows.add(next.rows.get(r));
            }
            for (int[] m : next.merges) {
                if (m[0] >= repeated) {
                    merges.add(new int[] {m[0] + offset, m[1], m[2] + offset, m[3]});
                }
            }
            for (int[] m : new java.util.HashSet<>(open.values())) { // the cut merge goes on while the cells below are blank
                int r = last + 1;
                while (r < rows.size() && blankAcross(rows.get(r), m[1], m[3])) {
                    r++;
                }
                m[2] = Math.max(m[2], r - 1);
            }
            row = rows.size() - 1;
        }

        private static boolean blankAcross(String[] cells, int from, int to) {
            for (int c = from; c <= to; c++) {
                if (c < cells.length && cells[c] != null && !cells[c].isBlank()) {
                    return false;
                }
            }
            return true;
        }

        /** The rows built so far (for comparing a continuation's header with this table's). */
        List<String[]> rows() {
            finishRow();
            return rows;
        }

        /** The grid: merged regions clipped to the rows the table has (as HTML clips a rowspan). */
        Grid build() {
            finishRow();
            Grid g = new Grid(name, rows);
            g.mergeAware = true;
            for (int[] m : merges) {
                g.merge(m[0], m[1], Math.min(m[2], rows.size() - 1), m[3]);
            }
            return g;
        }

        int rowCount() {
            return row + 1;
        }
    }
}
