package org.gkml.catalog.io;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.gkml.catalog.model.Catalog;
import org.gkml.catalog.model.Entry;

/**
 * A catalog read one entry at a time, for documents that do not fit in memory: the {@link #header()}, then
 * {@link #next()} until it returns {@code null}. Not thread-safe; close it when done.
 *
 * @since 0.1
 */
public interface CatalogReader extends Closeable {

    /** The catalog-level fields found before the entries (entries list empty). */
    Catalog header() throws IOException;

    /**
     * The next entry, or {@code null} after the last one.
     *
     * @throws CatalogFormatException naming where the document is unreadable
     */
    Entry next() throws IOException;

    /**
     * The complete catalog-level fields, including any that follow the entries; only after {@link #next()}
     * returned {@code null}, when the whole document has been checked.
     */
    Catalog trailer() throws IOException;

    /** Where the entry last returned by {@link #next()} starts (file, line, column), or {@code null} if unknown. */
    default Location entryLocation() {
        return null;
    }

    /**
     * Where in the source a value came from when the reader knows more than a line (an imported sheet: the cell of
     * {@code /entries/3/deadline}); empty otherwise. Complete once the reader is open or, for streamed formats,
     * for the entries already returned.
     */
    default java.util.Optional<Location> sourceOf(String pointer) {
        return java.util.Optional.empty();
    }

    /**
     * The entries as a lazy stream. A {@link CatalogFormatException} thrown while streaming is rethrown wrapped
     * in {@link java.io.UncheckedIOException}.
     */
    default Stream<Entry> entries() {
        Spliterator<Entry> s = new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL) {
            @Override
            public boolean tryAdvance(java.util.function.Consumer<? super Entry> action) {
                try {
                    Entry e = next();
                    if (e == null) {
                        return false;
                    }
                    action.accept(e);
                    return true;
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        };
        return StreamSupport.stream(s, false);
    }

    /** Reads everything into one catalog (a thin wrapper over the stream). */
    default Catalog readAll() throws IOException {
        header();
        List<Entry> list = new ArrayList<>();
        for (Entry e; (e = next()) != null; ) {
            list.add(e);
        }
        return trailer().withEntries(list);
    }
}
