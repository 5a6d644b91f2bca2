package org.gkml.catalog.io.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.gkml.catalog.io.CatalogFormatException;
import org.gkml.catalog.model.Catalog;
import org.gkml.catalog.model.Channel;
import org.gkml.catalog.model.ChannelType;
import org.gkml.catalog.model.Entry;
import org.gkml.catalog.model.Organization;
import org.gkml.catalog.testkit.CatalogGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** import(export(c)) reproduces c's elements, for XLSX and CSV; hostile workbooks are refused. */
class ExportImportTest {

    @TempDir
    Path dir;

    static java.util.stream.LongStream seeds() {
        return java.util.stream.LongStream.range(0, 40).map(i -> 9000L + i);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void importOfExport_reproducesElements(long seed) throws Exception {
        Catalog c = new CatalogGenerator(seed).catalog(25);
        for (String kind : new String[] {"xlsx", "csv"}) {
            Path f = dir.resolve("export-" + seed + "." + kind);
            try (OutputStream o = Files.newOutputStream(f)) {
                if (kind.equals("xlsx")) {
                    SheetExporter.writeXlsx(c, o);
                } else {
                    SheetExporter.writeCsv(c, o);
                }
            }
            Catalog back = SheetImporter.defaults().importFile(f).catalog();
            assertEquals(c.title(), back.title(), kind + " seed " + seed);
            assertEquals(c.entries().size(), back.entries().size(), kind + " seed " + seed);
            for (int i = 0; i < c.entries().size(); i++) {
                Entry a = c.entries().get(i);
                Entry b = back.entries().get(i);
                String at = kind + " seed " + seed + " entry " + i + ": ";
                assertEquals(a.code(), b.code(), at + "code");
                assertEquals(a.category().stream().map(CellText::itemName).toList(), b.category(), at + "category");
                assertEquals(CellText.itemName(a.name()), b.name(), at + "name");
                if (a.content() != null && a.content().summary() != null && !a.content().summary().isBlank()) {
                    assertEquals(CellText.clean(a.content().summary()), CellText.clean(b.content().summary()), at + "content");
                }
                assertEquals(a.basis().stream().map(l -> l.title() + "|" + l.docNumber() + "|" + l.provision()).toList(),
                        b.basis().stream().map(l -> l.title() + "|" + l.docNumber() + "|" + l.provision()).toList(), at + "basis");
                assertEquals(a.deadline(), b.deadline(), at + "deadline");
                assertEquals(a.duration(), b.duration(), at + "duration");
                assertEquals(a.method(), b.method(), at + "method");
                assertEquals(a.audience().scope(), b.audience().scope(), at + "audience");
                assertEquals(new TreeSet<>(a.levels()), new TreeSet<>(b.levels()), at + "levels");
                assertEquals(a.subjects().stream().map(Organization::name).toList(), b.subjects().stream().map(Organization::name).toList(), at + "subjects");
                assertEquals(types(a.channels()), types(b.channels()), at + "channels");
                assertEquals(a.responsibility() == null ? null : a.responsibility().unit(),
                        b.responsibility() == null ? null : b.responsibility().unit(), at + "responsibility");
                assertEquals(a.responsibility() == null ? null : a.responsibility().person(),
                        b.responsibility() == null ? null : b.responsibility().person(), at + "person");
                assertEquals(a.responsibility() == null ? null : a.responsibility().contact(),
                        b.responsibility() == null ? null : b.responsibility().contact(), at + "contact");
            }
        }
    }

    private static TreeSet<String> types(List<Channel> l) {
        TreeSet<String> s = new TreeSet<>();
        for (Channel c : l) {
            s.add(c.type().token() + ":" + c.name()); // names too, for template types as well (■政府网站(名称))
        }
        return s;
    }

    @Test
    void formulaInjection_isNeutralised() throws Exception {
        Catalog c = new CatalogGenerator(1).catalog(1);
        Entry e = c.entries().get(0).toBuilder().name("=HYPERLINK(\"http://evil\")").subject("+cmd|' /C calc'!A0").build();
        c = c.withEntries(List.of(e));
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        SheetExporter.writeCsv(c, csv);
        String text = csv.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("\"'=HYPERLINK(\"\"http://evil\"\")\"") || text.contains("'=HYPERLINK"), text);
        assertTrue(text.contains("'+cmd"), text);
        assertFalse(text.contains(",=HYPERLINK") || text.contains(",+cmd"), text);
        Path f = dir.resolve("inj.csv");
        Files.write(f, csv.toByteArray());
        assertEquals("=HYPERLINK(\"http://evil\")", SheetImporter.defaults().importFile(f).catalog().entries().get(0).name(),
                "the neutralising apostrophe is removed again on import");
    }

    @Test
    void formulaLookingText_inTheXlsxExport_isAnInlineString_withoutAnApostrophe() throws Exception {
        Catalog c = new CatalogGenerator(1).catalog(1);
        Entry e = c.entries().get(0).toBuilder().name("=HYPERLINK(\"http://evil\")").build();
        c = c.withEntries(List.of(e));
        Path f = dir.resolve("inj.xlsx");
        try (java.io.OutputStream out = Files.newOutputStream(f)) {
            SheetExporter.writeXlsx(c, out);
        }
        String sheet;
        try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(f.toFile())) {
            sheet = new String(z.getInputStream(z.getEntry("xl/worksheets/sheet1.xml")).readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(sheet.contains(">=HYPERLINK(&quot;http://evil&quot;)<") || sheet.contains(">=HYPERLINK(\"http://evil\")<"), sheet);
        assertFalse(sheet.contains("'=HYPERLINK"), "no apostrophe: an inline string is never a formula");
        assertFalse(sheet.contains("<f>"), "no formula element");
        assertEquals("=HYPERLINK(\"http://evil\")", SheetImporter.defaults().importFile(f).catalog().entries().get(0).name());
    }

    @Test
    void aTextLongerThanASheetCellHolds_isRefusedWithTheEntryAndColumnNamed() {
        Catalog c = new CatalogGenerator(2).catalog(3);
        Entry e = c.entries().get(1).toBuilder().content("要".repeat(40_000)).build();
        Catalog big = c.withEntries(List.of(c.entries().get(0), e, c.entries().get(2)));
        for (int format = 0; format < 2; format++) {
            boolean csv = format == 0;
            IllegalArgumentException x = assertThrows(IllegalArgumentException.class, () -> {
                if (csv) {
                    SheetExporter.writeCsv(big, new ByteArrayOutputStream());
                } else {
                    SheetExporter.writeXlsx(big, new ByteArrayOutputStream());
                }
            });
            assertTrue(x.getMessage().startsWith("entry 2 (" + e.code() + "): 公开内容"), x.getMessage());
            assertTrue(x.getMessage().contains("40000") && x.getMessage().contains("32767"), x.getMessage());
        }
    }

    private Path zip(String name, String... parts) throws Exception {
        Path f = dir.resolve(name);
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(f))) {
            for (int i = 0; i < parts.length; i += 2) {
                z.putNextEntry(new ZipEntry(parts[i]));
                z.write(parts[i + 1].getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        return f;
    }

    private static final String WB = "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
            + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
    private static final String RELS = "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"t\" Target=\"worksheets/sheet1.xml\"/></Relationships>";

    @Test
    void malformedCsvQuoting_isAClearErrorAtItsLine() throws Exception {
        for (String[] c : new String[][] {{"open.csv", "序号,公开事项\n1,\"abc"}, {"trailing.csv", "序号,公开事项\n1,ok\n2,\"三公\"经费\n"}}) {
            Path f = dir.resolve(c[0]);
            Files.writeString(f, c[1]);
            CatalogFormatException e = assertThrows(CatalogFormatException.class, () -> SheetImporter.defaults().importFile(f));
            assertEquals(c[0].equals("open.csv") ? 2 : 3, e.location().line(), e.getMessage());
            assertTrue(e.getMessage().contains(c[0]) && e.getMessage().contains("quote"), e.getMessage());
        }
    }

    @Test
    void xxeInsideAPart_isRefusedWithoutReadingTheFile() throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET");
        String sheet = "<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\">"
                + "<c r=\"A1\" t=\"inlineStr\"><is><t>&x;</t></is></c></row></sheetData></worksheet>";
        Path f = zip("xxe.xlsx", "xl/workbook.xml", WB, "xl/_rels/workbook.xml.rels", RELS, "xl/worksheets/sheet1.xml", sheet);
        CatalogFormatException e = assertThrows(CatalogFormatException.class, () -> SheetImporter.defaults().importFile(f));
        assertTrue(e.getMessage().contains("xxe.xlsx"), e.getMessage());
        assertFalse(e.getMessage().contains("TOP-SECRET"));
    }

    @Test
    void zipBomb_isRefusedQuickly() throws Exception {
        Path f = dir.resolve("bomb.xlsx");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(f))) {
            z.putNextEntry(new ZipEntry("xl/workbook.xml"));
            z.write(WB.getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
            z.putNextEntry(new ZipEntry("xl/_rels/workbook.xml.rels"));
            z.write(RELS.getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
            z.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            z.write("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">".getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < 600; i++) {
                z.write(spaces); // 600 MB of spaces compress to well under 1 MB
            }
            z.write("</worksheet>".getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        assertTrue(Files.size(f) < 5_000_000, "a small file");
        CatalogFormatException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertThrows(CatalogFormatException.class, () -> SheetImporter.defaults().importFile(f)));
        assertTrue(e.getMessage().contains("zip bomb"), e.getMessage());
    }

    @Test
    void oversizedCell_isRefusedWithItsAddress() throws Exception {
        String big = "字".repeat(40_000);
        String sheet = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"3\">"
                + "<c r=\"C3\" t=\"inlineStr\"><is><t>" + big + "</t></is></c></row></sheetData></worksheet>";
        Path f = zip("big.xlsx", "xl/workbook.xml", WB, "xl/_rels/workbook.xml.rels", RELS, "xl/worksheets/sheet1.xml", sheet);
        CatalogFormatException e = assertThrows(CatalogFormatException.class, () -> SheetImporter.defaults().importFile(f));
        assertTrue(e.getMessage().contains("S!C3") && e.getMessage().contains("32767"), e.getMessage());
    }

    @Test
    void malformedNumbersInAPart_areClearErrors() throws Exception {
        for (String[] bad : new String[][] {{"<row r=\"x3\">", "row number"}, {"<row r=\"3\"><c r=\"C3\" s=\"?\">", "style index"}}) {
            String sheet = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>" + bad[0]
                    + (bad[0].contains("<c ") ? "<v>1</v></c>" : "") + "</row></sheetData></worksheet>";
            Path f = zip("n.xlsx", "xl/workbook.xml", WB, "xl/_rels/workbook.xml.rels", RELS, "xl/worksheets/sheet1.xml", sheet);
            CatalogFormatException e = assertThrows(CatalogFormatException.class, () -> SheetImporter.defaults().importFile(f));
            assertTrue(e.getMessage().contains("malformed " + bad[1]), e.getMessage());
        }
    }

    @Test
    void notAWorkbook_isAClearError() throws Exception {
        Path f = dir.resolve("fake.xlsx");
        Files.write(f, new byte[] {'P', 'K', 3, 4, 1, 2, 3});
        CatalogFormatException e = assertThrows(CatalogFormatException.class, () -> SheetImporter.defaults().importFile(f));
        assertNotNull(e.location());
        assertTrue(e.getMessage().startsWith("fake.xlsx"), e.getMessage());
    }
}
