package org.gkml.catalog.io.sheet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gkml.catalog.io.CatalogFormatException;
import org.gkml.catalog.model.Catalog;
import org.gkml.catalog.testkit.CatalogGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Large CSV files are read ahead on a thread of their own and understood row by row: the same catalog and report as
 * when every row is read first, read errors at their line, GB18030 detected, and the reading thread stopped when the
 * reader is closed early.
 */
class ReadAheadTest {

    @TempDir
    Path dir;

    /** A generated catalog's CSV export of at least {@link SheetImporter#READ_AHEAD_BYTES} bytes. */
    private static byte[] bigCsv(long seed) throws IOException {
        Catalog c = new CatalogGenerator(seed).catalog(4000);
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        SheetExporter.writeCsv(c, o);
        byte[] b = o.toByteArray();
        assertTrue(b.length >= SheetImporter.READ_AHEAD_BYTES, "the sample is large enough to be read ahead: " + b.length);
        return b;
    }

    /** The import of the same bytes with every row read into a complete grid first (no reading thread). */
    private static ImportResult readFirst(byte[] bytes, String name, Charset cs) throws IOException {
        String text = new String(bytes, cs);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<String[]> rows = CsvRecords.read(new StringReader(text), ',', new CellInterner(), name);
        return SheetImporter.defaults().assemble(name, List.of(new Grid(name.replaceFirst("\\.csv$", ""), rows)));
    }

    @Test
    void readAhead_givesWhatReadingEverythingFirstGives() throws Exception {
        for (long seed = 1; seed <= 3; seed++) {
            byte[] csv = bigCsv(seed);
            Path f = dir.resolve("big-" + seed + ".csv");
            Files.write(f, csv);
            ImportResult streamed = SheetImporter.defaults().importFile(f);
            ImportResult whole = readFirst(csv, f.getFileName().toString(), StandardCharsets.UTF_8);
            assertEquals(4000, streamed.catalog().entries().size());
            assertEquals(whole.catalog(), streamed.catalog(), "seed " + seed);
            assertEquals(whole.report(), streamed.report(), "seed " + seed);
            assertEquals(whole.sourceMap(), streamed.sourceMap(), "seed " + seed);
            int iterated = 0;
            for (java.util.Iterator<?> it = streamed.sourceMap().asMap().entrySet().iterator(); it.hasNext(); it.next()) {
                iterated++;
            }
            assertEquals(iterated, streamed.sourceMap().cells(), "the cells are counted without building every pointer");
            assertTrue(iterated > 4000 * 10, "every entry's cells are mapped: " + iterated);
            assertEquals("big-" + seed + "!F4", streamed.sourceMap().cellOf("/entries/0/content").orElseThrow().toString(), "公开内容 is column F of the template");
        }
    }

    @Test
    void readAhead_detectsGb18030() throws Exception {
        byte[] utf8 = bigCsv(4);
        String text = new String(utf8, StandardCharsets.UTF_8).replace("\uFEFF", "");
        byte[] gbk = text.getBytes(Charset.forName("GB18030"));
        Path f = dir.resolve("big-gbk.csv");
        Files.write(f, gbk);
        assertEquals(readFirst(utf8, "big-gbk.csv", StandardCharsets.UTF_8).catalog(),
                SheetImporter.defaults().importFile(f).catalog());
    }

    @Test
    void readAhead_reportsABadQuoteNearTheEndAtItsLine() throws Exception {
        String text = new String(bigCsv(5), StandardCharsets.UTF_8);
        long lines = text.lines().count();
        Path f = dir.resolve("bad.csv");
        Files.writeString(f, text + "1,\"unterminated,x\n");
        CatalogFormatException e = assertThrows(CatalogFormatException.class, () -> SheetImporter.defaults().importFile(f));
        assertTrue(e.getMessage().contains("bad.csv") && e.getMessage().contains(String.valueOf(lines + 1)), e.getMessage());
        assertTrue(e.getMessage().contains("ends inside a quoted cell"), e.getMessage());
    }

    @Test
    void prefetchedRows_areTheSourceRowsInOrder() throws Exception {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 50_000; i++) {
            b.append(i).append(",\"a,").append(i % 7).append("\",公开").append(i % 13).append('\n');
        }
        List<String[]> direct = CsvRecords.read(new StringReader(b.toString()), ',', new CellInterner(), "t.csv");
        List<String[]> ahead = new ArrayList<>();
        try (PrefetchedRows p = new PrefetchedRows(new CsvRecords(new StringReader(b.toString()), ',', new CellInterner(), "t.csv"), "t.csv")) {
            for (List<String[]> batch = p.next(); batch != null; batch = p.next()) {
                ahead.addAll(batch);
            }
            assertNull(p.next(), "the end stays the end");
        }
        assertEquals(direct.size(), ahead.size());
        for (int i = 0; i < direct.size(); i++) {
            assertArrayEquals(direct.get(i), ahead.get(i), "row " + i);
        }
    }

    @Test
    void closingEarly_stopsTheReadingThreadAndClosesTheSource() throws Exception {
        byte[] csv = bigCsv(6);
        boolean[] closed = {false};
        ByteArrayInputStream in = new ByteArrayInputStream(csv) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        PrefetchedRows p = new PrefetchedRows(new CsvRecords(new java.io.InputStreamReader(in, StandardCharsets.UTF_8), ',',
                new CellInterner(), "t.csv"), "t.csv");
        assertTrue(p.next().size() > 0);
        p.close();
        long until = System.nanoTime() + 10_000_000_000L;
        while (!closed[0] && System.nanoTime() < until) {
            Thread.sleep(10);
        }
        assertTrue(closed[0], "the reading thread closed its source after the consumer closed");
    }

    @Test
    void releasedRows_areNotServedAgain() {
        Grid g = new Grid("s", new Grid.Rows() {
            int batches;

            @Override
            public List<String[]> next() {
                return batches++ < 3 ? List.of(new String[] {"a" + batches}, new String[] {"b" + batches}) : null;
            }

            @Override
            public void close() {
            }
        });
        assertTrue(g.has(5));
        assertEquals("b3", g.cell(5, 0));
        assertEquals(false, g.has(6));
        g.release(3);
        assertEquals("b2", g.cell(3, 0));
        assertThrows(IllegalStateException.class, () -> g.cell(2, 0));
    }
}
