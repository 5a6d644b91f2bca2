package org.gkml.catalog.io.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.gkml.catalog.io.CatalogFormatException;
import org.gkml.catalog.io.Formats;
import org.gkml.catalog.io.Location;

/**
 * The cells of any sheet the SDK reads (CSV in UTF-8, GB18030 or UTF-16; XLSX with its merged regions and dates), as
 * plain rows, for tables that are not catalogs: the publication and request registers of {@code catalog-ledger}.
 * The same hardened readers and limits as the catalog import. Stateless and thread-safe.
 *
 * @since 0.2
 */
public final class SheetTables {

    private SheetTables() {
    }

    /**
     * One sheet: its name and its rows, cell texts as the sheet shows them (dates as ISO {@code 2025-03-04}); a cell
     * inside a merged region holds the region's text.
     *
     * @param name the sheet name (a CSV file's is its file name without extension)
     * @param rows the rows in order, each as long as its last cell (empty strings for blank cells)
     */
    public record Sheet(String name, List<String[]> rows) {
        public Sheet {
            Objects.requireNonNull(name, "name");
            rows = List.copyOf(rows);
        }

        /** The A1 address of a cell: {@code C14}. */
        public static String address(int row, int column) {
            return Grid.address(row, column);
        }
    }

    /**
     * Reads every sheet of a CSV or XLSX file, the format told by content.
     *
     * @throws CatalogFormatException naming the file and place when it cannot be read
     */
    public static List<Sheet> read(Path file) throws IOException {
        Formats.Format f = Formats.detect(file);
        if (f == Formats.Format.XLSX) {
            return xlsx(file);
        }
        if (f == Formats.Format.XLS || f == Formats.Format.HTML || f == Formats.Format.DOCX) {
            List<Sheet> out = new ArrayList<>();
            for (Grid g : SheetImporter.tables(file, f)) {
                out.add(new Sheet(g.sheet, rows(g)));
            }
            return out;
        }
        List<String[]> rows = new ArrayList<>();
        each(file, (sheet, r, cells) -> rows.add(cells)); // a CSV file: one sheet
        return List.of(new Sheet(stem(file), rows));
    }

    /** The sheet name of a CSV file: its file name without extension. */
    private static String stem(Path file) {
        return file.getFileName().toString().replaceFirst("\\.[^.]+$", "");
    }

    private static List<Sheet> xlsx(Path file) throws IOException {
        if (Files.size(file) > SheetImporter.MAX_XLSX_BYTES) {
            throw new CatalogFormatException(Location.at(file.getFileName().toString(), 0, 0), "file of " + Files.size(file)
                    + " bytes exceeds the limit of " + SheetImporter.MAX_XLSX_BYTES);
        }
        List<Sheet> out = new ArrayList<>();
        for (Grid g : XlsxReader.read(file)) {
            out.add(new Sheet(g.sheet, rows(g)));
        }
        return out;
    }

    /** A grid's rows with merged regions filled in. */
    private static List<String[]> rows(Grid g) {
        List<String[]> out = new ArrayList<>();
        for (int r = 0; g.has(r); r++) {
            out.add(filled(g, r));
        }
        return out;
    }

    /** Row {@code r} of a grid, blanks as empty strings and merged regions filled in. */
    private static String[] filled(Grid g, int r) {
        String[] cells = g.cells(r).clone();
        for (int c = 0; c < cells.length; c++) {
            if (cells[c] == null) {
                cells[c] = "";
            }
            if (cells[c].isEmpty() && g.mergeAware) {
                int from = g.mergedFromRow(r, c);
                if (from >= 0 && from < r) {
                    cells[c] = g.cell(from, c);
                }
            }
        }
        return cells;
    }

    /** Receives the rows of {@link #each(Path, RowSink)} one at a time. */
    @FunctionalInterface
    public interface RowSink {
        /**
         * One row, in order.
         *
         * @param sheet the sheet name (a CSV file's is its file name without extension)
         * @param row the 0-based row index
         * @param cells the row's cell texts as {@link Sheet#rows()} gives them
         */
        void row(String sheet, int row, String[] cells) throws IOException;
    }

    /**
     * Reads every sheet of a CSV or XLSX file like {@link #read(Path)}, handing each row to {@code sink} as it is read: a
     * CSV file of any length is never held whole (its encoding is settled by a first pass over the bytes), an XLSX
     * sheet is held as its reader holds it.
     *
     * @throws CatalogFormatException naming the file and place when it cannot be read
     */
    public static void each(Path file, RowSink sink) throws IOException {
        String name = file.getFileName().toString();
        Formats.Format f = Formats.detect(file);
        if (f == Formats.Format.XLSX) { // merged regions are known at a sheet's end: each sheet is read whole
            for (Sheet s : xlsx(file)) {
                for (int r = 0; r < s.rows().size(); r++) {
                    sink.row(s.name(), r, s.rows().get(r));
                }
            }
            return;
        }
        if (f == Formats.Format.XLS || f == Formats.Format.HTML || f == Formats.Format.DOCX) {
            for (Sheet s : read(file)) {
                for (int r = 0; r < s.rows().size(); r++) {
                    sink.row(s.name(), r, s.rows().get(r));
                }
            }
            return;
        }
        if (f != Formats.Format.CSV) {
            throw new CatalogFormatException(Location.at(name, 0, 0), "a " + f + " file is no table; expected CSV, XLSX, XLS, HTML or DOCX");
        }
        if (Files.size(file) > SheetImporter.MAX_CSV_BYTES) {
            throw new CatalogFormatException(Location.at(name, 0, 0), "file of " + Files.size(file) + " bytes exceeds the limit of "
                    + SheetImporter.MAX_CSV_BYTES);
        }
        Charset cs = csvCharset(file);
        if (cs == null) {
            throw new CatalogFormatException(Location.at(name, 0, 0), "not UTF-8, GB18030 or UTF-16 text");
        }
        try (Grid g = new Grid(stem(file), SheetImporter.csvRows(() -> Files.newInputStream(file), name, cs, false))) {
            for (int r = 0; g.has(r); r++) {
                sink.row(g.sheet, r, filled(g, r));
                g.release(r + 1);
            }
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The charset a CSV file decodes in: UTF-16 by its byte order mark, else UTF-8, else GB18030; null for none. */
    static Charset csvCharset(Path file) throws IOException {
        byte[] bom;
        try (InputStream in = Files.newInputStream(file)) {
            bom = in.readNBytes(2);
        }
        if (bom.length == 2 && ((bom[0] & 0xff) == 0xFF && (bom[1] & 0xff) == 0xFE || (bom[0] & 0xff) == 0xFE && (bom[1] & 0xff) == 0xFF)) {
            return StandardCharsets.UTF_16;
        }
        for (Charset cs : List.of(StandardCharsets.UTF_8, Charset.forName("GB18030"))) {
            if (decodes(file, cs)) {
                return cs;
            }
        }
        return null;
    }

    private static boolean decodes(Path file, Charset cs) throws IOException {
        java.nio.charset.CharsetDecoder dec = cs.newDecoder().onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
        try (java.io.Reader r = new java.io.InputStreamReader(Files.newInputStream(file), dec)) {
            char[] buf = new char[1 << 16];
            while (r.read(buf) >= 0) {
                // decoding is the check
            }
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
