package org.gkml.catalog.diff;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.gkml.catalog.io.CatalogFormatException;
import org.gkml.catalog.io.json.CatalogJson;
import org.gkml.catalog.model.Catalog;
import org.gkml.catalog.model.Entry;

/**
 * Applying a change set as it was before it streamed: the base held whole. The oracle of {@link StreamedPatchTest}.
 */
final class ReferencePatching {

    private ReferencePatching() {
    }


    // ---- apply -------------------------------------------------------------------------------------------------

    /** Where each entry of an applied result came from: an index of the base, or -1 for an added entry. */
    record Applied(Catalog catalog, int[] provenance) {
    }

    static Applied applyDetailed(ChangeSet cs, Catalog base, boolean lenientOrder) throws PatchConflictException {
        Catalog header = base;
        List<Entry> ea = base.entries();
        Map<String, Integer> byCode = new HashMap<>(ea.size() * 2);
        for (int i = 0; i < ea.size(); i++) {
            if (ea.get(i).code() != null) {
                byCode.putIfAbsent(ea.get(i).code(), i);
            }
        }
        boolean[] consumed = new boolean[ea.size()];
        Entry[] replaced = new Entry[ea.size()];
        List<Entry> placedEntries = new ArrayList<>();
        List<Integer> placedAt = new ArrayList<>();
        List<Integer> placedFrom = new ArrayList<>();
        for (Change c : cs.changes()) {
            if (c.entry() == null) {
                header = Patching.applyHeader(header, c);
                continue;
            }
            switch (c.kind()) {
                case ADDED: {
                    Entry e = Patching.entry(c.value(), c.entry());
                    placedEntries.add(e);
                    placedAt.add(c.position());
                    placedFrom.add(-1);
                    break;
                }
                case REMOVED: {
                    int i = find(byCode, consumed, c.entry());
                    JsonObject now = CatalogJson.toJsonObject(ea.get(i));
                    if (c.value() != null && !c.value().equals(now)) {
                        throw new PatchConflictException("entry \"" + c.entry() + "\" was to be removed, but it differs from the entry the change set was made from");
                    }
                    consumed[i] = true;
                    break;
                }
                default: {
                    int i = find(byCode, consumed, c.entry());
                    if (replaced[i] != null) {
                        throw new PatchConflictException("entry \"" + c.entry() + "\" is changed twice in the change set");
                    }
                    JsonObject now = CatalogJson.toJsonObject(ea.get(i));
                    JsonObject changed = Patching.applyFields(now, c.fields(), "entry \"" + c.entry() + "\"");
                    Entry e = Patching.entry(changed, c.codeAfter());
                    if (c.position() < 0) {
                        replaced[i] = e; // stays in its base place
                    } else {
                        consumed[i] = true;
                        placedEntries.add(e);
                        placedAt.add(c.position());
                        placedFrom.add(i);
                    }
                }
            }
        }
        int survivors = 0;
        for (boolean x : consumed) {
            survivors += x ? 0 : 1;
        }
        int n = survivors + placedEntries.size();
        Entry[] out = new Entry[n];
        int[] from = new int[n];
        List<int[]> overflow = new ArrayList<>();
        for (int k = 0; k < placedEntries.size(); k++) {
            int p = placedAt.get(k);
            if (p < 0 || p >= n || out[p] != null) {
                if (!lenientOrder) {
                    throw new PatchConflictException("change set position " + p + " does not fit a catalog of " + n + " entries");
                }
                overflow.add(new int[] {k});
                continue;
            }
            out[p] = placedEntries.get(k);
            from[p] = placedFrom.get(k);
        }
        int slot = 0;
        for (int i = 0; i < ea.size(); i++) {
            if (consumed[i]) {
                continue;
            }
            while (out[slot] != null) {
                slot++;
            }
            out[slot] = replaced[i] != null ? replaced[i] : ea.get(i);
            from[slot] = i;
        }
        for (int[] o : overflow) {
            while (out[slot] != null) {
                slot++;
            }
            out[slot] = placedEntries.get(o[0]);
            from[slot] = placedFrom.get(o[0]);
        }
        List<Entry> result = new ArrayList<>(Arrays.asList(out));
        checkNoNewDuplicateCodes(ea, result);
        if (!cs.order().isEmpty()) {
            Map<String, List<Integer>> pos = new HashMap<>();
            for (int k = 0; k < result.size(); k++) {
                pos.computeIfAbsent(CatalogDiff.orderKey(result.get(k).code()), x -> new ArrayList<>()).add(k);
            }
            List<Entry> ordered = new ArrayList<>(result.size());
            int[] from2 = new int[from.length];
            for (String code : cs.order()) {
                List<Integer> l = pos.get(code);
                if (l == null || l.isEmpty()) {
                    throw new PatchConflictException("change set order names entry \"" + code + "\" which the result does not have");
                }
                int k = l.remove(0);
                from2[ordered.size()] = from[k];
                ordered.add(result.get(k));
            }
            result = ordered;
            from = from2;
        }
        return new Applied(header.withEntries(result), from);
    }

    /**
     * An entry code the result holds more often than the base did (an added entry whose code the base already has) is
     * a conflict: the change set was made from another version. Codes the base itself held twice may stay so.
     */
    private static void checkNoNewDuplicateCodes(List<Entry> base, List<Entry> result) throws PatchConflictException {
        Map<String, Integer> before = new HashMap<>();
        for (Entry e : base) {
            if (e.code() != null) {
                before.merge(e.code(), 1, Integer::sum);
            }
        }
        Map<String, Integer> after = new HashMap<>();
        for (Entry e : result) {
            if (e.code() != null && after.merge(e.code(), 1, Integer::sum) > Math.max(1, before.getOrDefault(e.code(), 0))) {
                throw new PatchConflictException("entry \"" + e.code() + "\" would be in the result twice: the change set adds an "
                        + "entry whose code the base already has (it was made from another version)");
            }
        }
    }

    static int find(Map<String, Integer> byCode, boolean[] consumed, String code) throws PatchConflictException {
        Integer i = byCode.get(code);
        if (i == null || consumed[i]) {
            throw new PatchConflictException("entry \"" + code + "\" is not in the base catalog (the change set was made from another version)");
        }
        return i;
    }
}
