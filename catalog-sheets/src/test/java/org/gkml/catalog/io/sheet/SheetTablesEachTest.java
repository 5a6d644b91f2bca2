package org.gkml.catalog.io.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.gkml.catalog.io.CatalogFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link SheetTables#each} on CSV: row by row, in the encoding it settles on, the records an independent parser (Commons
 * CSV, told the encoding) reads from every dev table in UTF-8 and in GB18030.
 */
class SheetTablesEachTest {

    static Stream<Path> tables() throws IOException, URISyntaxException {
        return DevCorpusTest.tables().filter(p -> p.toString().endsWith(".csv"));
    }

    /** A row without its trailing blank cells; null when nothing is left. */
    private static List<String> trimmed(List<String> cells) {
        int n = cells.size();
        while (n > 0 && cells.get(n - 1).isEmpty()) {
            n--;
        }
        return n == 0 ? null : new ArrayList<>(cells.subList(0, n));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tables")
    void rowByRow_theRecordsOfAnIndependentParser(Path table) throws IOException {
        java.nio.charset.Charset cs = table.toString().endsWith("-gbk.csv") ? java.nio.charset.Charset.forName("GB18030")
                : java.nio.charset.StandardCharsets.UTF_8;
        List<List<String>> expected = new ArrayList<>();
        String text = Files.readString(table, cs).replaceFirst("^\uFEFF", "");
        for (org.apache.commons.csv.CSVRecord r : org.apache.commons.csv.CSVFormat.RFC4180.parse(new java.io.StringReader(text))) {
            List<String> row = trimmed(r.toList());
            if (row != null) {
                expected.add(row);
            }
        }
        List<List<String>> rows = new ArrayList<>();
        List<Integer> indexes = new ArrayList<>();
        String stem = table.getFileName().toString().replaceFirst("\\.csv$", "");
        SheetTables.each(table, (sheet, r, cells) -> {
            assertEquals(stem, sheet);
            indexes.add(r);
            List<String> row = trimmed(java.util.Arrays.asList(cells));
            if (row != null) {
                rows.add(row);
            }
        });
        assertEquals(expected, rows, table.toString());
        for (int i = 0; i < indexes.size(); i++) {
            assertEquals(i, indexes.get(i), "rows in order, numbered from 0");
        }
        assertEquals(rows.size(), SheetTables.read(table).get(0).rows().stream().filter(x -> trimmed(java.util.Arrays.asList(x)) != null).count(),
                "the whole read holds the same rows");
    }

    @Test
    void gb18030AfterManyUtf8LookingRows_isReadAsGb18030(@TempDir Path dir) throws IOException {
        StringBuilder b = new StringBuilder("a,b\n");
        for (int i = 0; i < 20_000; i++) {
            b.append(i).append(",x\n");
        }
        b.append("1,青岚县\n"); // the first non-ASCII bytes come late: the encoding is settled before any row is handed on
        Path f = dir.resolve("late.csv");
        Files.write(f, b.toString().getBytes(java.nio.charset.Charset.forName("GB18030")));
        List<String> last = new ArrayList<>();
        SheetTables.each(f, (sheet, r, cells) -> last.add(cells.length > 1 ? cells[1] : ""));
        assertEquals("青岚县", last.get(last.size() - 1));
    }

    @Test
    void bytesNoEncodingReads_areRefusedNamingTheFile(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("bad.csv");
        Files.write(f, new byte[] {'a', ',', 'b', '\n', (byte) 0x81, (byte) 0x20, '\n'});
        CatalogFormatException e = assertThrows(CatalogFormatException.class, () -> SheetTables.each(f, (s, r, c) -> { }));
        assertEquals("bad.csv", e.location().file());
    }
}
