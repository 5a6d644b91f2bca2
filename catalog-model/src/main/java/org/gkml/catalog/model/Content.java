package org.gkml.catalog.model;

import java.util.List;

/**
 * What an entry discloses (公开内容（要素）).
 *
 * <p>Immutable and thread-safe.
 *
 * @param summary the cell text as published, or {@code null}
 * @param elements the listed items when the cell is a list (may be empty, never {@code null})
 * @since 0.1
 */
@ContentPresent
public record Content(String summary, List<String> elements) {
    public Content {
        elements = elements == null ? List.of() : List.copyOf(elements);
    }

    /** A content with a summary only. */
    public static Content of(String summary) {
        return new Content(summary, List.of());
    }
}
