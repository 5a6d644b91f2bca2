package org.gkml.catalog.io.sheet;

import java.util.Iterator;
import java.util.Optional;
import org.gkml.catalog.io.CatalogReader;
import org.gkml.catalog.io.Location;
import org.gkml.catalog.model.Catalog;
import org.gkml.catalog.model.Entry;

/**
 * An imported sheet seen as a {@link CatalogReader}: what {@link org.gkml.catalog.io.Catalogs#open} returns for CSV
 * and XLSX. The sheet is imported when the reader is opened; its {@link #importReport()} and {@link #sourceMap()}
 * are there from then on, and every value's cell is its {@link #sourceOf(String) source}. Not thread-safe.
 *
 * @since 0.2
 */
public final class SheetCatalogReader implements CatalogReader {

    private final ImportResult result;
    private final String file;
    private final Iterator<Entry> entries;

    SheetCatalogReader(ImportResult result, String file) {
        this.result = result;
        this.file = file;
        this.entries = result.catalog().entries().iterator();
    }

    /** The whole import: catalog, report and source map. */
    public ImportResult result() {
        return result;
    }

    /** The report of every cell not taken as it stood. */
    public ImportReport importReport() {
        return result.report();
    }

    /** Where each entry's values came from. */
    public SourceMap sourceMap() {
        return result.sourceMap();
    }

    @Override
    public Catalog header() {
        return result.catalog().header();
    }

    @Override
    public Entry next() {
        return entries.hasNext() ? entries.next() : null;
    }

    @Override
    public Catalog trailer() {
        return header();
    }

    @Override
    public Optional<Location> sourceOf(String pointer) {
        return result.sourceMap().cellOf(pointer).map(c -> Location.cell(file, c.sheet(), c.address()));
    }

    @Override
    public void close() {
        // the sheet was read whole when the reader was opened
    }
}
