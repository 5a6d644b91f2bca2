package org.gkml.catalog.diff;

import jakarta.json.JsonValue;
import java.util.Objects;

/**
 * One changed element of an entry (or of the catalog header), with the canonical JSON of its old and new value.
 * Immutable and thread-safe.
 *
 * <p>The values are Jakarta JSON Processing values by design: a change set is a JSON document (its schema is
 * {@code changeset.schema.json}, and JSON Patch is one of its forms), an element may be of any of the model's types
 * (a string, a deadline, a list of channels, extensions holding arbitrary JSON), and JSON-P is the standard API the
 * SDK already builds on. To get a model value back, bind the whole entry ({@code CatalogJson.entryFromJson}) or read
 * the entries of the applied catalog ({@link CatalogDiff#apply}).
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
