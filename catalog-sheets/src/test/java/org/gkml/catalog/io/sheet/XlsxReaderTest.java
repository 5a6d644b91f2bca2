package org.gkml.catalog.io.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.gkml.catalog.io.CatalogFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The XLSX reader on small workbooks written part by part: what each kind of cell reads as, and what is refused. */
class XlsxReaderTest {

    @TempDir
    Path dir;

    private static final String NS = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
            + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";

    /** A workbook whose sheets are given as {@code <sheetData>…</sheetData>} (and anything after it), by name. */
    private Path workbook(String name, Map<String, String> sheets, String sharedStrings, String styles) throws Exception {
        Map<String, String> parts = new LinkedHashMap<>();
        StringBuilder wb = new StringBuilder("<workbook " + NS + "><sheets>");
        StringBuilder rels = new StringBuilder("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        int i = 1;
        for (Map.Entry<String, String> s : sheets.entrySet()) {
            wb.append("<sheet name=\"").append(s.getKey()).append("\" sheetId=\"").append(i).append("\" r:id=\"rId").append(i).append("\"/>");
            rels.append("<Relationship Id=\"rId").append(i).append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet").append(i).append(".xml\"/>");
            parts.put("xl/worksheets/sheet" + i + ".xml", "<worksheet " + NS + ">" + s.getValue() + "</worksheet>");
            i++;
        }
        if (sharedStrings != null) {
            rels.append("<Relationship Id=\"rIdS\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>");
            parts.put("xl/sharedStrings.xml", "<sst " + NS + ">" + sharedStrings + "</sst>");
        }
        if (styles != null) {
            rels.append("<Relationship Id=\"rIdT\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>");
            parts.put("xl/styles.xml", "<styleSheet " + NS + ">" + styles + "</styleSheet>");
        }
        parts.put("xl/workbook.xml", wb.append("</sheets></workbook>").toString());
        parts.put("xl/_rels/workbook.xml.rels", rels.append("</Relationships>").toString());
        Path f = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(f); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> p : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(p.getKey()));
                zip.write(p.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return f;
    }

    /** A copy of a workbook with each part's bytes changed by {@code change} (null drops the part). */
    private Path rewrite(Path from, String name, java.util.function.BiFunction<String, byte[], byte[]> change) throws Exception {
        Path to = dir.resolve(name);
        try (java.util.zip.ZipFile in = new java.util.zip.ZipFile(from.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
            for (var en = in.entries(); en.hasMoreElements(); ) {
                ZipEntry e = en.nextElement();
                byte[] b = change.apply(e.getName(), in.getInputStream(e).readAllBytes());
                if (b != null) {
                    out.putNextEntry(new ZipEntry(e.getName()));
                    out.write(b);
                    out.closeEntry();
                }
            }
        }
        return to;
    }

    @Test
    void sharedInlineNumberFormulaAndDateCells_readAsTheirText() throws Exception {
        String styles = "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;\"/></numFmts>"
                + "<cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"164\" applyNumberFormat=\"1\"/></cellXfs>";
        String data = "<sheetData>"
                + "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"inlineStr\"><is><t>公开内容</t></is></c></row>"
                + "<row r=\"2\"><c r=\"A2\"><v>12.50</v></c><c r=\"B2\" t=\"str\"><f>A1&amp;\"x\"</f><v>公开事项x</v></c>"
                + "<c r=\"C2\" s=\"1\"><v>45658</v></c><c r=\"E2\" t=\"b\"><v>1</v></c></row>"
                + "</sheetData>";
        List<Grid> grids = XlsxReader.read(workbook("cells.xlsx", Map.of("目录", data), "<si><t>公开事项</t></si>", styles));
        assertEquals(1, grids.size());
        Grid g = grids.get(0);
        assertEquals("目录", g.sheet);
        assertEquals("公开事项", g.cell(0, 0));
        assertEquals("公开内容", g.cell(0, 1));
        assertEquals("12.5", g.cell(1, 0), "trailing zeros of a number dropped");
        assertEquals("公开事项x", g.cell(1, 1), "a formula's cached value");
        assertTrue(g.cell(1, 2).startsWith("2025"), "a serial number with a date format is a date: " + g.cell(1, 2));
        assertTrue(g.blank(1, 3), "a cell the sheet does not have is blank");
        assertFalse(g.has(2));
    }

    @Test
    void cellsInsideAMergedRegion_knowItsFirstRow_andTheSheetsKeepTheirOrder() throws Exception {
        String first = "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>县级</t></is></c></row>"
                + "<row r=\"3\"><c r=\"B3\" t=\"inlineStr\"><is><t>x</t></is></c></row></sheetData>"
                + "<mergeCells count=\"1\"><mergeCell ref=\"A1:A3\"/></mergeCells>";
        String second = "<sheetData><row r=\"2\"><c r=\"C2\" t=\"inlineStr\"><is><t>乡级</t></is></c></row></sheetData>";
        Map<String, String> sheets = new LinkedHashMap<>();
        sheets.put("一", first);
        sheets.put("二", second);
        List<Grid> grids = XlsxReader.read(workbook("merged.xlsx", sheets, null, null));
        assertEquals(List.of("一", "二"), grids.stream().map(x -> x.sheet).toList());
        Grid g = grids.get(0);
        assertEquals("县级", g.cell(0, 0));
        assertTrue(g.blank(2, 0), "a cell inside a merged region is blank as read …");
        assertEquals(0, g.mergedFromRow(2, 0), "… and knows the region's first row, whose value the assembly gives it");
        assertEquals(0, g.mergedFromRow(1, 0));
        assertEquals(-1, g.mergedFromRow(2, 1), "outside the region");
        assertEquals("乡级", grids.get(1).cell(1, 2));
    }

    @Test
    void aDoctypeInAPart_isRefusedWithThePartNamed() throws Exception {
        String data = "<sheetData/>";
        Path f = workbook("dtd.xlsx", Map.of("S", data), "<si><t>&x;</t></si>", null);
        // rewrite the shared strings with a DOCTYPE declaring an entity
        Path g = rewrite(f, "dtd2.xlsx", (name, b) -> !name.equals("xl/sharedStrings.xml") ? b
                : ("<?xml version=\"1.0\"?><!DOCTYPE sst [<!ENTITY x \"boom\">]>" + new String(b, StandardCharsets.UTF_8))
                        .getBytes(StandardCharsets.UTF_8));
        CatalogFormatException e = assertThrows(CatalogFormatException.class, () -> XlsxReader.read(g));
        assertTrue(e.getMessage().contains("dtd2.xlsx"), e.getMessage());
        assertFalse(e.getMessage().contains("boom"), e.getMessage());
    }

    @Test
    void aSheetPartTheWorkbookNamesButLacks_isRefused() throws Exception {
        Path f = workbook("missing.xlsx", Map.of("S", "<sheetData/>"), null, null);
        Path g = rewrite(f, "missing2.xlsx", (name, b) -> name.startsWith("xl/worksheets/") ? null : b);
        CatalogFormatException e = assertThrows(CatalogFormatException.class, () -> XlsxReader.read(g));
        assertTrue(e.getMessage().contains("missing2.xlsx"), e.getMessage());
        assertTrue(e.getMessage().contains("xl/worksheets/sheet1.xml"), e.getMessage());
    }

    @Test
    void notAZip_isRefusedInOneLine() throws Exception {
        Path f = dir.resolve("fake.xlsx");
        Files.writeString(f, "PK\u0003\u0004 but not really a zip");
        CatalogFormatException e = assertThrows(CatalogFormatException.class, () -> XlsxReader.read(f));
        assertTrue(e.getMessage().startsWith("fake.xlsx"), e.getMessage());
    }

    @Test
    void numbers_areWrittenAsAPersonWritesThem() {
        assertEquals("3", XlsxReader.number("3.0"));
        assertEquals("0.25", XlsxReader.number("2.5E-1"));
        assertEquals("1200", XlsxReader.number("1.2E3"));
        assertEquals("abc", XlsxReader.number("abc"));
        assertTrue(XlsxReader.isDateFormat("yyyy-mm-dd"));
        assertTrue(XlsxReader.isDateFormat("m/d"));
        assertFalse(XlsxReader.isDateFormat("0.00"));
        assertFalse(XlsxReader.isDateFormat("[h]:mm:ss"));
    }

    @Test
    void cellsSpreadOverTheWholeSheet_areRefused_notPaddedOut() throws Exception {
        StringBuilder data = new StringBuilder("<sheetData>");
        for (int r = 1; r <= 40_000; r += 1) {
            data.append("<row r=\"").append(r * 26).append("\"><c r=\"XFD").append(r * 26).append("\" t=\"inlineStr\"><is><t>x</t></is></c></row>");
            if (r * 26 > 1_000_000) {
                break;
            }
        }
        data.append("</sheetData>");
        Path f = workbook("spread.xlsx", Map.of("S", data.toString()), null, null);
        CatalogFormatException e = assertThrows(CatalogFormatException.class, () -> XlsxReader.read(f));
        assertTrue(e.getMessage().contains("spread over far more rows and columns"), e.getMessage());
        assertTrue(e.getMessage().startsWith("spread.xlsx"), e.getMessage());
        Map<String, String> many = new LinkedHashMap<>();
        String far = "<sheetData><row r=\"1048576\"><c r=\"A1048576\" t=\"inlineStr\"><is><t>x</t></is></c></row></sheetData>";
        for (int i = 0; i < 200; i++) {
            many.put("S" + i, far);
        }
        CatalogFormatException again = assertThrows(CatalogFormatException.class, () -> XlsxReader.read(workbook("many.xlsx", many, null, null)));
        assertTrue(again.getMessage().contains("spread over"), again.getMessage());
    }

    @Test
    void aRowWrittenTwice_isJoined_orRefusedWhereItDisagrees() throws Exception {
        String joined = "<sheetData><row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>a</t></is></c></row>"
                + "<row r=\"2\"><c r=\"B2\" t=\"inlineStr\"><is><t>b</t></is></c></row></sheetData>";
        Grid g = XlsxReader.read(workbook("twice.xlsx", Map.of("S", joined), null, null)).get(0);
        assertEquals("a", g.cell(1, 0), "the first writing's cell is not lost");
        assertEquals("b", g.cell(1, 1));
        String clash = "<sheetData><row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>a</t></is></c></row>"
                + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>z</t></is></c></row></sheetData>";
        CatalogFormatException e = assertThrows(CatalogFormatException.class, () -> XlsxReader.read(workbook("clash.xlsx", Map.of("S", clash), null, null)));
        assertTrue(e.getMessage().contains("S!A2") || e.getMessage().contains("S") && e.getMessage().contains("A2"), e.getMessage());
        assertTrue(e.getMessage().contains("written twice"), e.getMessage());
    }

    @Test
    void aMalformedMergedRegion_isRefusedWithTheSheetNamed() throws Exception {
        for (String ref : new String[] {":", "A1:", ":B2", "A1:B2:C3", "A0:B2"}) {
            String data = "<sheetData/><mergeCells count=\"1\"><mergeCell ref=\"" + ref + "\"/></mergeCells>";
            CatalogFormatException e = assertThrows(CatalogFormatException.class,
                    () -> XlsxReader.read(workbook("merge.xlsx", Map.of("表一", data), null, null)), ref);
            assertTrue(e.getMessage().startsWith("merge.xlsx") && e.getMessage().contains("表一"), ref + ": " + e.getMessage());
        }
    }

    @Test
    void hugeNumbers_andDatesNoCalendarShows_areKeptAsWritten_quickly() throws Exception {
        String styles = "<cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\" applyNumberFormat=\"1\"/></cellXfs>";
        String data = "<sheetData><row r=\"1\"><c r=\"A1\"><v>1E100000000</v></c><c r=\"B1\" s=\"1\"><v>1e300</v></c>"
                + "<c r=\"C1\" s=\"1\"><v>-5</v></c><c r=\"D1\"><v>1e-100000000</v></c></row></sheetData>";
        Grid g = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(5),
                () -> XlsxReader.read(workbook("numbers.xlsx", Map.of("S", data), null, styles)).get(0));
        assertEquals("1E100000000", g.cell(0, 0));
        assertEquals("1e300", g.cell(0, 1));
        assertEquals("-5", g.cell(0, 2));
        assertEquals("1e-100000000", g.cell(0, 3));
    }

    private static String row(int r, String... cells) {
        StringBuilder b = new StringBuilder("<row r=\"" + r + "\">");
        for (int c = 0; c < cells.length; c++) {
            b.append("<c r=\"").append(Grid.column(c)).append(r).append("\" t=\"inlineStr\"><is><t>").append(cells[c]).append("</t></is></c>");
        }
        return b.append("</row>").toString();
    }

    @Test
    void theSheetsOfAWorkbook_giveEntryCodesUniqueAcrossIt() throws Exception {
        String table = "<sheetData>" + row(1, "公开事项", "公开内容", "公开依据", "公开时限", "公开主体")
                + row(2, "低保政策", "政策文件", "《社会救助暂行办法》", "20个工作日内", "民政局")
                + row(3, "特困供养", "供养标准", "《社会救助暂行办法》", "20个工作日内", "民政局") + "</sheetData>";
        Map<String, String> sheets = new LinkedHashMap<>();
        sheets.put("一", table);
        sheets.put("二", table);
        ImportResult r = SheetImporter.defaults().importFile(workbook("two-sheets.xlsx", sheets, null, null));
        List<String> codes = r.catalog().entries().stream().map(org.gkml.catalog.model.Entry::code).toList();
        assertEquals(List.of("two-sheets-0001", "two-sheets-0002", "two-sheets-0003", "two-sheets-0004"), codes);
        assertEquals("二!A2", r.sourceMap().cellOf("/entries/2/name").orElseThrow().toString());
    }

    @Test
    void aWorkbookWithNoCatalogTable_isUnreadable_notAnEmptyCatalog() throws Exception {
        String notes = "<sheetData>" + row(1, "填表说明") + row(2, "请按模板填写") + "</sheetData>";
        CatalogFormatException e = assertThrows(CatalogFormatException.class,
                () -> SheetImporter.defaults().importFile(workbook("notes.xlsx", Map.of("说明", notes), null, null)));
        assertTrue(e.getMessage().startsWith("notes.xlsx") && e.getMessage().contains("no catalog table found"), e.getMessage());
    }

    @Test
    void aCentralDirectoryThatLiesAboutCompressedSizes_doesNotDisarmTheRatioCheck() throws Exception {
        StringBuilder rows = new StringBuilder("<sheetData>");
        String filler = "<row><c t=\"inlineStr\"><is><t>" + "公".repeat(200) + "</t></is></c></row>";
        for (int i = 0; i < 60_000; i++) {
            rows.append(filler);
        }
        rows.append("</sheetData>");
        Path honest = workbook("bomb.xlsx", Map.of("S", rows.toString()), null, null);
        byte[] zip = Files.readAllBytes(honest);
        byte[] name = "xl/worksheets/sheet1.xml".getBytes(StandardCharsets.UTF_8);
        int patched = 0;
        for (int i = 0; i + 46 + name.length <= zip.length; i++) {
            if (zip[i] == 0x50 && zip[i + 1] == 0x4b && zip[i + 2] == 1 && zip[i + 3] == 2
                    && java.util.Arrays.equals(zip, i + 46, i + 46 + name.length, name, 0, name.length)) {
                zip[i + 20] = (byte) 0xff; // compressed size in the central directory: claim 2 GB
                zip[i + 21] = (byte) 0xff;
                zip[i + 22] = (byte) 0xff;
                zip[i + 23] = (byte) 0x7f;
                patched++;
            }
        }
        assertEquals(1, patched);
        Path liar = dir.resolve("liar.xlsx");
        Files.write(liar, zip);
        assertTrue(Files.size(liar) * XlsxReader.MAX_RATIO < 36_000_000L, "the part expands past the ratio: " + Files.size(liar));
        CatalogFormatException e = assertThrows(CatalogFormatException.class, () -> XlsxReader.read(liar));
        assertTrue(e.getMessage().contains("expands more than " + XlsxReader.MAX_RATIO + " times"), e.getMessage());
    }
}
