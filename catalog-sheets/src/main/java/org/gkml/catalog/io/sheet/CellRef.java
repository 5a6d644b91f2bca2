package org.gkml.catalog.io.sheet;

import java.util.Objects;

/**
 * A cell of an imported sheet: the sheet's name and the cell's 0-based row and column, written {@code Sheet1!G14}.
 * Immutable and thread-safe.
 *
 * @param sheet the sheet name (a CSV file's is its file name without extension)
 * @param row 0-based row
 * @param column 0-based column
 * @since 0.2
 */
public record CellRef(String sheet, int row, int column) {

    public CellRef {
        Objects.requireNonNull(sheet, "sheet");
        if (row < 0 || column < 0) {
            throw new IllegalArgumentException("row and column must not be negative: " + row + ", " + column);
        }
    }

    /** The cell's address in A1 style: {@code G14}. */
    public String address() {
        return Grid.address(row, column);
    }

    /** {@code Sheet1!G14}. */
    @Override
    public String toString() {
        return sheet + "!" + address();
    }
}
