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
 * Applying a change set to the catalog it was made from, checking that each changed field still holds its old value. Stateless.
 */
final class Patching {

    private Patching() {
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
                header = applyHeader(header, c);
                continue;
            }
            switch (c.kind()) {
                case ADDED: {
                    Entry e = entry(c.value(), c.entry());
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
                    JsonObject changed = applyFields(now, c.fields(), "entry \"" + c.entry() + "\"");
                    Entry e = entry(changed, c.codeAfter());
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

    static Entry entry(JsonObject o, String code) throws PatchConflictException {
        try {
            return CatalogJson.entryFromJson(o, "/entries/" + code);
        } catch (CatalogFormatException e) {
            throw new PatchConflictException("entry \"" + code + "\" in the change set is malformed: " + e.getMessage());
        }
    }

    static JsonObject applyFields(JsonObject now, List<FieldChange> fields, String what) throws PatchConflictException {
        JsonObject changed = replaceChecked(now, fields, what);
        // keep the wire order of keys so that canonical JSON stays canonical
        JsonObjectBuilder ordered = CatalogDiff.JSON.createObjectBuilder();
        for (String k : CatalogDiff.KEYS) {
            if (changed.containsKey(k)) {
                ordered.add(k, changed.get(k));
            }
        }
        return ordered.build();
    }

    /** The object with each field's new value, after checking that it holds the field's old value. */
    static JsonObject replaceChecked(JsonObject now, List<FieldChange> fields, String what) throws PatchConflictException {
        JsonObjectBuilder b = CatalogDiff.JSON.createObjectBuilder(now);
        for (FieldChange f : fields) {
            String key = f.path().substring(1);
            JsonValue current = now.get(key);
            if (!Objects.equals(current, f.oldValue())) {
                throw new PatchConflictException(what + ": field " + f.path() + " is " + show(current)
                        + " in the base, but the change set expects " + show(f.oldValue()));
            }
            if (f.newValue() == null) {
                b.remove(key);
            } else {
                b.add(key, f.newValue());
            }
        }
        return b.build();
    }

    static Catalog applyHeader(Catalog header, Change c) throws PatchConflictException {
        JsonObject changed = replaceChecked(CatalogJson.headerToJsonObject(header), c.fields(), "catalog");
        try {
            return CatalogJson.headerFromJson(changed).withEntries(header.entries());
        } catch (CatalogFormatException e) {
            throw new PatchConflictException("catalog fields in the change set are malformed: " + e.getMessage());
        }
    }

    static String show(JsonValue v) {
        if (v == null) {
            return "absent";
        }
        String s = v.toString();
        return s.length() > 80 ? s.substring(0, 80) + "…" : s;
    }
}
