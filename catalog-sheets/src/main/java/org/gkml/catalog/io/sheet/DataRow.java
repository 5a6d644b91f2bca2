package org.gkml.catalog.io.sheet;

import java.util.List;

/** A data row kept for assembly, with the row each value came from (for inherited cells). */
final class DataRow {
    final int row;
    final String[] text;
    /** The row each value came from, when any came from another row (else null: all from this one). */
    private int[] from;
    /** The section rows above (一、政务信息 › （一）机构信息): the first category levels of this entry. */
    List<String> sections = List.of();
    /** The row the value of column {@code i} came from. */
    int from(int i) {
        return from == null ? row : from[i];
    }

    /** Records that the value of column {@code i} came from row {@code r}. */
    void from(int i, int r) {
        if (from == null) {
            if (r == row) {
                return;
            }
            from = new int[text.length];
            java.util.Arrays.fill(from, row);
        }
        from[i] = r;
    }

    /** Whether the row carries a number in the 序号 column. */
    boolean numbered;
    /** The runs of blanks under a value this row is held back by. */
    int pendingRuns;

    DataRow(int row, int width) {
        this.row = row;
        this.text = new String[width];
    }
}
