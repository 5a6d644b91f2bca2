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

    /** The formats the SDK reads or writes. */
    public enum Format {
        JSON, XML, CSV, XLSX;

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
            head = in.readNBytes(512);
        }
        return detect(head, file.getFileName().toString());
    }

    /** The format of content by its first bytes; {@code name} is used in messages. */
    public static Format detect(byte[] head, String name) throws CatalogFormatException {
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return Format.XLSX;
        }
        if (head.length >= 8 && (head[0] & 0xff) == 0xD0 && (head[1] & 0xff) == 0xCF) {
            throw new CatalogFormatException(Location.at(name, 0, 0),
                    "this is an old binary Excel (.xls) or Word file; save it as .xlsx or .csv");
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
                throw new CatalogFormatException(Location.at(name, 1, 1), "the file is empty; expected JSON, XML, CSV or XLSX");
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
            return Format.XML;
        }
        for (int k = i; k < head.length; k++) {
            if (head[k] == 0) {
                throw new CatalogFormatException(Location.at(name, 0, 0), "binary content; expected JSON, XML, CSV or XLSX");
            }
        }
        if (i >= head.length) {
            throw new CatalogFormatException(Location.at(name, 1, 1), "the file is empty; expected JSON, XML, CSV or XLSX");
        }
        return Format.CSV;
    }
}
