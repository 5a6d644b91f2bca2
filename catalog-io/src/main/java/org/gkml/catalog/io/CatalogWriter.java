package org.gkml.catalog.io;

import java.io.Closeable;
import java.io.IOException;
import org.gkml.catalog.model.Catalog;
import org.gkml.catalog.model.Entry;

/**
 * Writes a catalog one entry at a time, in any format: {@link #begin(Catalog)} with the header, {@link #write(Entry)}
 * for each entry, {@link #end()}; memory does not grow with the catalog. {@code close()} ends the document if it was
 * begun. Not thread-safe.
 *
 * @since 0.1
 */
public interface CatalogWriter extends Closeable {

    /** Writes the document start and the catalog-level members (the header's entries are ignored). */
    CatalogWriter begin(Catalog header) throws IOException;

    /** Writes one entry. */
    CatalogWriter write(Entry entry) throws IOException;

    /** Ends the document and flushes. */
    void end() throws IOException;
}
