package org.gkml.catalog.diff;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.gkml.catalog.io.CatalogFormatException;
import org.gkml.catalog.io.CatalogReader;
import org.gkml.catalog.io.CatalogWriter;
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

    /** Receives the entries of an applied result in order, with the base index each came from (-1 if added). */
    interface Sink {
        void begin(Catalog header) throws IOException;

        void entry(Entry e, int from) throws IOException;

        /** An entry of the result that a change made: added, modified, or placed elsewhere (by default as any entry). */
        default void changed(Entry e, int from) throws IOException {
            entry(e, from);
        }

        /** A base entry a change names, as read before the changes apply (for a sink that compares). */
        default void named(int index, Entry before) {
        }

        /** How many entries the base has (told before the result's entries). */
        default void baseSize(int n) {
        }
    }

    /** A sink that writes the result with a catalog writer (begun here, ended by the caller). */
    static Sink to(CatalogWriter w) {
        return new Sink() {
            @Override
            public void begin(Catalog header) throws IOException {
                w.begin(header);
            }

            @Override
            public void entry(Entry e, int from) throws IOException {
                w.write(e);
            }
        };
    }

    /** A sink that collects the result in memory, with where each entry came from. */
    static final class Collected implements Sink {
        private Catalog header;
        private final List<Entry> entries = new ArrayList<>();
        private int[] from = new int[16];

        @Override
        public void begin(Catalog h) {
            header = h;
        }

        @Override
        public void entry(Entry e, int i) {
            if (entries.size() == from.length) {
                from = Arrays.copyOf(from, entries.size() * 2);
            }
            from[entries.size()] = i;
            entries.add(e);
        }

        Applied applied() {
            return new Applied(header.withEntries(entries), Arrays.copyOf(from, entries.size()));
        }
    }

    /** The change set applied to a catalog in memory. */
    static Applied applyDetailed(ChangeSet cs, Catalog base, boolean lenientOrder) throws PatchConflictException {
        try {
            return ordered(cs, collected(cs, CatalogSource.of(base), lenientOrder));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a catalog in memory is never read from anywhere
        }
    }

    /**
     * Applies a change set, streaming the base: the base is read for its codes, again for the entries the changes
     * name, and a third time as the result is written, so memory holds the codes and the changed entries only. A
     * change set that reorders the unchanged entries ({@link ChangeSet#order()}) has its result written to a temporary
     * file first, then read back in the order's sequence ({@link Reordered}): memory holds an offset and a code for
     * each entry.
     */
    static void apply(ChangeSet cs, CatalogSource source, boolean lenientOrder, Sink sink) throws PatchConflictException, IOException {
        if (cs.order().isEmpty()) {
            place(cs, source, lenientOrder, sink);
            return;
        }
        if (!(source instanceof CatalogSource.InMemory)) {
            try (Reordered spill = new Reordered()) {
                place(cs, source, lenientOrder, spill);
                spill.replay(cs.order(), sink);
            }
            return;
        }
        Applied a = ordered(cs, collected(cs, source, lenientOrder));
        sink.begin(a.catalog());
        for (int k = 0; k < a.provenance().length; k++) {
            sink.entry(a.catalog().entries().get(k), a.provenance()[k]);
        }
    }

    /**
     * The changes of a change set without an order of its own applied strictly, the result handed to the sink in its
     * places (see {@link #place}): the base read for its codes, its named entries and the result.
     */
    static void placed(ChangeSet cs, CatalogSource source, Sink sink) throws PatchConflictException, IOException {
        if (!cs.order().isEmpty()) {
            throw new IllegalArgumentException("the change set reorders the entries: apply it in memory");
        }
        place(cs, source, false, sink);
    }

    /** The result before any change of order, collected in memory. */
    private static Applied collected(ChangeSet cs, CatalogSource source, boolean lenientOrder) throws PatchConflictException, IOException {
        Collected out = new Collected();
        place(cs, source, lenientOrder, out);
        return out.applied();
    }

    /** The changes applied and the result handed to the sink in the places they give, the change set's order aside. */
    private static void place(ChangeSet cs, CatalogSource source, boolean lenientOrder, Sink sink)
            throws PatchConflictException, IOException {
        OldVersion base = OldVersion.codes(source);
        int size = base.size;
        // 1. which base entry each change names (the first with its code not yet taken), before any is read
        byte[] taken = new byte[size]; // 1 consumed (removed or placed elsewhere), 2 replaced in its place
        int[] target = new int[cs.changes().size()];
        boolean[] wanted = new boolean[size];
        PatchConflictException structural = null;
        int upTo = cs.changes().size();
        for (int k = 0; k < cs.changes().size(); k++) {
            Change c = cs.changes().get(k);
            target[k] = -1;
            if (c.entry() == null || c.kind() == ChangeKind.ADDED) {
                continue;
            }
            int i = base.indexOf(c.entry());
            if (i < 0 || taken[i] == 1) {
                structural = new PatchConflictException("entry \"" + c.entry() + "\" is not in the base catalog (the change set was made from another version)",
                        "事项 \"" + c.entry() + "\" 不在基础目录中（变更集是由另一个版本生成的）");
            } else if (taken[i] == 2 && c.kind() != ChangeKind.REMOVED) {
                structural = new PatchConflictException("entry \"" + c.entry() + "\" is changed twice in the change set",
                        "事项 \"" + c.entry() + "\" 在变更集中被修改了两次");
            }
            if (structural != null) {
                upTo = k;
                break;
            }
            taken[i] = c.kind() == ChangeKind.REMOVED || c.position() >= 0 ? (byte) 1 : 2;
            target[k] = i;
            wanted[i] = true;
        }
        // 2. the named entries read, each change checked against them in order
        List<Entry> ea = base.load(source, wanted);
        for (int i = 0; i < size; i++) {
            if (wanted[i]) {
                sink.named(i, ea.get(i));
            }
        }
        Catalog header = base.header;
        Map<Integer, Entry> replaced = new HashMap<>();
        List<Entry> placedEntries = new ArrayList<>();
        List<Integer> placedAt = new ArrayList<>();
        List<Integer> placedFrom = new ArrayList<>();
        for (int k = 0; k < upTo; k++) {
            Change c = cs.changes().get(k);
            int i = target[k];
            if (c.entry() == null) {
                header = applyHeader(header, c);
            } else if (c.kind() == ChangeKind.ADDED) {
                placedEntries.add(entry(c.value(), c.entry()));
                placedAt.add(c.position());
                placedFrom.add(-1);
            } else if (c.kind() == ChangeKind.REMOVED) {
                if (c.value() != null && !c.value().equals(CatalogJson.toJsonObject(ea.get(i)))) {
                    throw new PatchConflictException("entry \"" + c.entry() + "\" was to be removed, but it differs from the entry the change set was made from",
                            "事项 \"" + c.entry() + "\" 应被删除，但它与生成变更集时的事项不同");
                }
            } else {
                Entry e = entry(applyFields(CatalogJson.toJsonObject(ea.get(i)), c.fields(), "entry \"" + c.entry() + "\""), c.codeAfter());
                if (c.position() < 0) {
                    replaced.put(i, e); // stays in its base place
                } else {
                    placedEntries.add(e);
                    placedAt.add(c.position());
                    placedFrom.add(i);
                }
            }
        }
        if (structural != null) {
            throw structural;
        }
        // 3. where the placed entries go; the others fill the free places in their base order
        int survivors = 0;
        for (byte t : taken) {
            survivors += t == 1 ? 0 : 1;
        }
        int n = survivors + placedEntries.size();
        Map<Integer, Integer> placedInSlot = new HashMap<>();
        List<Integer> overflow = new ArrayList<>();
        for (int k = 0; k < placedEntries.size(); k++) {
            int p = placedAt.get(k);
            if (p < 0 || p >= n || placedInSlot.containsKey(p)) {
                if (!lenientOrder) {
                    throw new PatchConflictException("change set position " + p + " does not fit a catalog of " + n + " entries",
                            "变更集中的位置 " + p + " 超出了 " + n + " 个事项的目录");
                }
                overflow.add(k);
                continue;
            }
            placedInSlot.put(p, k);
        }
        checkNoNewDuplicateCodes(base, taken, replaced, placedEntries, placedInSlot, overflow, n);
        // 4. the result, the base read a last time
        sink.baseSize(size);
        sink.begin(header);
        int slot = 0;
        try (CatalogReader r = source.open()) {
            r.header();
            int i = 0;
            for (Entry e; (e = r.next()) != null; i++) {
                if (i >= size || !Objects.equals(e.code(), base.code(i))) {
                    throw new SourceChangedException();
                }
                if (taken[i] == 1) {
                    continue;
                }
                for (Integer k; (k = placedInSlot.get(slot)) != null; slot++) {
                    sink.changed(placedEntries.get(k), placedFrom.get(k));
                }
                Entry now = replaced.get(i);
                if (now != null) {
                    sink.changed(now, i);
                } else {
                    sink.entry(e, i);
                }
                slot++;
            }
            if (i != size) {
                throw new SourceChangedException();
            }
        }
        // the places after the last base entry: placed entries where they were placed, the overflow (lenient) in the
        // free ones, in order
        java.util.Iterator<Integer> spill = overflow.iterator();
        for (; slot < n; slot++) {
            Integer k = placedInSlot.get(slot);
            int at = k != null ? k : spill.next();
            sink.changed(placedEntries.get(at), placedFrom.get(at));
        }
    }

    /** The result in the change set's order of codes, when it has one (the unchanged entries were reordered). */
    private static Applied ordered(ChangeSet cs, Applied applied) throws PatchConflictException {
        if (cs.order().isEmpty()) {
            return applied;
        }
        List<Entry> result = applied.catalog().entries();
        int[] from = applied.provenance();
        Map<String, List<Integer>> pos = new HashMap<>();
        for (int k = 0; k < result.size(); k++) {
            pos.computeIfAbsent(CatalogDiff.orderKey(result.get(k).code()), x -> new ArrayList<>()).add(k);
        }
        List<Entry> ordered = new ArrayList<>(result.size());
        int[] from2 = new int[from.length];
        for (String code : cs.order()) {
            List<Integer> l = pos.get(code);
            if (l == null || l.isEmpty()) {
                throw new PatchConflictException("change set order names entry \"" + code + "\" which the result does not have",
                        "变更集的顺序列出了事项 \"" + code + "\"，但结果中没有它");
            }
            int k = l.remove(0);
            from2[ordered.size()] = from[k];
            ordered.add(result.get(k));
        }
        return new Applied(applied.catalog().withEntries(ordered), from2);
    }

    /**
     * An entry code the result holds more often than the base did (an added entry whose code the base already has) is
     * a conflict: the change set was made from another version. Codes the base itself held twice may stay so. Only
     * the codes the changes bring can grow; the result is walked in order for them, by codes alone.
     */
    private static void checkNoNewDuplicateCodes(OldVersion base, byte[] taken, Map<Integer, Entry> replaced, List<Entry> placed,
            Map<Integer, Integer> placedInSlot, List<Integer> overflow, int n) throws PatchConflictException {
        Map<String, int[]> counts = new HashMap<>(); // code → {before, after}
        for (Entry e : replaced.values()) {
            if (e.code() != null) {
                counts.put(e.code(), new int[2]);
            }
        }
        for (Entry e : placed) {
            if (e.code() != null) {
                counts.put(e.code(), new int[2]);
            }
        }
        if (counts.isEmpty()) {
            return;
        }
        for (int i = 0; i < base.size; i++) {
            int[] c = base.code(i) == null ? null : counts.get(base.code(i));
            if (c != null) {
                c[0]++;
            }
        }
        // the result's order, by codes alone: placed entries at their places, the base entries in the free ones, then
        // the overflow (lenient) in what is left
        int survivors = 0;
        for (byte t : taken) {
            survivors += t == 1 ? 0 : 1;
        }
        java.util.Iterator<Integer> spill = overflow.iterator();
        int i = 0;
        for (int slot = 0; slot < n; slot++) {
            String code;
            Integer k = placedInSlot.get(slot);
            if (k == null && survivors == 0) {
                k = spill.next();
            }
            if (k != null) {
                code = placed.get(k).code();
            } else {
                while (taken[i] == 1) {
                    i++;
                }
                Entry now = replaced.get(i);
                code = now != null ? now.code() : base.code(i);
                i++;
                survivors--;
            }
            int[] c = code == null ? null : counts.get(code);
            if (c != null && ++c[1] > Math.max(1, c[0])) {
                throw new PatchConflictException("entry \"" + code + "\" would be in the result twice: the change set adds an "
                        + "entry whose code the base already has (it was made from another version)",
                        "事项 \"" + code + "\" 会在结果中出现两次：变更集添加的事项，其编码基础目录中已有（变更集是由另一个版本生成的）");
            }
        }
    }

    static Entry entry(JsonObject o, String code) throws PatchConflictException {
        try {
            return CatalogJson.entryFromJson(o, "/entries/" + code);
        } catch (CatalogFormatException e) {
            throw new PatchConflictException("entry \"" + code + "\" in the change set is malformed: " + e.getMessage(),
                    "变更集中的事项 \"" + code + "\" 格式有误：" + e.getMessage());
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
                        + " in the base, but the change set expects " + show(f.oldValue()),
                        (what.equals("catalog") ? "目录" : "事项 " + what.substring("entry ".length())) + "：字段 " + f.path()
                        + " 在基础目录中为 " + shown(current) + "，而变更集期望为 " + shown(f.oldValue()));
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
            throw new PatchConflictException("catalog fields in the change set are malformed: " + e.getMessage(),
                    "变更集中的目录字段格式有误：" + e.getMessage());
        }
    }

    /** A value as the Chinese message shows it. */
    static String shown(JsonValue v) {
        return v == null ? "（无）" : show(v);
    }

    static String show(JsonValue v) {
        if (v == null) {
            return "absent";
        }
        String s = v.toString();
        return s.length() > 80 ? s.substring(0, 80) + "…" : s;
    }
}
