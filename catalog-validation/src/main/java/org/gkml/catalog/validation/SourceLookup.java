package org.gkml.catalog.validation;

import java.util.Optional;
import org.gkml.catalog.io.Location;

/** Where a value came from in the source (an imported sheet's cells), when the reader knows. */
interface SourceLookup {
    /** No source beyond the document's own lines. */
    SourceLookup NONE = new SourceLookup() { // a class, not a lambda: see ReadAhead.Reading
        @Override
        public Optional<Location> of(String pointer) {
            return Optional.empty();
        }
    };

    /** The location of the value at a JSON Pointer, if the reader knows a better one than a line. */
    Optional<Location> of(String pointer);
}
