package org.gkml.catalog.diff;

import jakarta.json.JsonValue;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.gkml.catalog.io.CatalogReader;
import org.gkml.catalog.model.Catalog;
import org.gkml.catalog.model.Entry;

/**
 * The three-way merge: both sides diffed against the base (bounded, {@link BoundedDiff}), their changes reconciled,
 * and the other side's changes placed into ours and applied as ours streams past ({@link Patching}). Stateless.
 */
final class Merging {

    private Merging() {
    }

    static List<CatalogDiff.Conflict> merge(CatalogSource base, CatalogSource ours, CatalogSource theirs, Patching.Sink out) throws IOException {
        OldVersion original = OldVersion.read(base, new EntryDigest()); // the base's codes and digests, read once for both diffs
        ChangeSet mine = BoundedDiff.diff(original, base, ours);
        ChangeSet other = BoundedDiff.diff(original, base, theirs);
        if (other.isEmpty()) {
            copy(ours, out);
            return List.of();
        }
        if (mine.isEmpty()) {
            copy(theirs, out);
            return List.of();
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
        // ours read for its size and for its entries with the codes of their additions
        Map<String, List<Entry>> oursWithAddedCodes = new HashMap<>();
        for (Change c : other.changes()) {
            if (c.kind() == ChangeKind.ADDED && c.entry() != null) {
                oursWithAddedCodes.put(c.entry(), new ArrayList<>());
            }
        }
        int oursSize = 0;
        try (CatalogReader r = ours.open()) {
            r.header();
            for (Entry e; (e = r.next()) != null; oursSize++) {
                List<Entry> same = e.code() == null ? null : oursWithAddedCodes.get(e.code());
                if (same != null) {
                    same.add(e);
                }
            }
        }
        List<CatalogDiff.Conflict> conflicts = new ArrayList<>();
        List<Change> rewritten = new ArrayList<>();
        for (Change c : other.changes()) {
            if (c.entry() == null) {
                List<FieldChange> keep = new ArrayList<>();
                for (FieldChange f : c.fields()) {
                    FieldChange m = mineHeader == null ? null : field(mineHeader, f.path());
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
                List<Entry> oursWithCode = c.entry() == null ? List.of() : oursWithAddedCodes.get(c.entry());
                if (!oursWithCode.isEmpty()) {
                    Entry theirsEntry = entryOf(c);
                    if (!oursWithCode.contains(theirsEntry)) {
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
                FieldChange mf = field(m, f.path());
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
            Patching.apply(new ChangeSet(null, null, null, null, placeInOurs(rewritten, oursSize), List.of()), ours, true, out);
            return conflicts;
        } catch (PatchConflictException e) {
            throw new IllegalStateException("merge produced an inconsistent change set: " + e.getMessage(), e);
        }
    }

    /** The entry a change adds, as the change set holds it. */
    private static Entry entryOf(Change c) throws IOException {
        try {
            return Patching.entry(c.value(), c.entry());
        } catch (PatchConflictException e) {
            throw new IllegalStateException("a diff produced a malformed entry: " + e.getMessage(), e);
        }
    }

    /** One side taken as it is: read once for its complete header (members may follow the entries), then copied. */
    private static void copy(CatalogSource side, Patching.Sink out) throws IOException {
        Catalog header;
        try (CatalogReader r = side.open()) {
            r.header();
            while (r.next() != null) {
                continue;
            }
            header = r.trailer();
        }
        out.begin(header);
        try (CatalogReader r = side.open()) {
            r.header();
            int i = 0;
            for (Entry e; (e = r.next()) != null; i++) {
                out.entry(e, i);
            }
        }
    }

    static List<Change> placeInOurs(List<Change> changes, int oursSize) {
        int removed = (int) changes.stream().filter(c -> c.kind() == ChangeKind.REMOVED).count();
        int size = oursSize - removed + (int) changes.stream().filter(c -> c.kind() == ChangeKind.ADDED).count();
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
