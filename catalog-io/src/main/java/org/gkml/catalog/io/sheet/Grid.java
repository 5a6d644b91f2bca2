package org.gkml.catalog.io.sheet;

import java.util.ArrayList;
import java.util.List;

/**
 * A sheet as a rectangle of cell texts, format-independent: CSV and XLSX readers produce it, the table
 * understanding consumes it. Row and column indexes are 0-based; {@link #address(int, int)} gives the A1 form.
 */
final class Grid {

    final String sheet;
    final List<String[]> rows;
    final int width;

    Grid(String sheet, List<String[]> rows) {
        this.sheet = sheet;
        this.rows = rows;
        int w = 0;
        for (String[] r : rows) {
            w = Math.max(w, r.length);
        }
        this.width = w;
    }

    String cell(int row, int col) {
        if (row < 0 || row >= rows.size()) {
            return "";
        }
        String[] r = rows.get(row);
        if (col < 0 || col >= r.length || r[col] == null) {
            return "";
        }
        return r[col];
    }

    boolean blank(int row, int col) {
        return cell(row, col).isBlank();
    }

    int size() {
        return rows.size();
    }

    static String column(int col) {
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
        return column(col) + (row + 1);
    }

    static List<String[]> copy(List<List<String>> in) {
        List<String[]> out = new ArrayList<>(in.size());
        for (List<String> r : in) {
            out.add(r.toArray(new String[0]));
        }
        return out;
    }
}
