package org.gkml.catalog.io;

/**
 * Where in an input something was found: a file, and a line/column, a JSON Pointer or a sheet cell (any may be
 * absent). Immutable and thread-safe.
 *
 * @param file the file name, or {@code null}
 * @param line 1-based line, or 0 when unknown
 * @param column 1-based column, or 0 when unknown
 * @param pointer a JSON Pointer into the document, or {@code null}
 * @param sheet the sheet name for spreadsheets, or {@code null}
 * @param cell the cell address (e.g. {@code G14}) for spreadsheets, or {@code null}
 * @since 0.1
 */
public record Location(String file, long line, long column, String pointer, String sheet, String cell) {

    /** A position in a text file. */
    public static Location at(String file, long line, long column) {
        return new Location(file, line, column, null, null, null);
    }

    /** A JSON Pointer in a document. */
    public static Location pointer(String file, String pointer) {
        return new Location(file, 0, 0, pointer, null, null);
    }

    /** A spreadsheet cell. */
    public static Location cell(String file, String sheet, String cell) {
        return new Location(file, 0, 0, null, sheet, cell);
    }

    /** A copy naming another file. */
    public Location withFile(String f) {
        return new Location(f, line, column, pointer, sheet, cell);
    }

    /** A copy with a line and column. */
    public Location withLine(long l, long c) {
        return new Location(file, l, c, pointer, sheet, cell);
    }

    /** Human wording: {@code catalog.json at line 12, column 5 (/entries/3/deadline)}. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        if (file != null) {
            b.append(file);
        }
        if (sheet != null && cell != null && file != null && file.startsWith(sheet + ".")) {
            b.append('!').append(cell); // a CSV file is its only sheet: name!G14
        } else if (sheet != null || cell != null) {
            b.append(b.length() > 0 ? " at " : "at ").append(sheet == null ? "" : sheet + "!").append(cell == null ? "" : cell);
        }
        if (line > 0) {
            b.append(b.length() > 0 ? " at " : "at ").append("line ").append(line);
            if (column > 0) {
                b.append(", column ").append(column);
            }
        }
        if (pointer != null) {
            b.append(b.length() > 0 ? " " : "").append(line > 0 ? "(" + pointerText() + ")" : "at " + pointerText());
        }
        return b.toString();
    }

    private String pointerText() {
        return pointer.isEmpty() ? "/" : pointer;
    }
}
