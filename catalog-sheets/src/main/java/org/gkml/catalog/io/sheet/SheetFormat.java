package org.gkml.catalog.io.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.gkml.catalog.io.BindingProblem;
import org.gkml.catalog.io.CatalogFormat;
import org.gkml.catalog.io.CatalogFormatException;
import org.gkml.catalog.io.CatalogReader;
import org.gkml.catalog.io.Formats;
import org.gkml.catalog.io.Location;
import org.gkml.catalog.model.Catalog;

/**
 * The legacy sheets as {@link CatalogFormat}s, registered with {@code catalog-io} through {@link java.util.ServiceLoader}:
 * reading imports the table with the built-in mapping profile ({@link SheetImporter#defaults()}), writing exports
 * the standard template ({@link SheetExporter}). Stateless and thread-safe.
 *
 * @since 0.2
 */
public abstract sealed class SheetFormat implements CatalogFormat permits SheetFormat.Csv, SheetFormat.Xlsx {

    private final Formats.Format format;

    SheetFormat(Formats.Format format) {
        this.format = format;
    }

    @Override
    public final Formats.Format format() {
        return format;
    }

    /** Sheets have no structural problems of the wire format: what is not taken as it stood is an import note. */
    @Override
    public final CatalogReader open(Path file, Consumer<BindingProblem> problems) throws IOException {
        String name = file.getFileName().toString();
        return new SheetCatalogReader(SheetImporter.defaults().importFile(file, format), name);
    }

    /** CSV: {@link Csv}. */
    public static final class Csv extends SheetFormat {
        /** For {@link java.util.ServiceLoader}. */
        public Csv() {
            super(Formats.Format.CSV);
        }

        @Override
        public CatalogReader open(InputStream in, String name, Consumer<BindingProblem> problems) throws IOException {
            try (InputStream bytes = in) {
                return new SheetCatalogReader(SheetImporter.defaults().importCsv(bytes, name), name);
            }
        }

        @Override
        public void write(Catalog catalog, OutputStream out) throws IOException {
            SheetExporter.writeCsv(catalog, out);
        }
    }

    /** XLSX (Office Open XML workbooks). */
    public static final class Xlsx extends SheetFormat {
        /** For {@link java.util.ServiceLoader}. */
        public Xlsx() {
            super(Formats.Format.XLSX);
        }

        /** A workbook is a zip read by its central directory: read it from a file. */
        @Override
        public CatalogReader open(InputStream in, String name, Consumer<BindingProblem> problems) throws IOException {
            in.close();
            throw new CatalogFormatException(Location.at(name, 0, 0), "an XLSX workbook is read from a file, not a stream");
        }

        @Override
        public void write(Catalog catalog, OutputStream out) throws IOException {
            SheetExporter.writeXlsx(catalog, out);
        }
    }
}
