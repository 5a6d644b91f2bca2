package org.gkml.catalog.io.sheet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.gkml.catalog.model.Catalog;
import org.gkml.catalog.testkit.CatalogGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The template export opens ready to print: landscape, one page wide, headers on every page, rows tall enough, 序号 numeric, reproducible. */
class PrintReadyExportTest {

    private static Map<String, String> parts(byte[] xlsx, Map<String, Long> times) throws Exception {
        Map<String, String> out = new HashMap<>();
        try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipEntry e; (e = z.getNextEntry()) != null; ) {
                out.put(e.getName(), new String(z.readAllBytes(), StandardCharsets.UTF_8));
                times.put(e.getName(), e.getTime());
            }
        }
        return out;
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {3, 17, 2026})
    void theExport_isReadyToPrint(long seed) throws Exception {
        Catalog c = new CatalogGenerator(seed).catalog(40);
        ByteArrayOutputStream a = new ByteArrayOutputStream();
        SheetExporter.writeXlsx(c, a);
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        SheetExporter.writeXlsx(c, b);
        assertArrayEquals(a.toByteArray(), b.toByteArray(), "byte-reproducible");
        Map<String, Long> times = new HashMap<>();
        Map<String, String> p = parts(a.toByteArray(), times);
        assertEquals(1, times.values().stream().distinct().count(), "every entry has the same fixed time: " + times);
        String book = p.get("xl/workbook.xml");
        assertTrue(book.contains("<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"0\">'公开事项目录'!$2:$3</definedName>"), book);
        String sheet = p.get("xl/worksheets/sheet1.xml");
        assertTrue(sheet.contains("<pageSetUpPr fitToPage=\"1\"/>") && sheet.contains("orientation=\"landscape\"")
                && sheet.contains("fitToWidth=\"1\" fitToHeight=\"0\""), "landscape, one page wide");
        assertTrue(p.get("xl/styles.xml").contains("<cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/>"), "a default cell style");
        // every data row: 序号 a number in A, a height that fits its longest wrapped text
        Matcher row = Pattern.compile("<row r=\"(\\d+)\"( ht=\"(\\d+)\" customHeight=\"1\")?>(.*?)</row>", Pattern.DOTALL).matcher(sheet);
        int numbered = 0;
        while (row.find()) {
            int r = Integer.parseInt(row.group(1));
            if (r <= 3) {
                continue;
            }
            Matcher serial = Pattern.compile("^<c r=\"A" + r + "\" s=\"4\"><v>(\\d+)</v></c>").matcher(row.group(4));
            if (serial.find()) {
                assertEquals(++numbered, Integer.parseInt(serial.group(1)), "序号 in order, as numbers");
            } else {
                assertTrue(row.group(4).startsWith("<c r=\"A" + r + "\" s=\"2\"/>"), "A is a number or blank: " + row.group(4).substring(0, 40));
            }
            assertTrue(row.group(3) != null && Integer.parseInt(row.group(3)) >= 18, "row " + r + " has a height");
        }
        assertEquals(c.entries().size(), numbered);
    }

    @ParameterizedTest(name = "{0} → {1} points")
    @CsvSource(delimiter = '|', value = {
        "短|18",                              // one line: 15 points and a margin of 3
        "一二三四五六七|18",                   // 7 CJK characters are 14 widths: one line of a 16-wide column (15 usable)
        "一二三四五六七八|33",                 // the 8th wraps
        "一二三四五六七八九十一二三四五|48",    // 15 characters: 7 + 7 + 1
        "abcdefghijklmnopq|33",               // 17 ASCII characters: 15 + 2
        "'a\nb\nc'|48"})                     // line breaks count
    void aRowIsAsTallAsItsLongestWrappedCell(String text, int points) {
        assertEquals(points, SheetExporter.rowHeight(new String[] {"1", text}, new int[] {6, 16}));
    }

    @org.junit.jupiter.api.Test
    void aRowNeverExceedsTheTallestASheetHolds() {
        assertEquals(409, SheetExporter.rowHeight(new String[] {"x".repeat(32_000)}, new int[] {16}));
    }
}
