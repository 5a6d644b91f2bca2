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
     * Reads a catalog, detecting the format by content: JSON as is, CSV through the legacy-sheet importer
     * (whose report is dropped here; use {@link SheetImporter} to get it).
     *
     * @throws CatalogFormatException naming the file and location when it cannot be read
     */
    public static Catalog read(Path file) throws IOException {
        Formats.Format f = Formats.detect(file);
        switch (f) {
            case JSON:
                return CatalogJson.read(file);
            case CSV:
            case XLSX:
                return SheetImporter.defaults().importFile(file).catalog();
            default:
                throw new CatalogFormatException(Location.at(file.getFileName().toString(), 0, 0),
                        f + " catalogs are not supported by this version; convert the file to JSON or CSV");
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
                throw new UnsupportedOperationException("writing " + format + " is not supported by this version");
        }
    }
}
