package org.gkml.catalog.diff;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.gkml.catalog.io.CatalogFormatException;
import org.gkml.catalog.io.json.CatalogJson;
import org.gkml.catalog.model.Catalog;
import org.gkml.catalog.model.ChineseText;
import org.gkml.catalog.model.Entry;

/**
 * Diff, apply, JSON Patch and three-way merge of catalog versions.
 *
 * <p>Matching is hash-based and near-linear: entries pair by code, then by category path + name (a recoded
 * entry), then the leftovers by similarity of name and content, compared only within shared character-bigram
 * buckets (renamed and recoded entries, with a confidence). Each matched pair's changed elements become field
 * changes labelled {@code lessOpen}, {@code moreOpen} or {@code neutral}. Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class CatalogDiff {

    /** One JSON-P provider: the static {@code Json.create…} methods look the provider up on every call. */
    private static final jakarta.json.spi.JsonProvider JSON = jakarta.json.spi.JsonProvider.provider();


    /** Element keys of an entry, in wire order. */
    static final List<String> KEYS = List.of("code", "category", "name", "content", "basis", "deadline", "duration",
            "subjects", "method", "audience", "channels", "levels", "responsibility", "status", "extensions");
    private static final List<String> HEADER_KEYS = List.of("specVersion", "id", "title", "publisher", "region",
            "version", "issued", "status", "domain", "extensions");
    private static final double SIMILAR = 0.5;
    private static final int BUCKET_CAP = 64;

    private CatalogDiff() {
    }

    // ---- diff --------------------------------------------------------------------------------------------------

    /** The changes from {@code a} to {@code b}. */
    public static ChangeSet diff(Catalog a, Catalog b) {
        List<Entry> ea = a.entries();
        List<Entry> eb = b.entries();
        int[] matchOfB = new int[eb.size()];
        double[] confidence = new double[eb.size()];
        Arrays.fill(matchOfB, -1);
        boolean[] usedA = new boolean[ea.size()];
        // 1. by code
        Map<String, Integer> byCode = new HashMap<>(ea.size() * 2);
        for (int i = 0; i < ea.size(); i++) {
            String c = ea.get(i).code();
            if (c != null) {
                byCode.putIfAbsent(c, i);
            }
        }
        for (int j = 0; j < eb.size(); j++) {
            Integer i = eb.get(j).code() == null ? null : byCode.get(eb.get(j).code());
            if (i != null && !usedA[i]) {
                usedA[i] = true;
                matchOfB[j] = i;
                confidence[j] = 1;
            }
        }
        // 2. by category path + name among the leftovers
        Map<String, Integer> byKey = new HashMap<>();
        for (int i = 0; i < ea.size(); i++) {
            if (!usedA[i]) {
                byKey.putIfAbsent(naturalKey(ea.get(i)), i);
            }
        }
        for (int j = 0; j < eb.size(); j++) {
            if (matchOfB[j] < 0) {
                Integer i = byKey.get(naturalKey(eb.get(j)));
                if (i != null && !usedA[i]) {
                    usedA[i] = true;
                    matchOfB[j] = i;
                    confidence[j] = 1;
                }
            }
        }
        // 3. similarity on the leftovers, bucketed by name bigrams
        similar(ea, eb, usedA, matchOfB, confidence);

        List<Change> changes = new ArrayList<>(headerChanges(a, b));
        for (int j = 0; j < eb.size(); j++) {
            Entry nb = eb.get(j);
            int i = matchOfB[j];
            if (i < 0) {
                changes.add(new Change(ChangeKind.ADDED, nb.code(), null, Effect.MORE_OPEN, 1, List.of(),
                        CatalogJson.toJsonObject(nb), j));
                continue;
            }
            Entry na = ea.get(i);
            if (na.equals(nb)) {
                continue;
            }
            List<FieldChange> fields = fieldChanges(na, nb);
            ChangeKind kind = !Objects.equals(na.code(), nb.code()) ? ChangeKind.RECODED
                    : !na.category().equals(nb.category()) ? ChangeKind.MOVED : ChangeKind.MODIFIED;
            changes.add(new Change(kind, na.code(), kind == ChangeKind.RECODED ? nb.code() : null,
                    Effect.combine(fields.stream().map(FieldChange::effect).toList()), round(confidence[j]), fields, null, j));
        }
        for (int i = 0; i < ea.size(); i++) {
            if (!usedA[i]) {
                changes.add(new Change(ChangeKind.REMOVED, ea.get(i).code(), null, Effect.LESS_OPEN, 1, List.of(),
                        CatalogJson.toJsonObject(ea.get(i)), -1));
            }
        }
        ChangeSet cs = new ChangeSet(a.id(), a.version(), b.id(), b.version(), changes, List.of());
        // the unchanged entries fill the free slots in their old order; if that is not b's order, record it
        if (!orderHolds(a, b, matchOfB, changes)) {
            List<String> order = new ArrayList<>(eb.size());
            for (Entry e : eb) {
                order.add(e.code());
            }
            cs = new ChangeSet(a.id(), a.version(), b.id(), b.version(), changes, order);
        }
        return cs;
    }

    private static double round(double d) {
        return Math.round(d * 100) / 100.0;
    }

    private static boolean orderHolds(Catalog a, Catalog b, int[] matchOfB, List<Change> changes) {
        Set<Integer> positioned = new HashSet<>();
        for (Change c : changes) {
            if (c.position() >= 0) {
                positioned.add(c.position());
            }
        }
        int last = -1;
        for (int j = 0; j < matchOfB.length; j++) {
            if (positioned.contains(j)) {
                continue;
            }
            if (matchOfB[j] <= last) {
                return false;
            }
            last = matchOfB[j];
        }
        return true;
    }

    static String naturalKey(Entry e) {
        StringBuilder b = new StringBuilder();
        for (String c : e.category()) {
            b.append(ChineseText.fold(c)).append('\u0001');
        }
        return b.append('\u0002').append(e.name() == null ? "" : ChineseText.fold(e.name())).toString();
    }

    private static void similar(List<Entry> ea, List<Entry> eb, boolean[] usedA, int[] matchOfB, double[] confidence) {
        Map<String, List<Integer>> buckets = new HashMap<>();
        for (int j = 0; j < eb.size(); j++) {
            if (matchOfB[j] >= 0) {
                continue;
            }
            for (String g : bigrams(eb.get(j).name())) {
                buckets.computeIfAbsent(g, k -> new ArrayList<>()).add(j);
            }
        }
        if (buckets.isEmpty()) {
            return;
        }
        record Pair(int i, int j, double score) {
        }
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < ea.size(); i++) {
            if (usedA[i]) {
                continue;
            }
            Set<Integer> candidates = new LinkedHashSet<>();
            for (String g : bigrams(ea.get(i).name())) {
                List<Integer> bucket = buckets.get(g);
                if (bucket != null && bucket.size() <= BUCKET_CAP) {
                    candidates.addAll(bucket);
                }
            }
            for (int j : candidates) {
                double s = similarity(ea.get(i), eb.get(j));
                if (s >= SIMILAR) {
                    pairs.add(new Pair(i, j, s));
                }
            }
        }
        pairs.sort(Comparator.comparingDouble(Pair::score).reversed().thenComparingInt(Pair::i).thenComparingInt(Pair::j));
        for (Pair p : pairs) {
            if (!usedA[p.i()] && matchOfB[p.j()] < 0) {
                usedA[p.i()] = true;
                matchOfB[p.j()] = p.i();
                confidence[p.j()] = Math.min(1, p.score());
            }
        }
    }

    static Set<String> bigrams(String s) {
        Set<String> out = new HashSet<>();
        if (s == null) {
            return out;
        }
        String f = ChineseText.fold(s);
        if (f.length() == 1) {
            out.add(f);
        }
        for (int k = 0; k + 1 < f.length(); k++) {
            out.add(f.substring(k, k + 2));
        }
        return out;
    }

    private static double jaccard(Set<String> x, Set<String> y) {
        if (x.isEmpty() && y.isEmpty()) {
            return 1;
        }
        int inter = 0;
        for (String s : x) {
            if (y.contains(s)) {
                inter++;
            }
        }
        return (double) inter / (x.size() + y.size() - inter);
    }

    /** Name similarity weighs most; content, category and deadline confirm. */
    static double similarity(Entry a, Entry b) {
        double name = jaccard(bigrams(a.name()), bigrams(b.name()));
        double content = jaccard(bigrams(a.content() == null ? null : a.content().summary()),
                bigrams(b.content() == null ? null : b.content().summary()));
        double s = 0.55 * name + 0.3 * content;
        if (a.category().equals(b.category())) {
            s += 0.1;
        }
        if (Objects.equals(a.deadline(), b.deadline())) {
            s += 0.05;
        }
        return s;
    }

    private static List<FieldChange> fieldChanges(Entry a, Entry b) {
        JsonObject ja = CatalogJson.toJsonObject(a);
        JsonObject jb = CatalogJson.toJsonObject(b);
        List<FieldChange> out = new ArrayList<>();
        for (String k : KEYS) {
            JsonValue x = ja.get(k);
            JsonValue y = jb.get(k);
            if (!Objects.equals(x, y)) {
                out.add(new FieldChange("/" + k, x, y, Openness.of(k, a, b)));
            }
        }
        return out;
    }

    private static List<Change> headerChanges(Catalog a, Catalog b) {
        JsonObject ja = CatalogJson.headerToJsonObject(a);
        JsonObject jb = CatalogJson.headerToJsonObject(b);
        List<FieldChange> fields = new ArrayList<>();
        for (String k : HEADER_KEYS) {
            if (!Objects.equals(ja.get(k), jb.get(k))) {
                fields.add(new FieldChange("/" + k, ja.get(k), jb.get(k), Effect.NEUTRAL));
            }
        }
        if (fields.isEmpty()) {
            return List.of();
        }
        return List.of(new Change(ChangeKind.MODIFIED, null, null, Effect.NEUTRAL, 1, fields, null, -1));
    }

    // ---- apply -------------------------------------------------------------------------------------------------

    /** Where each entry of an applied result came from: an index of the base, or -1 for an added entry. */
    record Applied(Catalog catalog, int[] provenance) {
    }

    /**
     * Applies a change set to the catalog it was made from.
     *
     * @throws PatchConflictException naming the entry and field when the base does not match
     */
    public static Catalog apply(ChangeSet cs, Catalog base) throws PatchConflictException {
        return applyDetailed(cs, base, false).catalog();
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
        if (!cs.order().isEmpty()) {
            Map<String, List<Integer>> pos = new HashMap<>();
            for (int k = 0; k < result.size(); k++) {
                pos.computeIfAbsent(result.get(k).code(), x -> new ArrayList<>()).add(k);
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

    private static int find(Map<String, Integer> byCode, boolean[] consumed, String code) throws PatchConflictException {
        Integer i = byCode.get(code);
        if (i == null || consumed[i]) {
            throw new PatchConflictException("entry \"" + code + "\" is not in the base catalog (the change set was made from another version)");
        }
        return i;
    }

    private static Entry entry(JsonObject o, String code) throws PatchConflictException {
        try {
            return CatalogJson.entryFromJson(o, "/entries/" + code);
        } catch (CatalogFormatException e) {
            throw new PatchConflictException("entry \"" + code + "\" in the change set is malformed: " + e.getMessage());
        }
    }

    private static JsonObject applyFields(JsonObject now, List<FieldChange> fields, String what) throws PatchConflictException {
        JsonObject changed = replaceChecked(now, fields, what);
        // keep the wire order of keys so that canonical JSON stays canonical
        JsonObjectBuilder ordered = JSON.createObjectBuilder();
        for (String k : KEYS) {
            if (changed.containsKey(k)) {
                ordered.add(k, changed.get(k));
            }
        }
        return ordered.build();
    }

    /** The object with each field's new value, after checking that it holds the field's old value. */
    private static JsonObject replaceChecked(JsonObject now, List<FieldChange> fields, String what) throws PatchConflictException {
        JsonObjectBuilder b = JSON.createObjectBuilder(now);
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

    private static Catalog applyHeader(Catalog header, Change c) throws PatchConflictException {
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

    // ---- JSON Patch --------------------------------------------------------------------------------------------

    /** The RFC 6902 JSON Patch that turns {@code a}'s canonical JSON into {@code b}'s. */
    public static JsonArray jsonPatch(Catalog a, Catalog b) {
        return jsonPatch(diff(a, b), a);
    }

    /** The RFC 6902 JSON Patch of a change set against the canonical JSON of its base. */
    public static JsonArray jsonPatch(ChangeSet cs, Catalog a) {
        Applied applied;
        try {
            applied = applyDetailed(cs, a, false);
        } catch (PatchConflictException e) {
            throw new IllegalArgumentException("the change set does not apply to this catalog: " + e.getMessage(), e);
        }
        JsonArrayBuilder ops = JSON.createArrayBuilder();
        for (Change c : cs.changes()) {
            if (c.entry() == null) {
                for (FieldChange f : c.fields()) {
                    ops.add(op(f.oldValue(), f.newValue(), f.path()));
                }
            }
        }
        List<Entry> result = applied.catalog().entries();
        int[] from = applied.provenance();
        boolean monotonic = true;
        int last = -1;
        for (int f : from) {
            if (f >= 0) {
                monotonic &= f > last;
                last = f;
            }
        }
        // removals first, from the highest index down, so that lower indexes stay valid
        boolean[] kept = new boolean[a.entries().size()];
        for (int f : from) {
            if (f >= 0) {
                kept[f] = true;
            }
        }
        for (int i = kept.length - 1; i >= 0; i--) {
            if (!kept[i]) {
                ops.add(JSON.createObjectBuilder().add("op", "remove").add("path", "/entries/" + i));
            }
        }
        if (monotonic) {
            // survivors keep their relative order: additions in ascending new index, then field edits
            for (int j = 0; j < result.size(); j++) {
                if (from[j] < 0) {
                    ops.add(JSON.createObjectBuilder().add("op", "add").add("path", "/entries/" + j)
                            .add("value", CatalogJson.toJsonObject(result.get(j))));
                }
            }
            for (int j = 0; j < result.size(); j++) {
                if (from[j] >= 0) {
                    fieldOps(ops, a.entries().get(from[j]), result.get(j), j);
                }
            }
        } else {
            // reordered: simulate with moves
            List<Integer> current = new ArrayList<>();
            for (int i = 0; i < kept.length; i++) {
                if (kept[i]) {
                    current.add(i);
                }
            }
            for (int j = 0; j < result.size(); j++) {
                if (from[j] < 0) {
                    ops.add(JSON.createObjectBuilder().add("op", "add").add("path", "/entries/" + j)
                            .add("value", CatalogJson.toJsonObject(result.get(j))));
                    current.add(j, -1 - j);
                    continue;
                }
                int k = current.indexOf(from[j]);
                if (k != j) {
                    ops.add(JSON.createObjectBuilder().add("op", "move").add("from", "/entries/" + k).add("path", "/entries/" + j));
                    current.remove(k);
                    current.add(j, from[j]);
                }
                fieldOps(ops, a.entries().get(from[j]), result.get(j), j);
            }
        }
        return ops.build();
    }

    private static void fieldOps(JsonArrayBuilder ops, Entry before, Entry after, int j) {
        if (before.equals(after)) {
            return;
        }
        JsonObject x = CatalogJson.toJsonObject(before);
        JsonObject y = CatalogJson.toJsonObject(after);
        for (String k : KEYS) {
            if (!Objects.equals(x.get(k), y.get(k))) {
                ops.add(op(x.get(k), y.get(k), "/entries/" + j + "/" + k));
            }
        }
    }

    private static JsonObjectBuilder op(JsonValue old, JsonValue now, String path) {
        if (old == null) {
            return JSON.createObjectBuilder().add("op", "add").add("path", path).add("value", now);
        }
        if (now == null) {
            return JSON.createObjectBuilder().add("op", "remove").add("path", path);
        }
        return JSON.createObjectBuilder().add("op", "replace").add("path", path).add("value", now);
    }

    // ---- merge -------------------------------------------------------------------------------------------------

    /** A field (or entry) both sides changed differently. */
    public record Conflict(String entry, String path, JsonValue base, JsonValue ours, JsonValue theirs) {
    }

    /** The merged catalog (ours where sides conflict) and the conflicts. */
    public record MergeResult(Catalog merged, List<Conflict> conflicts) {
        public MergeResult {
            conflicts = List.copyOf(conflicts);
        }
    }

    /**
     * Three-way merge: edits made on only one side are both kept; a field both sides changed differently is a
     * conflict (ours is kept in the merged catalog).
     */
    public static MergeResult merge(Catalog base, Catalog ours, Catalog theirs) {
        ChangeSet mine = diff(base, ours);
        ChangeSet other = diff(base, theirs);
        if (other.isEmpty()) {
            return new MergeResult(ours, List.of());
        }
        if (mine.isEmpty()) {
            return new MergeResult(theirs, List.of());
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
        List<Conflict> conflicts = new ArrayList<>();
        List<Change> rewritten = new ArrayList<>();
        for (Change c : other.changes()) {
            if (c.entry() == null) {
                List<FieldChange> keep = new ArrayList<>();
                for (FieldChange f : c.fields()) {
                    FieldChange m = mineHeader == null ? null : field(mineHeader, f.path());
                    if (m == null) {
                        keep.add(f);
                    } else if (!Objects.equals(m.newValue(), f.newValue())) {
                        conflicts.add(new Conflict(null, f.path(), f.oldValue(), m.newValue(), f.newValue()));
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
                        conflicts.add(new Conflict(c.entry(), "", null, null, c.value()));
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
                    conflicts.add(new Conflict(c.entry(), "", c.value() != null ? c.value() : m.value(),
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
                    conflicts.add(new Conflict(c.entry(), f.path(), f.oldValue(), mf.newValue(), f.newValue()));
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
            Applied applied = applyDetailed(new ChangeSet(ours.id(), ours.version(), ours.id(), ours.version(),
                    placeInOurs(rewritten, ours), List.of()), ours, true);
            return new MergeResult(applied.catalog(), conflicts);
        } catch (PatchConflictException e) {
            throw new IllegalStateException("merge produced an inconsistent change set: " + e.getMessage(), e);
        }
    }

    private static List<Change> placeInOurs(List<Change> changes, Catalog ours) {
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

    private static FieldChange field(Change c, String path) {
        for (FieldChange f : c.fields()) {
            if (f.path().equals(path)) {
                return f;
            }
        }
        return null;
    }
}
