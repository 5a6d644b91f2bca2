package org.gkml.catalog.io.sheet;

import java.util.Map;
import org.gkml.catalog.model.Catalog;

/**
 * The result of importing a legacy sheet: the catalog, the report of everything not taken as it stood, and the
 * source map from each entry's JSON Pointer (e.g. {@code /entries/3/deadline}) to the cell it came from
 * ({@code Sheet1!G14}). Immutable and thread-safe.
 *
 * @since 0.1
 */
public record ImportResult(Catalog catalog, ImportReport report, Map<String, String> sourceMap) {
    public ImportResult {
        sourceMap = sourceMap instanceof SourceMap ? sourceMap : Map.copyOf(sourceMap);
    }
}
