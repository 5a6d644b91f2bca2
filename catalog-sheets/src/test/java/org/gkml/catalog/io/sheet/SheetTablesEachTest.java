package org.gkml.catalog.io.sheet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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

/** {@link SheetTables#each}: row by row, the same rows as {@link SheetTables#read} on every CSV and XLSX of the dev corpus. */
class SheetTablesEachTest {

    static Stream<Path> tables() throws IOException, URISyntaxException {
        return DevCorpusTest.tables().filter(p -> p.toString().endsWith(".csv") || p.toString().endsWith(".xlsx"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tables")
    void rowByRow_equalsTheWholeRead(Path table) throws IOException {
        List<SheetTables.Sheet> whole = SheetTables.read(table);
        List<String> sheets = new ArrayList<>();
        List<String[]> rows = new ArrayList<>();
        List<Integer> indexes = new ArrayList<>();
        SheetTables.each(table, (sheet, r, cells) -> {
            sheets.add(sheet);
            rows.add(cells);
            indexes.add(r);
        });
        int k = 0;
        for (SheetTables.Sheet s : whole) {
            for (int r = 0; r < s.rows().size(); r++, k++) {
                assertEquals(s.name(), sheets.get(k), table + " row " + k);
                assertEquals(r, indexes.get(k), table + " row " + k);
                assertArrayEquals(s.rows().get(r), rows.get(k), table + " " + s.name() + " row " + (r + 1));
            }
        }
        assertEquals(k, rows.size(), table.toString());
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
