package org.gkml.catalog.diff;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Objects;

/**
 * One entry's change (or a catalog-level change, with {@code entry} {@code null}). Immutable and thread-safe.
 *
 * @param kind what happened
 * @param entry the old code, or the new code for an added entry; {@code null} for catalog-level changes
 * @param newCode the new code of a recoded entry, else {@code null}
 * @param effect the overall effect: lessOpen if any field change is (a removal is lessOpen, an addition moreOpen)
 * @param confidence for entries matched by similarity, how sure the match is (0–1); 1 for exact matches
 * @param fields the field changes (empty for added and removed entries)
 * @param value the whole entry for added and removed entries (canonical JSON), else {@code null}
 * @param position the entry's index in the new catalog, or -1 for removed entries and catalog-level changes
 * @since 0.1
 */
public record Change(ChangeKind kind, String entry, String newCode, Effect effect, double confidence,
                     List<FieldChange> fields, JsonObject value, int position) {
    public Change {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(effect, "effect");
        fields = List.copyOf(fields);
    }

    /** The entry's code in the new catalog. */
    public String codeAfter() {
        return newCode != null ? newCode : entry;
    }
}
