package org.gkml.catalog.diff;

import java.util.ArrayList;
import java.util.List;
import org.gkml.catalog.model.Catalog;

/**
 * The pieces of the three-way merge: placing the other side's changes into ours. Stateless.
 */
final class Merging {

    private Merging() {
    }


    static List<Change> placeInOurs(List<Change> changes, Catalog ours) {
        int removed = (int) changes.stream().filter(c -> c.kind() == ChangeKind.REMOVED).count();
        int size = ours.entries().size() - removed + (int) changes.stream().filter(c -> c.kind() == ChangeKind.ADDED).count();
        List<Change> out = new ArrayList<>();
        for (Change c : changes) {
            if (c.entry() == null || c.kind() == ChangeKind.REMOVED) {
                out.add(c);
            } else if (c.kind() == ChangeKind.ADDED) {
                out.add(new Change(c.kind(), c.entry(), null, c.effect(), 1, List.of(), c.value(), Math.min(c.position(), size - 1)));
            } else {
                out.add(new Change(c.kind(), c.entry(), c.newCode(), c.effect(), c.confidence(), c.fields(), null, -1));
            }
        }
        return out;
    }

    static FieldChange field(Change c, String path) {
        for (FieldChange f : c.fields()) {
            if (f.path().equals(path)) {
                return f;
            }
        }
        return null;
    }
}
