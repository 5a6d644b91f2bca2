package org.gkml.catalog.diff;

import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.gkml.catalog.model.Catalog;
import org.gkml.catalog.model.Entry;

/** The three-way merge as it was before it streamed: the three catalogs whole. The oracle of {@link StreamedPatchTest}. */
final class ReferenceMerge {

    private ReferenceMerge() {
    }

    static CatalogDiff.MergeResult merge(Catalog base, Catalog ours, Catalog theirs) {
        ChangeSet mine = ReferenceDiff.diff(base, ours);
        ChangeSet other = ReferenceDiff.diff(base, theirs);
        if (other.isEmpty()) {
            return new CatalogDiff.MergeResult(ours, List.of());
        }
        if (mine.isEmpty()) {
            return new CatalogDiff.MergeResult(theirs, List.of());
        }
        Map<String, Change> byBase = new HashMap<>();
        Change mineHeader = null;
        for (Change c : mine.changes()) {
            if (c.entry() == null) {
                mineHeader = c;
            } else if (c.kind() != ChangeKind.ADDED) {
                byBase.put(c.entry(), c);
            }
        }
        Set<String> oursCodes = new HashSet<>();
        for (Entry e : ours.entries()) {
            oursCodes.add(e.code());
        }
        List<CatalogDiff.Conflict> conflicts = new ArrayList<>();
        List<Change> rewritten = new ArrayList<>();
        for (Change c : other.changes()) {
            if (c.entry() == null) {
                List<FieldChange> keep = new ArrayList<>();
                for (FieldChange f : c.fields()) {
                    FieldChange m = mineHeader == null ? null : Merging.field(mineHeader, f.path());
                    if (m == null) {
                        keep.add(f);
                    } else if (!Objects.equals(m.newValue(), f.newValue())) {
                        conflicts.add(new CatalogDiff.Conflict(null, f.path(), f.oldValue(), m.newValue(), f.newValue()));
                    }
                }
                if (!keep.isEmpty()) {
                    rewritten.add(new Change(c.kind(), null, null, c.effect(), 1, keep, null, -1));
                }
                continue;
            }
            if (c.kind() == ChangeKind.ADDED) {
                if (oursCodes.contains(c.entry())) {
                    Entry theirsEntry = theirs.entries().get(c.position());
                    boolean same = ours.entries().stream().anyMatch(e -> e.equals(theirsEntry));
                    if (!same) {
                        conflicts.add(new CatalogDiff.Conflict(c.entry(), "", null, null, c.value()));
                    }
                    continue;
                }
                rewritten.add(new Change(ChangeKind.ADDED, c.entry(), null, c.effect(), 1, List.of(), c.value(), c.position()));
                continue;
            }
            Change m = byBase.get(c.entry());
            if (m == null) {
                rewritten.add(new Change(c.kind(), c.entry(), c.newCode(), c.effect(), c.confidence(), c.fields(), c.value(), c.position()));
                continue;
            }
            if (c.kind() == ChangeKind.REMOVED || m.kind() == ChangeKind.REMOVED) {
                if (!(c.kind() == ChangeKind.REMOVED && m.kind() == ChangeKind.REMOVED)) {
                    conflicts.add(new CatalogDiff.Conflict(c.entry(), "", c.value() != null ? c.value() : m.value(),
                            m.kind() == ChangeKind.REMOVED ? null : JsonValue.TRUE, c.kind() == ChangeKind.REMOVED ? null : JsonValue.TRUE));
                }
                continue;
            }
            List<FieldChange> keep = new ArrayList<>();
            for (FieldChange f : c.fields()) {
                FieldChange mf = Merging.field(m, f.path());
                if (mf == null) {
                    keep.add(f);
                } else if (!Objects.equals(mf.newValue(), f.newValue())) {
                    conflicts.add(new CatalogDiff.Conflict(c.entry(), f.path(), f.oldValue(), mf.newValue(), f.newValue()));
                }
            }
            if (!keep.isEmpty()) {
                String code = m.codeAfter();
                String newCode = keep.stream().anyMatch(f -> f.path().equals("/code")) ? c.newCode() : null;
                rewritten.add(new Change(newCode != null ? ChangeKind.RECODED : ChangeKind.MODIFIED, code, newCode,
                        c.effect(), c.confidence(), keep, null, -1));
            }
        }
        // apply their non-conflicting edits to ours: entries keep ours' places, additions go where theirs had them
        try {
            ReferencePatching.Applied applied = ReferencePatching.applyDetailed(new ChangeSet(ours.id(), ours.version(), ours.id(), ours.version(),
                    Merging.placeInOurs(rewritten, ours.entries().size()), List.of()), ours, true);
            return new CatalogDiff.MergeResult(applied.catalog(), conflicts);
        } catch (PatchConflictException e) {
            throw new IllegalStateException("merge produced an inconsistent change set: " + e.getMessage(), e);
        }
    }
}
