package org.gkml.catalog.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.gkml.catalog.model.Catalog;

/**
 * One format the SDK reads and writes catalogs in. JSON and XML are built into this module; other modules add
 * theirs (the legacy sheets of {@code catalog-sheets}: CSV, XLSX) by listing an implementation in
 * {@code META-INF/services/org.gkml.catalog.io.CatalogFormat}. {@link Catalogs} detects a file's format once and
 * hands back the reader of the format that claims it. Implementations are stateless and thread-safe.
 *
 * @since 0.2
 */
public interface CatalogFormat {

    /** The format this implementation reads and writes. */
    Formats.Format format();

    /**
     * Opens a reader of a file already known to be in this format.
     *
     * @param problems where structural problems go (the reader then goes on where it can), or {@code null} to have
     *     the first one thrown as a {@link CatalogFormatException}
     * @throws CatalogFormatException naming the file and location when it cannot be read
     */
    default CatalogReader open(Path file, Consumer<BindingProblem> problems) throws IOException {
        InputStream in = java.nio.file.Files.newInputStream(file);
        try {
            return open(in, file.getFileName().toString(), problems);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /**
     * Opens a reader of bytes in this format; {@code name} is used in messages. The stream is closed with the reader.
     *
     * @throws CatalogFormatException naming the location when the bytes cannot be read
     */
    CatalogReader open(InputStream in, String name, Consumer<BindingProblem> problems) throws IOException;

    /** Writes a whole catalog; the stream is flushed, not closed. */
    void write(Catalog catalog, OutputStream out) throws IOException;

    /**
     * A writer that takes the catalog entry by entry, in memory bounded by one entry.
     *
     * @throws UnsupportedOperationException for formats written whole (the sheets)
     */
    default CatalogWriter writer(OutputStream out) throws IOException {
        throw new UnsupportedOperationException(format() + " is written whole, not streamed");
    }
}
