package org.gkml.catalog.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import org.gkml.catalog.io.json.CatalogJson;
import org.gkml.catalog.io.sheet.SheetImporter;
import org.gkml.catalog.model.Catalog;

/**
 * Reads and writes catalogs in whichever format a file has. Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class Catalogs {

    private Catalogs() {
    }

    /**
     * Reads a catalog, detecting the format by content: JSON and XML as they are, CSV and XLSX through the
     * legacy-sheet importer (whose report is dropped here; use {@link SheetImporter} to get it).
     *
     * @throws CatalogFormatException naming the file and location when it cannot be read
     */
    public static Catalog read(Path file) throws IOException {
        Formats.Format f = Formats.detect(file);
        switch (f) {
            case JSON:
                return CatalogJson.read(file);
            case XML:
                return org.gkml.catalog.io.xml.CatalogXml.read(file);
            default:
                return SheetImporter.defaults().importFile(file).catalog();
        }
    }

    /**
     * Opens a streaming reader of a JSON or XML catalog (format detected by content): the header, then one entry at
     * a time, in memory bounded by one entry.
     *
     * @throws CatalogFormatException for other formats (sheets are imported whole: {@link SheetImporter})
     */
    public static CatalogReader open(Path file) throws IOException {
        Formats.Format f = Formats.detect(file);
        String name = file.getFileName().toString();
        if (f != Formats.Format.JSON && f != Formats.Format.XML) {
            throw new CatalogFormatException(Location.at(name, 0, 0), "a " + f.extension().toUpperCase(java.util.Locale.ROOT)
                    + " sheet cannot be streamed; import it with SheetImporter");
        }
        java.io.InputStream in = new java.io.BufferedInputStream(java.nio.file.Files.newInputStream(file), 1 << 16);
        try {
            return f == Formats.Format.JSON ? org.gkml.catalog.io.json.JsonCatalogReader.open(in, name)
                    : org.gkml.catalog.io.xml.CatalogXml.open(in, name);
        } catch (CatalogFormatException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /**
     * A streaming writer of a JSON (pretty) or XML catalog; output is byte-identical to {@link #write}.
     *
     * @throws IllegalArgumentException for the sheet formats, which are written whole
     */
    public static CatalogWriter writer(Formats.Format format, OutputStream out) throws IOException {
        switch (format) {
            case JSON: return org.gkml.catalog.io.json.JsonCatalogWriter.to(out, true);
            case XML: return org.gkml.catalog.io.xml.XmlCatalogWriter.to(out);
            default: throw new IllegalArgumentException(format + " is written whole, not streamed");
        }
    }

    /** Writes a catalog in a format. */
    public static void write(Catalog c, Formats.Format format, OutputStream out) throws IOException {
        switch (format) {
            case JSON:
                CatalogJson.write(c, out, true);
                return;
            case CSV:
                org.gkml.catalog.io.sheet.SheetExporter.writeCsv(c, out);
                return;
            case XLSX:
                org.gkml.catalog.io.sheet.SheetExporter.writeXlsx(c, out);
                return;
            default:
                org.gkml.catalog.io.xml.CatalogXml.write(c, out);
        }
    }
}
