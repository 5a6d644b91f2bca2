package org.gkml.catalog.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Detection of a catalog file's format by content (and, failing that, by extension). Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class Formats {

    /** The formats the SDK reads or writes (HTML, DOCX and XLS are read only, through the legacy-sheet import). */
    public enum Format {
        JSON, XML, CSV, XLSX,
        /** A saved web page holding the catalog table. @since 0.2 */
        HTML,
        /** A Word document holding the catalog table. @since 0.2 */
        DOCX,
        /** An Excel 97–2003 workbook. @since 0.2 */
        XLS;

        /** The usual file extension without dot. */
        public String extension() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private Formats() {
    }

    /** The format a file name's extension names, or {@code null}. */
    public static Format byExtension(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        if (n.endsWith(".json")) {
            return Format.JSON;
        }
        if (n.endsWith(".xml")) {
            return Format.XML;
        }
        if (n.endsWith(".csv") || n.endsWith(".txt")) {
            return Format.CSV;
        }
        if (n.endsWith(".xlsx") || n.endsWith(".xlsm")) {
            return Format.XLSX;
        }
        if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".shtml")) {
            return Format.HTML;
        }
        if (n.endsWith(".docx")) {
            return Format.DOCX;
        }
        if (n.endsWith(".xls") || n.endsWith(".et")) {
            return Format.XLS;
        }
        return null;
    }

    /**
     * The format of a file by its first bytes: a zip header is XLSX, <code>&#123;</code> JSON, {@code <} XML, anything else
     * that is text CSV.
     *
     * @throws CatalogFormatException when the content is none of them (e.g. an old binary .xls)
     */
    public static Format detect(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(HEAD);
        }
        String name = file.getFileName().toString();
        Format f = detect(head, name);
        if (f == Format.XLSX && zipEntry(head) == null) { // the parts are named further in: ask the zip's directory
            try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
                if (zip.getEntry("word/document.xml") != null) {
                    return Format.DOCX;
                }
            } catch (java.util.zip.ZipException e) {
                throw new CatalogFormatException(Location.at(name, 0, 0), "a damaged zip file (" + e.getMessage()
                        + "); expected an XLSX workbook or a DOCX document");
            }
        }
        return f;
    }

    /** How many first bytes {@link #detect(byte[], String)} wants to see (a zip's first part names, a page's head). */
    public static final int HEAD = 1 << 16;

    /** Which Office part a zip's first local headers name: "word", "xl", or an OpenDocument mimetype; null if none. */
    private static String zipEntry(byte[] head) {
        String s = new String(head, java.nio.charset.StandardCharsets.ISO_8859_1);
        if (s.startsWith("mimetype", 30)) {
            return s.contains("opendocument.spreadsheet") ? "ods" : s.contains("opendocument.text") ? "odt" : "odf";
        }
        int w = s.indexOf("word/");
        int x = s.indexOf("xl/");
        if (w < 0 && x < 0) {
            return null;
        }
        return w >= 0 && (x < 0 || w < x) ? "word" : "xl";
    }

    /** Whether text that starts with {@code <} is a web page rather than an XML catalog. */
    private static boolean isHtml(byte[] head, int from) {
        String s = new String(head, from, Math.min(head.length - from, 4096), java.nio.charset.StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        if (s.contains("<!doctype html") || s.contains("<html")) {
            return true;
        }
        return !s.contains("<catalog") && (s.contains("<table") || s.contains("<meta") || s.contains("<body") || s.contains("<head"));
    }

    /** The format of content by its first bytes; {@code name} is used in messages. */
    public static Format detect(byte[] head, String name) throws CatalogFormatException {
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            String part = zipEntry(head);
            if ("ods".equals(part)) {
                throw new CatalogFormatException(Location.at(name, 0, 0),
                        "this is an OpenDocument spreadsheet (.ods), which is not read; save it as .xlsx (or .xls, .csv) and read that");
            }
            if ("odt".equals(part) || "odf".equals(part)) {
                throw new CatalogFormatException(Location.at(name, 0, 0),
                        "this is an OpenDocument file (.odt/.odf), which is not read; save it as .docx or .xlsx and read that");
            }
            return "word".equals(part) ? Format.DOCX : Format.XLSX;
        }
        if (head.length >= 8 && (head[0] & 0xff) == 0xD0 && (head[1] & 0xff) == 0xCF && (head[2] & 0xff) == 0x11
                && (head[3] & 0xff) == 0xE0) {
            return Format.XLS; // an OLE2 file: the reader says so when it holds a Word document instead
        }
        if (head.length >= 4 && ((head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xFE && head[2] == 0 && head[3] == 0
                || head[0] == 0 && head[1] == 0 && (head[2] & 0xff) == 0xFE && (head[3] & 0xff) == 0xFF)) {
            throw new CatalogFormatException(Location.at(name, 0, 0),
                    "UTF-32 text is not read; save the file as UTF-8 (or UTF-16, GB18030)");
        }
        if (head.length >= 2 && ((head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xFE
                || (head[0] & 0xff) == 0xFE && (head[1] & 0xff) == 0xFF)) {
            // UTF-16 text with its byte order mark: Excel's "Unicode text" export, tab-separated
            String t = new String(head, 0, head.length & ~1, java.nio.charset.StandardCharsets.UTF_16).strip();
            if (t.isEmpty()) {
                throw new CatalogFormatException(Location.at(name, 1, 1), "the file is empty; expected JSON, XML, CSV, XLSX, XLS, HTML or DOCX");
            }
            return t.charAt(0) == '{' || t.charAt(0) == '[' ? Format.JSON : t.charAt(0) == '<' ? Format.XML : Format.CSV;
        }
        int i = 0;
        if (head.length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF) {
            i = 3;
        }
        while (i < head.length && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n')) {
            i++;
        }
        if (i < head.length && (head[i] == '{' || head[i] == '[')) {
            return Format.JSON; // an array is JSON too: the JSON reader says it is not a catalog
        }
        if (i < head.length && head[i] == '<') {
            return isHtml(head, i) ? Format.HTML : Format.XML;
        }
        for (int k = i; k < head.length; k++) {
            if (head[k] == 0) {
                throw new CatalogFormatException(Location.at(name, 0, 0), "binary content; expected JSON, XML, CSV, XLSX, XLS, HTML or DOCX");
            }
        }
        if (i >= head.length) {
            throw new CatalogFormatException(Location.at(name, 1, 1), "the file is empty; expected JSON, XML, CSV, XLSX, XLS, HTML or DOCX");
        }
        return Format.CSV;
    }
}
