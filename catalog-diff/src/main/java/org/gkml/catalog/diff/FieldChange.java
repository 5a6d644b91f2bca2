package org.gkml.catalog.diff;

import jakarta.json.JsonValue;
import java.util.Objects;

/**
 * One changed element of an entry (or of the catalog header), with the canonical JSON of its old and new value.
 * Immutable and thread-safe.
 *
 * @param path the JSON Pointer relative to the entry (e.g. {@code /deadline}) or to the catalog ({@code /title})
 * @param oldValue the old value, or {@code null} when the element was absent
 * @param newValue the new value, or {@code null} when the element is absent now
 * @param effect the openness effect of this change
 * @since 0.1
 */
public record FieldChange(String path, JsonValue oldValue, JsonValue newValue, Effect effect) {
    public FieldChange {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(effect, "effect");
    }
}
