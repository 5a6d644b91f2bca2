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
public abstract sealed class SheetFormat implements CatalogFormat
        permits SheetFormat.Csv, SheetFormat.Xlsx, SheetFormat.Document {

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

        /**
         * A workbook is a zip read by its central directory: a stream is first copied to a temporary file (at most
         * {@link SheetImporter#MAX_XLSX_BYTES}), which is deleted once the workbook is read.
         */
        @Override
        public CatalogReader open(InputStream in, String name, Consumer<BindingProblem> problems) throws IOException {
            java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("gkml-xlsx");
            java.nio.file.Path copy = dir.resolve(name.isBlank() || name.contains("/") ? "workbook.xlsx" : name);
            try (InputStream bytes = in) {
                try (java.io.OutputStream out = java.nio.file.Files.newOutputStream(copy)) {
                    bytes.transferTo(new java.io.FilterOutputStream(out) {
                        private long written;

                        @Override
                        public void write(byte[] b, int off, int len) throws IOException {
                            written += len;
                            if (written > SheetImporter.MAX_XLSX_BYTES) {
                                throw new CatalogFormatException(Location.at(name, 0, 0), "workbook larger than the limit of "
                                        + SheetImporter.MAX_XLSX_BYTES + " bytes");
                            }
                            out.write(b, off, len);
                        }
                    });
                }
                return new SheetCatalogReader(SheetImporter.defaults().importFile(copy, Formats.Format.XLSX), name);
            } finally {
                java.nio.file.Files.deleteIfExists(copy);
                java.nio.file.Files.deleteIfExists(dir);
            }
        }

        @Override
        public void write(Catalog catalog, OutputStream out) throws IOException {
            SheetExporter.writeXlsx(catalog, out);
        }
    }

    /**
     * The documents a catalog is published as and only read: a saved web page, a Word document, an Excel 97–2003
     * workbook. Writing them is refused (write XLSX, the standard template, instead).
     *
     * @since 0.2
     */
    public abstract static sealed class Document extends SheetFormat permits Html, Docx, Xls {
        Document(Formats.Format format) {
            super(format);
        }

        @Override
        public CatalogReader open(InputStream in, String name, Consumer<BindingProblem> problems) throws IOException {
            try (InputStream bytes = in) {
                return new SheetCatalogReader(SheetImporter.defaults().importDocument(bytes, name, format()), name);
            }
        }

        @Override
        public void write(Catalog catalog, OutputStream out) throws IOException {
            throw new CatalogFormatException(null, format() + " is read, not written; write xlsx (the standard template), csv, json or xml");
        }
    }

    /** A saved web page. */
    public static final class Html extends Document {
        /** For {@link java.util.ServiceLoader}. */
        public Html() {
            super(Formats.Format.HTML);
        }
    }

    /** A Word document (.docx). */
    public static final class Docx extends Document {
        /** For {@link java.util.ServiceLoader}. */
        public Docx() {
            super(Formats.Format.DOCX);
        }
    }

    /** An Excel 97–2003 workbook (.xls). */
    public static final class Xls extends Document {
        /** For {@link java.util.ServiceLoader}. */
        public Xls() {
            super(Formats.Format.XLS);
        }
    }
}
