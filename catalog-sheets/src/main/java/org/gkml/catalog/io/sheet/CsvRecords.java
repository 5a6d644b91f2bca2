package org.gkml.catalog.io.sheet;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.gkml.catalog.io.CatalogFormatException;
import org.gkml.catalog.io.Location;

/**
 * The records of an RFC 4180 CSV text, read in one pass over large character blocks: exactly the records Commons CSV
 * gives with {@code CSVFormat.RFC4180} and empty lines kept (CsvRecordsTest compares the two on generated texts),
 * at a fraction of its cost, since each cell is collected straight into a buffer and shared through
 * {@link CellInterner} without an intermediate string. Quoted cells may hold delimiters, line breaks and doubled
 * quotes; white space between a closing quote and the delimiter is ignored; anything else there, or a file ending
 * inside a quoted cell, is an error at its line. Line ends are CR, LF or CRLF.
 */
final class CsvRecords implements Grid.Rows {

    /** The longest cell a spreadsheet holds. */
    static final int MAX_CELL = 32_767;

    private static final int START = 0;
    private static final int UNQUOTED = 1;
    private static final int QUOTED = 2;
    /** A quote inside a quoted cell: doubled, or the closing one. */
    private static final int QUOTE = 3;
    /** After the closing quote, before the delimiter. */
    private static final int AFTER = 4;

    private final String name;
    private final char delimiter;
    private final CellInterner shared;
    private final Reader in;
    private final char[] buf = new char[1 << 16];
    /** The records completed since the last {@link #next()}. */
    private List<String[]> rows = new ArrayList<>();
    /** The records completed so far. */
    private int count;
    private int state = START;
    /** Something of the current record was read. */
    private boolean started;
    /** The record ended at a CR: a LF right after it belongs to that line end. */
    private boolean skipLf;
    private boolean done;
    private char[] cell = new char[256];
    private int n;
    private String[] fields = new String[32];
    private int nf;
    private long line = 1;
    /** The line a quoted cell starts on. */
    private long quoteLine;

    /** A reader of the records of {@code in}, a block at a time; {@code name} is the file name used in errors. */
    CsvRecords(Reader in, char delimiter, CellInterner shared, String name) {
        this.in = in;
        this.name = name;
        this.delimiter = delimiter;
        this.shared = shared;
    }

    /** Every record of {@code in}; {@code name} is the file name used in errors. */
    static List<String[]> read(Reader in, char delimiter, CellInterner shared, String name) throws IOException {
        CsvRecords r = new CsvRecords(in, delimiter, shared, name);
        List<String[]> all = new ArrayList<>();
        for (List<String[]> batch = r.next(); batch != null; batch = r.next()) {
            all.addAll(batch);
        }
        return all;
    }

    /** The records completed by the next block of text (possibly none); null once the text has been read. */
    @Override
    public List<String[]> next() throws IOException {
        if (done) {
            return null;
        }
        int lim = in.read(buf, 0, buf.length);
        if (lim < 0) {
            finish();
            done = true;
        } else {
            block(lim);
        }
        List<String[]> out = rows;
        rows = new ArrayList<>();
        return out;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private void block(int lim) throws CatalogFormatException {
        int state = this.state;
        boolean started = this.started;
        boolean skipLf = this.skipLf;
        for (int pos = 0; pos < lim; pos++) {
            char c = buf[pos];
            if (skipLf) {
                skipLf = false;
                if (c == '\n') {
                    continue;
                }
            }
            switch (state) {
                case QUOTED:
                    if (c == '"') {
                        state = QUOTE;
                    } else {
                        if (c == '\n' || c == '\r' && (pos + 1 >= lim || buf[pos + 1] != '\n')) {
                            line++;
                        }
                        append(c);
                    }
                    continue;
                case QUOTE:
                    if (c == '"') {
                        append('"');
                        state = QUOTED;
                        continue;
                    }
                    state = AFTER;
                    break; // the character after the closing quote, below
                case START:
                    started = true;
                    if (c == '"') {
                        state = QUOTED;
                        quoteLine = line;
                        continue;
                    }
                    state = UNQUOTED;
                    break;
                default:
                    break;
            }
            // UNQUOTED or AFTER
            if (c == delimiter) {
                endField();
                state = START;
            } else if (c == '\n' || c == '\r') {
                endField();
                endRecord();
                line++;
                started = false;
                skipLf = c == '\r';
                state = START;
            } else if (state == UNQUOTED) {
                append(c);
            } else if (!Character.isWhitespace(c)) {
                throw new CatalogFormatException(Location.at(name, line, 0), "not readable as CSV: the character '" + c
                        + "' after the closing quote of a cell (a quoted cell must end with a quote, and a quote inside it is"
                        + " written twice: \"\")");
            }
        }
        this.state = state;
        this.started = started;
        this.skipLf = skipLf;
    }

    private void finish() throws CatalogFormatException {
        if (state == QUOTED) {
            throw new CatalogFormatException(Location.at(name, quoteLine, 0), "not readable as CSV: the file ends inside a quoted"
                    + " cell that starts on line " + quoteLine + " (a quoted cell must end with a quote, and a quote inside it"
                    + " is written twice: \"\")");
        }
        if (started || nf > 0) {
            endField();
            endRecord();
        }
    }

    private void append(char c) throws CatalogFormatException {
        if (n == cell.length) {
            if (n > MAX_CELL) {
                throw tooLong();
            }
            cell = Arrays.copyOf(cell, Math.min(MAX_CELL + 1, n * 2));
        }
        cell[n++] = c;
    }

    private CatalogFormatException tooLong() {
        return new CatalogFormatException(Location.cell(name, null, Grid.address(count, nf)),
                "cell of more than " + MAX_CELL + " characters exceeds the spreadsheet limit of 32,767");
    }

    private void endField() throws CatalogFormatException {
        if (n > MAX_CELL) {
            throw tooLong();
        }
        String v;
        if (n >= 3 && cell[0] == '=' && cell[1] == '"' && cell[n - 1] == '"') {
            v = shared.of(cell, 2, n - 3); // Excel's ="0001", written to keep leading zeros
        } else {
            v = shared.of(cell, 0, n);
        }
        if (nf == fields.length) {
            fields = Arrays.copyOf(fields, nf * 2);
        }
        fields[nf++] = v;
        n = 0;
    }

    private void endRecord() {
        rows.add(Arrays.copyOf(fields, nf));
        count++;
        nf = 0;
    }
}
