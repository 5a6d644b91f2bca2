package org.gkml.catalog.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.gkml.catalog.io.sheet.SheetExporter;
import org.gkml.catalog.io.sheet.SheetImporter;
import org.gkml.catalog.testkit.CatalogGenerator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The import of a saved web page or a Word document next to the bare library read of the same file (a jsoup parse
 * that visits every cell; a POI {@code XWPFDocument} load that visits every cell's text), alternating in one JVM round
 * after round, as {@link ImportRatio} does for CSV. The file is the benchmark catalog written as the standard template
 * (one table: header rows, then a row per entry). Prints each round and the medians:
 * {@code java -Xmx1g -cp benchmarks/target/benchmarks.jar org.gkml.catalog.benchmarks.DocumentImportRatio html 100000 10}.
 */
public final class DocumentImportRatio {

    private DocumentImportRatio() {
    }

    public static void main(String[] args) throws Exception {
        String form = args.length > 0 ? args[0] : "html";
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        List<List<String>> table = templateRows(rows);
        Path file = Files.createTempFile("document-ratio", "." + form);
        try {
            try (OutputStream o = Files.newOutputStream(file)) {
                if (form.equals("docx")) {
                    writeDocx(table, o);
                } else {
                    writeHtml(table, o);
                }
            }
            System.out.printf("%s of %d rows: %,d bytes%n", form, rows, Files.size(file));
            long[] base = new long[rounds];
            long[] imp = new long[rounds];
            for (int i = 0; i < rounds; i++) {
                long t = System.nanoTime();
                long cells = form.equals("docx") ? poiCells(file) : jsoupCells(file);
                base[i] = (System.nanoTime() - t) / 1_000_000;
                t = System.nanoTime();
                int entries = SheetImporter.defaults().importFile(file).catalog().entries().size();
                imp[i] = (System.nanoTime() - t) / 1_000_000;
                System.out.printf("round %2d: bare %s %6d ms (%d cells), import %6d ms (%d entries): import/bare %.2f%n",
                        i + 1, form.equals("docx") ? "POI" : "jsoup", base[i], cells, imp[i], entries, (double) imp[i] / base[i]);
            }
            long[] med = ImportRatio.medians(base, imp);
            System.out.printf("median of the last %d rounds: bare %d ms, import %d ms: import/bare %.2f%n", rounds - rounds / 2, med[0],
                    med[1], (double) med[1] / med[0]);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** The benchmark catalog as the standard template's rows. */
    static List<List<String>> templateRows(int rows) throws IOException {
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        SheetExporter.writeCsv(new CatalogGenerator(11).catalog(rows), csv);
        List<List<String>> out = new ArrayList<>();
        String text = csv.toString(StandardCharsets.UTF_8);
        try (CSVParser p = CSVParser.parse(new StringReader(text.startsWith("\ufeff") ? text.substring(1) : text), CSVFormat.RFC4180)) {
            for (CSVRecord r : p) {
                out.add(r.toList());
            }
        }
        return out;
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>");
    }

    static void writeHtml(List<List<String>> table, OutputStream o) throws IOException {
        Writer w = new java.io.BufferedWriter(new java.io.OutputStreamWriter(o, StandardCharsets.UTF_8), 1 << 16);
        w.write("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>目录</title></head><body><h1>目录</h1><table border=\"1\">\n");
        for (List<String> r : table) {
            w.write("<tr>");
            for (String c : r) {
                w.write("<td>");
                w.write(escape(c));
                w.write("</td>");
            }
            w.write("</tr>\n");
        }
        w.write("</table></body></html>\n");
        w.flush();
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** A minimal Word document (its three required parts) holding one table: written as XML, in bounded memory. */
    static void writeDocx(List<List<String>> table, OutputStream o) throws IOException {
        try (ZipOutputStream z = new ZipOutputStream(o)) {
            z.putNextEntry(new ZipEntry("[Content_Types].xml"));
            z.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                    + "</Types>").getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new ZipEntry("_rels/.rels"));
            z.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                    + "</Relationships>").getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new ZipEntry("word/document.xml"));
            Writer w = new java.io.BufferedWriter(new java.io.OutputStreamWriter(z, StandardCharsets.UTF_8), 1 << 16);
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>");
            w.write("<w:p><w:r><w:t>目录</w:t></w:r></w:p><w:tbl>");
            for (List<String> r : table) {
                w.write("<w:tr>");
                for (String c : r) {
                    w.write("<w:tc>");
                    for (String line : c.split("\n", -1)) {
                        w.write("<w:p><w:r><w:t xml:space=\"preserve\">");
                        w.write(xml(line));
                        w.write("</w:t></w:r></w:p>");
                    }
                    w.write("</w:tc>");
                }
                w.write("</w:tr>");
            }
            w.write("</w:tbl><w:p/></w:body></w:document>");
            w.flush();
            z.closeEntry();
        }
    }

    private static long jsoupCells(Path file) throws IOException {
        Document d = Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8));
        long n = 0;
        for (org.jsoup.nodes.Element td : d.getElementsByTag("td")) {
            n += td.text().isEmpty() ? 0 : 1;
        }
        return n;
    }

    private static long poiCells(Path file) throws IOException {
        long n = 0;
        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
            for (XWPFTable t : doc.getTables()) {
                for (XWPFTableRow r : t.getRows()) {
                    for (XWPFTableCell c : r.getTableCells()) {
                        n += c.getText().isEmpty() ? 0 : 1;
                    }
                }
            }
        }
        return n;
    }
}
