package org.gkml.catalog.io.sheet;

import java.util.Objects;
import org.gkml.catalog.model.Catalog;

/**
 * The result of importing a legacy sheet: the catalog, the report of everything not taken as it stood, and the
 * source map from each entry's values to the cells they came from ({@code /entries/3/deadline} →
 * {@code Sheet1!G14}). Immutable and thread-safe.
 *
 * @since 0.1
 */
public record ImportResult(Catalog catalog, ImportReport report, SourceMap sourceMap) {
    public ImportResult {
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(sourceMap, "sourceMap");
    }
}
