package org.gkml.catalog.diff;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The changes between two versions of a catalog. Immutable and thread-safe.
 *
 * @param fromId the old catalog's id
 * @param fromVersion the old catalog's version, or {@code null}
 * @param toId the new catalog's id
 * @param toVersion the new catalog's version, or {@code null}
 * @param changes catalog-level changes first, then entry changes in new-catalog order, removed entries last
 * @param order the new catalog's codes in order when the unchanged entries were reordered, else empty
 * @since 0.1
 */
public record ChangeSet(String fromId, String fromVersion, String toId, String toVersion, List<Change> changes, List<String> order) {
    public ChangeSet {
        changes = List.copyOf(changes);
        order = List.copyOf(order);
    }

    /** Whether the two versions are identical. */
    public boolean isEmpty() {
        return changes.isEmpty() && order.isEmpty();
    }

    /** Counts by kind and by effect: {@code added, removed, modified, recoded, moved, lessOpen, moreOpen, neutral}. */
    public Map<String, Integer> summary() {
        Map<String, Integer> m = new TreeMap<>();
        for (ChangeKind k : ChangeKind.values()) {
            m.put(k.token(), 0);
        }
        for (Effect e : Effect.values()) {
            m.put(e.token(), 0);
        }
        for (Change c : changes) {
            if (c.entry() != null) {
                m.merge(c.kind().token(), 1, Integer::sum);
            }
            m.merge(c.effect().token(), 1, Integer::sum);
        }
        return m;
    }

    /** The changes that make the catalog less open. */
    public List<Change> lessOpen() {
        return changes.stream().filter(c -> c.effect() == Effect.LESS_OPEN).toList();
    }
}
