package org.gkml.catalog.diff;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.gkml.catalog.io.CatalogReader;
import org.gkml.catalog.io.Catalogs;
import org.gkml.catalog.io.Formats;
import org.gkml.catalog.model.Catalog;
import org.gkml.catalog.model.Entry;

/**
 * A catalog version that can be read more than once, one entry at a time: a file (each reading streams it again, so
 * the diff, patch and merge of two versions hold only digests and the changed entries, not the catalogs), or a
 * catalog already in memory.
 *
 * @since 0.2
 */
@FunctionalInterface
public interface CatalogSource {

    /** A new reader from the first entry; the caller closes it. */
    CatalogReader open() throws IOException;

    /**
     * A catalog file in any format read by {@link Catalogs#open(Path)}: JSON and XML are streamed at each reading; a
     * sheet or document (imported whole when opened) and a file that cannot be read twice (a pipe, standard input)
     * are read into memory once.
     *
     * @throws IOException when the file cannot be read (or, for a sheet, imported)
     */
    static CatalogSource of(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        if (Files.exists(file) && !Files.isRegularFile(file) && !Files.isDirectory(file)) {
            return of(Catalogs.read(file));
        }
        Formats.Format f = Formats.detect(file);
        if (f != Formats.Format.JSON && f != Formats.Format.XML) {
            return of(Catalogs.read(file));
        }
        return () -> Catalogs.open(file);
    }

    /** A catalog in memory. */
    static CatalogSource of(Catalog catalog) {
        return new InMemory(catalog);
    }

    /** A catalog in memory: its entries are taken as they are, neither read again nor digested. */
    record InMemory(Catalog catalog) implements CatalogSource {
        public InMemory {
            Objects.requireNonNull(catalog, "catalog");
        }

        @Override
        public CatalogReader open() {
            List<Entry> entries = catalog.entries();
            Catalog header = catalog.withEntries(List.of());
            return new CatalogReader() {
                private int next;

                @Override
                public Catalog header() {
                    return header;
                }

                @Override
                public Entry next() {
                    return next < entries.size() ? entries.get(next++) : null;
                }

                @Override
                public Catalog trailer() {
                    return header;
                }

                @Override
                public void close() {
                }
            };
        }
    }
}
