package org.gkml.catalog.io.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.gkml.catalog.io.CatalogFormatException;
import org.junit.jupiter.api.Test;

/**
 * The CSV reader against Commons CSV (RFC 4180, empty lines kept), the reference: the same records for generated
 * texts full of quotes, delimiters, line ends of every kind and white space, and an error wherever Commons CSV
 * refuses the text, read through blocks of every size.
 */
class CsvRecordsTest {

    private static List<List<String>> commons(String text, char delimiter) throws IOException {
        List<List<String>> out = new ArrayList<>();
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
        try (CSVParser p = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord r : p) {
                List<String> row = new ArrayList<>();
                r.forEach(v -> row.add(v.length() >= 3 && v.startsWith("=\"") && v.endsWith("\"") ? v.substring(2, v.length() - 1) : v));
                out.add(row);
            }
        }
        return out;
    }

    /** A reader handing out at most {@code block} characters per read, to cut the text anywhere. */
    private static Reader chunked(String text, int block) {
        return new StringReader(text) {
            @Override
            public int read(char[] cbuf, int off, int len) throws IOException {
                return super.read(cbuf, off, Math.min(len, block));
            }
        };
    }

    private static List<List<String>> ours(String text, char delimiter, int block) throws IOException {
        List<List<String>> out = new ArrayList<>();
        for (String[] r : CsvRecords.read(chunked(text, block), delimiter, new CellInterner(), "t.csv")) {
            out.add(List.of(r));
        }
        return out;
    }

    private static String generated(Random rnd, char delimiter, boolean wellFormed) {
        String[] atoms = {"a", "公开", "政府网站", " ", "\t", String.valueOf(delimiter), "\"", "\"\"", "\n", "\r\n", "\r", "=\"0001\"", "√"};
        StringBuilder b = new StringBuilder();
        int cells = rnd.nextInt(30);
        for (int i = 0; i < cells; i++) {
            if (wellFormed && rnd.nextBoolean()) { // a quoted cell: anything inside, quotes doubled
                b.append('"');
                for (int k = rnd.nextInt(5); k > 0; k--) {
                    b.append(atoms[rnd.nextInt(atoms.length)].replace("\"", "\"\""));
                }
                b.append('"');
                if (rnd.nextInt(5) == 0) {
                    b.append(' ');
                }
            } else if (wellFormed) {
                for (int k = rnd.nextInt(4); k > 0; k--) {
                    String a = atoms[rnd.nextInt(atoms.length)];
                    b.append(a.indexOf('"') >= 0 || a.indexOf(delimiter) >= 0 || a.indexOf('\n') >= 0 || a.indexOf('\r') >= 0 ? "x" : a);
                }
            } else {
                for (int k = rnd.nextInt(4); k > 0; k--) {
                    b.append(atoms[rnd.nextInt(atoms.length)]);
                }
            }
            int end = rnd.nextInt(6);
            b.append(end == 0 ? "\n" : end == 1 ? "\r\n" : end == 2 ? "\r" : String.valueOf(delimiter));
        }
        if (rnd.nextBoolean() && b.length() > 0) {
            b.setLength(b.length() - 1); // no line end at the end of the file
        }
        return b.toString();
    }

    @Test
    void sameRecordsAsCommonsCsv_orAnErrorWhereItRefuses() throws IOException {
        Random rnd = new Random(20261127);
        int refused = 0;
        for (int i = 0; i < 4000; i++) {
            char delimiter = i % 3 == 0 ? '\t' : i % 7 == 0 ? ';' : ',';
            String text = generated(rnd, delimiter, i % 2 == 0);
            List<List<String>> expected;
            try {
                expected = commons(text, delimiter);
            } catch (IOException | UncheckedIOException e) {
                refused++;
                for (int block : new int[] {1, 7, 1 << 16}) {
                    assertThrows(CatalogFormatException.class, () -> ours(text, delimiter, block), () -> "Commons CSV refuses " + show(text));
                }
                continue;
            }
            for (int block : new int[] {1, 2, 7, 1 << 16}) {
                assertEquals(expected, ours(text, delimiter, block), "block " + block + ": " + show(text));
            }
        }
        assertTrue(refused > 100, "malformed texts generated: " + refused);
    }

    private static String show(String s) {
        return s.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t");
    }

    @Test
    void errorsNameTheLine_andOverlongCellsTheirCell() throws IOException {
        CatalogFormatException open = assertThrows(CatalogFormatException.class, () -> ours("a,b\n1,\"x\ny\n", ',', 8));
        assertEquals(2, open.location().line());
        CatalogFormatException after = assertThrows(CatalogFormatException.class, () -> ours("a,b\r\n1,2\r\n3,\"x\"y\r\n", ',', 8));
        assertEquals(3, after.location().line());
        String huge = "a,b\n1," + "公".repeat(CsvRecords.MAX_CELL + 1) + "\n";
        CatalogFormatException big = assertThrows(CatalogFormatException.class, () -> ours(huge, ',', 1 << 16));
        assertTrue(big.getMessage().contains("B2") && big.getMessage().contains("32,767"), big.getMessage());
        assertEquals(List.of(List.of("a", "公".repeat(CsvRecords.MAX_CELL))),
                assertDoesNotThrowOurs("a," + "公".repeat(CsvRecords.MAX_CELL)), "a cell of exactly the limit is read");
    }

    private static List<List<String>> assertDoesNotThrowOurs(String text) throws IOException {
        return ours(text, ',', 1 << 16);
    }

    @Test
    void equalCellsAreOneString() throws IOException {
        List<String[]> rows = CsvRecords.read(new StringReader("政府网站,√\n政府网站,√\n"), ',', new CellInterner(), "t.csv");
        assertTrue(rows.get(0)[0] == rows.get(1)[0] && rows.get(0)[1] == rows.get(1)[1]);
    }
}
