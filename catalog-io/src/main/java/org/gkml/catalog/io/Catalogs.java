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
