package org.gkml.catalog.io.sheet;

import java.util.ArrayList;
import java.util.List;

final class TableLayout {
    final List<ColumnSpec> columns = new ArrayList<>();
    final List<ColumnSpec> items = new ArrayList<>();
    int headerRow;
    int headerRows;
    String signature;
    /** One more than the largest column index. */
    int width;

    private boolean[] coveredIndex;
    private int coveredColumns = -1;

    boolean covered(int index) {
        if (coveredColumns != columns.size()) { // built once the layout is complete
            int max = 0;
            for (ColumnSpec c : columns) {
                max = Math.max(max, c.index);
            }
            boolean[] b = new boolean[max + 1];
            for (ColumnSpec c : columns) {
                b[c.index] = true;
            }
            coveredIndex = b;
            coveredColumns = columns.size();
        }
        return index >= 0 && index < coveredIndex.length && coveredIndex[index];
    }

    ColumnSpec first(ColumnRole role) {
        for (ColumnSpec c : columns) {
            if (c.role.equals(role)) {
                return c;
            }
        }
        return null;
    }

    List<ColumnSpec> all(ColumnRole role) {
        List<ColumnSpec> out = new ArrayList<>();
        for (ColumnSpec c : columns) {
            if (c.role.equals(role)) {
                out.add(c);
            }
        }
        return out;
    }
}
