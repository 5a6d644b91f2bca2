package org.gkml.catalog.io.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.gkml.catalog.io.CatalogFormatException;
import org.gkml.catalog.io.Catalogs;
import org.gkml.catalog.io.Formats;
import org.gkml.catalog.model.AudienceScope;
import org.gkml.catalog.model.ChannelType;
import org.gkml.catalog.model.Entry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSym;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/** The forms catalogs are published in: told apart by content, read safely, cells reported in the file's own terms. */
class PublishedFormsTest {

    private static final String TABLE = "<table border=1><tr><td rowspan=2>序号</td><td colspan=2>公开事项</td><td rowspan=2>公开时限</td>"
            + "<td rowspan=2>公开主体</td><td rowspan=2>公开渠道</td><td colspan=2>公开对象</td></tr>"
            + "<tr><th>一级事项</th><th>二级事项</th><th>全社会</th><th>特定群体</th></tr>"
            + "<tr><td>1</td><td rowspan=2>政策文件</td><td>规范性文件</td><td>信息形成之日起<br>20个工作日内</td><td>县民政局</td>"
            + "<td>■政府网站</td><td>√</td><td></td></tr>"
            + "<tr><td>2</td><td>政策解读</td><td>&nbsp;实时公开</td><td>县民政局</td><td>■政府网站</td><td></td><td>√</td></tr></table>";

    private static String page(String charsetMeta, String body) {
        return "<!DOCTYPE html><html><head>" + charsetMeta + "<title>县民政局</title></head><body>"
                + "<table class=meta><tr><td>索引号：</td><td>123</td><td>发布机构：</td><td>县民政局</td></tr></table>"
                + "<h1>县民政局主动公开事项目录</h1>" + body + "<div>主办单位：县人民政府</div></body></html>";
    }

    @Test
    void aSavedPage_isReadFromItsCatalogTable_inUtf8AndGbk(@TempDir Path dir) throws Exception {
        for (String[] form : new String[][] {{"<meta charset=\"utf-8\">", "UTF-8"},
            {"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\" />", "GBK"}, {"", "GB18030"}}) {
            Path p = dir.resolve("page-" + form[1] + ".html");
            Files.write(p, page(form[0], TABLE + "﹝2024﹞").getBytes(Charset.forName(form[1])));
            assertEquals(Formats.Format.HTML, Formats.detect(p));
            ImportResult r = SheetImporter.defaults().importFile(p);
            List<Entry> e = r.catalog().entries();
            assertEquals(List.of("规范性文件", "政策解读"), e.stream().map(Entry::name).toList(), form[1]);
            assertEquals(List.of("政策文件"), e.get(1).category(), "rowspan is a merged cell");
            assertEquals(List.of(AudienceScope.PUBLIC, AudienceScope.SPECIFIC_GROUP), e.stream().map(x -> x.audience().scope()).toList());
            assertEquals("immediate", e.get(1).deadline().type());
            assertEquals(ChannelType.GOVERNMENT_WEBSITE, e.get(0).channels().get(0).type());
            assertEquals("县民政局主动公开事项目录", r.catalog().title(), "the page's heading");
            assertTrue(r.report().notes().stream().filter(n -> n.cell() != null).allMatch(n -> n.sheet().matches("第\\d+个表格")),
                    r.report().notes().toString());
        }
    }

    @Test
    void aTableSplitAtAPageBreak_isOneTable(@TempDir Path dir) throws Exception {
        String second = TABLE.replace("<tr><td>1</td><td rowspan=2>政策文件</td><td>规范性文件</td>", "<tr><td>1</td><td>政策文件</td><td>规范性文件</td>")
                .replace("<tr><td>2</td><td>政策解读</td>", "<tr><td>2</td><td></td><td>政策解读</td>");
        String[] parts = second.split("<tr><td>2</td>");
        String split = parts[0] + "</table><div style=\"page-break-after: always\"></div>"
                + "<table border=1>" + TABLE.substring(TABLE.indexOf("<tr>"), TABLE.indexOf("<tr><td>1</td>")) + "<tr><td>2</td>" + parts[1];
        Path p = dir.resolve("split.html");
        Files.writeString(p, page("<meta charset=\"utf-8\">", split.replace("<td>1</td><td>政策文件</td>", "<td>1</td><td rowspan=1>政策文件</td>")));
        ImportResult r = SheetImporter.defaults().importFile(p);
        assertEquals(2, r.catalog().entries().size());
        assertEquals(1, r.report().tables(), "the continuation after the repeated header is the same table");
    }

    @Test
    void hostilePages_areBounded(@TempDir Path dir) throws Exception {
        Path huge = dir.resolve("spans.html");
        Files.writeString(huge, page("", TABLE.replace("rowspan=2>序号", "rowspan=2000000000>序号").replace("colspan=2>公开事项", "colspan=999999>公开事项")));
        SheetImporter.defaults().importFile(huge); // spans are clipped: no exception, no memory blow-up
        Path nested = dir.resolve("nested.html");
        Files.writeString(nested, page("", "<table><tr><td>".repeat(60) + TABLE.replace("规范性文件", "<span>".repeat(20_000) + "规范性文件"
                + "</span>".repeat(20_000)) + "</td></tr></table>".repeat(60)));
        assertEquals(2, SheetImporter.defaults().importFile(nested).catalog().entries().size());
        Path none = dir.resolve("none.html");
        Files.writeString(none, page("<meta charset=\"utf-8\">", "<p>没有表格</p>"));
        CatalogFormatException e = assertThrows(CatalogFormatException.class, () -> SheetImporter.defaults().importFile(none));
        assertTrue(e.getMessage().contains("none.html") && e.getMessage().contains("no catalog table"), e.getMessage());
    }

    @Test
    void aWordDocument_withMergesTitleAndSymbolTicks(@TempDir Path dir) throws Exception {
        Path p = dir.resolve("目录.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(p)) {
            doc.createParagraph().createRun().setText("附件1");
            doc.createParagraph().createRun().setText("县民政局主动公开事项目录");
            XWPFTable t = doc.createTable(4, 6);
            String[][] cells = {{"序号", "公开事项", "公开时限", "公开主体", "公开渠道", "公开对象"},
                {"1", "低保名单", "信息形成之日起20个工作日内", "县民政局", "", ""},
                {"2", "救助指南", "实时公开", "县民政局", "政府网站", ""},
                {"3", "救助结果", "", "", "政府网站", ""}};
            for (int r = 0; r < 4; r++) {
                for (int c = 0; c < 6; c++) {
                    XWPFTableCell cell = t.getRow(r).getCell(c);
                    cell.removeParagraph(0);
                    if (!cells[r][c].isEmpty()) {
                        cell.addParagraph().createRun().setText(cells[r][c]);
                    } else {
                        cell.addParagraph();
                    }
                }
            }
            // 公开渠道 of row 1: a Wingdings 2 checked box written as a symbol, then the channel's name
            org.apache.poi.xwpf.usermodel.XWPFRun run = t.getRow(1).getCell(4).getParagraphs().get(0).createRun();
            CTSym sym = run.getCTR().addNewSym();
            sym.setFont("Wingdings 2");
            sym.setChar(new byte[] {(byte) 0xF0, 0x52});
            t.getRow(1).getCell(4).getParagraphs().get(0).createRun().setText("政府网站");
            // 公开对象: √ as a Wingdings 2 symbol in every row
            for (int r = 1; r < 4; r++) {
                CTSym tick = t.getRow(r).getCell(5).getParagraphs().get(0).createRun().getCTR().addNewSym();
                tick.setFont("Wingdings 2");
                tick.setChar(new byte[] {(byte) 0xF0, 0x50});
            }
            // 公开时限 and 公开主体 of row 2 merged down over row 3
            for (int c : new int[] {2, 3}) {
                t.getRow(2).getCell(c).getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.RESTART);
                t.getRow(3).getCell(c).getCTTc().addNewTcPr().addNewVMerge();
            }
            doc.write(out);
        }
        assertEquals(Formats.Format.DOCX, Formats.detect(p));
        ImportResult r = SheetImporter.defaults().importFile(p);
        List<Entry> e = r.catalog().entries();
        assertEquals(3, e.size());
        assertEquals("县民政局主动公开事项目录", r.catalog().title(), "the paragraph above the table, not the 附件 label");
        assertEquals(List.of(ChannelType.GOVERNMENT_WEBSITE), e.get(0).channels().stream().map(x -> x.type()).toList(), "■ from the symbol");
        assertEquals("immediate", e.get(2).deadline().type(), "vMerge continues the deadline");
        assertEquals("县民政局", e.get(2).subjects().get(0).name());
        Grid g = SheetImporter.tables(p, Formats.Format.DOCX).get(0);
        assertEquals("县民政局主动公开事项目录", g.cell(0, 0), "the title paragraph as the title row");
        assertEquals("√", g.cell(2, 5), "√ from the Wingdings 2 symbol");
        assertEquals("■政府网站", g.cell(2, 4));
        try (java.io.InputStream in = Files.newInputStream(p)) { // a stream is told apart by content too
            assertEquals(3, Catalogs.open(in, "stream.docx", null).readAll().entries().size());
        }
    }

    @Test
    void anOldExcelWorkbook_isRead_andOtherOfficeFilesAreNamed(@TempDir Path dir) throws Exception {
        Path xls = dir.resolve("目录.xls");
        try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(xls)) {
            org.apache.poi.ss.usermodel.Sheet s = wb.createSheet("目录");
            String[][] rows = {{"序号", "公开事项", "公开时限", "公开主体"}, {"1", "低保名单", "20个工作日内", "县民政局"}, {"2", "救助指南", "实时公开", ""}};
            for (int r = 0; r < rows.length; r++) {
                for (int c = 0; c < rows[r].length; c++) {
                    if (r > 0 && c == 0) {
                        s.createRow(r).createCell(0).setCellValue(r); // 序号 as a number
                    }
                }
            }
            for (int r = 0; r < rows.length; r++) {
                org.apache.poi.ss.usermodel.Row row = s.getRow(r) == null ? s.createRow(r) : s.getRow(r);
                for (int c = r == 0 ? 0 : 1; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            s.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(1, 2, 3, 3));
            wb.write(out);
        }
        assertEquals(Formats.Format.XLS, Formats.detect(xls));
        ImportResult r = SheetImporter.defaults().importFile(xls);
        assertEquals(List.of("低保名单", "救助指南"), r.catalog().entries().stream().map(Entry::name).toList());
        assertEquals("县民政局", r.catalog().entries().get(1).subjects().get(0).name(), "a merged region");

        Path doc = dir.resolve("old.doc");
        try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(doc)) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[64]), "WordDocument");
            fs.writeFilesystem(out);
        }
        CatalogFormatException e = assertThrows(CatalogFormatException.class, () -> SheetImporter.defaults().importFile(doc));
        assertTrue(e.getMessage().contains(".doc") && e.getMessage().contains(".docx"), e.getMessage());

        Path ods = dir.resolve("目录.ods");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes)) {
            ZipEntry mime = new ZipEntry("mimetype");
            byte[] m = "application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII);
            mime.setMethod(ZipEntry.STORED);
            mime.setSize(m.length);
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update(m);
            mime.setCrc(crc.getValue());
            z.putNextEntry(mime);
            z.write(m);
            z.putNextEntry(new ZipEntry("content.xml"));
            z.write("<office:document-content/>".getBytes(StandardCharsets.UTF_8));
        }
        Files.write(ods, bytes.toByteArray());
        CatalogFormatException o = assertThrows(CatalogFormatException.class, () -> Formats.detect(ods));
        assertTrue(o.getMessage().contains("OpenDocument") && o.getMessage().contains(".xlsx") && o.getMessage().contains("目录.ods"), o.getMessage());
    }

    @Test
    void aDamagedWordDocument_isNamedInOneLine(@TempDir Path dir) throws Exception {
        Path p = dir.resolve("damaged.docx");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(p))) {
            z.putNextEntry(new ZipEntry("[Content_Types].xml"));
            z.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>".getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new ZipEntry("word/document.xml"));
            z.write("<w:document xmlns:w=\"x\"><w:body><w:tbl>".getBytes(StandardCharsets.UTF_8)); // cut short
        }
        CatalogFormatException e = assertThrows(CatalogFormatException.class, () -> SheetImporter.defaults().importFile(p));
        assertTrue(e.getMessage().startsWith("damaged.docx") && !e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void xmlCatalogs_andWebPages_areToldApart() throws Exception {
        assertEquals(Formats.Format.XML, Formats.detect("<?xml version=\"1.0\"?><catalog xmlns=\"x\"/>".getBytes(StandardCharsets.UTF_8), "c.xml"));
        assertEquals(Formats.Format.HTML, Formats.detect("<?xml version=\"1.0\"?><!DOCTYPE html><html><body><table/></body></html>"
                .getBytes(StandardCharsets.UTF_8), "x.html"));
        assertEquals(Formats.Format.HTML, Formats.detect("\n<table><tr><td>公开事项</td></tr></table>".getBytes(StandardCharsets.UTF_8), "t.htm"));
    }
}
