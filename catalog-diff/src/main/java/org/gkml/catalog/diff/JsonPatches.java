package org.gkml.catalog.diff;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntFunction;
import org.gkml.catalog.io.json.CatalogJson;
import org.gkml.catalog.model.Catalog;
import org.gkml.catalog.model.Entry;

/**
 * RFC 6902 JSON Patch operations of a change set against the canonical JSON of its base. Stateless.
 */
final class JsonPatches {

    private JsonPatches() {
    }


    /**
     * The operations of a change set whose result entry {@code j} came from base entry {@code from[j]} (-1: added):
     * the catalog's own fields, removals from the highest index down (so that lower indexes stay valid), then either
     * additions in ascending new index and field edits (the survivors kept their order) or additions and moves in
     * order (they did not). {@code result} gives the result entries a change made (null for one taken as it was);
     * {@code base} the base entries changes name.
     */
    static JsonArray ops(ChangeSet cs, int baseSize, int[] from, IntFunction<Entry> result, IntFunction<Entry> base) {
        JsonArrayBuilder ops = CatalogDiff.JSON.createArrayBuilder();
        for (Change c : cs.changes()) {
            if (c.entry() == null) {
                for (FieldChange f : c.fields()) {
                    ops.add(op(f.oldValue(), f.newValue(), f.path()));
                }
            }
        }
        boolean monotonic = true;
        int last = -1;
        for (int f : from) {
            if (f >= 0) {
                monotonic &= f > last;
                last = f;
            }
        }
        boolean[] kept = new boolean[baseSize];
        for (int f : from) {
            if (f >= 0) {
                kept[f] = true;
            }
        }
        for (int i = kept.length - 1; i >= 0; i--) {
            if (!kept[i]) {
                ops.add(CatalogDiff.JSON.createObjectBuilder().add("op", "remove").add("path", "/entries/" + i));
            }
        }
        if (monotonic) {
            for (int j = 0; j < from.length; j++) {
                if (from[j] < 0) {
                    ops.add(CatalogDiff.JSON.createObjectBuilder().add("op", "add").add("path", "/entries/" + j)
                            .add("value", CatalogJson.toJsonObject(result.apply(j))));
                }
            }
            for (int j = 0; j < from.length; j++) {
                if (from[j] >= 0) {
                    fieldOps(ops, base, from[j], result.apply(j), j);
                }
            }
        } else {
            // reordered: the survivors of the longest run that kept its base order stay where they are; each of the
            // others is moved once to its place (or, when it stands in a staying entry's way, first to the end)
            boolean[] moving = new boolean[baseSize];
            boolean[] stays = stayers(from);
            for (int j = 0; j < from.length; j++) {
                if (from[j] >= 0 && !stays[j]) {
                    moving[from[j]] = true;
                }
            }
            List<Integer> current = new ArrayList<>(); // what the array holds: base indexes, -1 - j for an addition
            for (int i = 0; i < kept.length; i++) {
                if (kept[i]) {
                    current.add(i);
                }
            }
            for (int j = 0; j < from.length; j++) {
                if (from[j] < 0) {
                    ops.add(CatalogDiff.JSON.createObjectBuilder().add("op", "add").add("path", "/entries/" + j)
                            .add("value", CatalogJson.toJsonObject(result.apply(j))));
                    current.add(j, -1 - j);
                    continue;
                }
                if (stays[j]) {
                    while (current.get(j) != from[j]) { // a moving entry in the way: to the end, to be brought back
                        int x = current.remove(j);
                        // "-": the end of the array (a numeric index could begin with the "from" index's digits,
                        // which some JSON Patch libraries take for a path inside the moved value)
                        ops.add(CatalogDiff.JSON.createObjectBuilder().add("op", "move").add("from", "/entries/" + j)
                                .add("path", "/entries/-"));
                        current.add(x);
                    }
                } else {
                    int k = current.indexOf(from[j]);
                    if (k != j) {
                        ops.add(move(k, j));
                        current.remove(k);
                        current.add(j, from[j]);
                    }
                }
                fieldOps(ops, base, from[j], result.apply(j), j);
            }
        }
        return ops.build();
    }

    /** A move to a place before the entry's own (its index has at least as many digits as the new one). */
    private static JsonObjectBuilder move(int from, int to) {
        return CatalogDiff.JSON.createObjectBuilder().add("op", "move").add("from", "/entries/" + from).add("path", "/entries/" + to);
    }

    /**
     * Which result positions hold a survivor of the longest run of survivors in ascending base order (patience
     * sorting, n log n): they need not move.
     */
    static boolean[] stayers(int[] from) {
        int n = from.length;
        int[] tailAt = new int[n]; // result position ending the best run of each length
        int[] previous = new int[n];
        int length = 0;
        for (int j = 0; j < n; j++) {
            if (from[j] < 0) {
                continue;
            }
            int lo = 0;
            int hi = length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (from[tailAt[mid]] < from[j]) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            previous[j] = lo > 0 ? tailAt[lo - 1] : -1;
            tailAt[lo] = j;
            length = Math.max(length, lo + 1);
        }
        boolean[] stays = new boolean[n];
        for (int j = length > 0 ? tailAt[length - 1] : -1; j >= 0; j = previous[j]) {
            stays[j] = true;
        }
        return stays;
    }

    /** The field edits of result entry {@code j} against the base entry it came from; none for one taken as it was. */
    private static void fieldOps(JsonArrayBuilder ops, IntFunction<Entry> base, int from, Entry after, int j) {
        if (after != null) {
            fieldOps(ops, base.apply(from), after, j);
        }
    }

    /**
     * Where each entry of a result came from, the entries changes made and the base entries they name: what
     * {@link #ops} needs, gathered while the result streams past (a sink of {@link Patching#placed}).
     */
    static final class Places implements Patching.Sink {
        private int baseSize;
        private int[] from = new int[1024];
        private int size;
        private final Map<Integer, Entry> made = new HashMap<>();
        private final Map<Integer, Entry> named = new HashMap<>();

        @Override
        public void baseSize(int n) {
            baseSize = n;
        }

        @Override
        public void named(int index, Entry before) {
            named.put(index, before);
        }

        @Override
        public void begin(Catalog header) {
        }

        @Override
        public void entry(Entry e, int i) {
            if (size == from.length) {
                from = Arrays.copyOf(from, size * 2);
            }
            from[size++] = i;
        }

        @Override
        public void changed(Entry e, int i) {
            made.put(size, e);
            entry(e, i);
        }

        JsonArray ops(ChangeSet cs) {
            return JsonPatches.ops(cs, baseSize, Arrays.copyOf(from, size), made::get, named::get);
        }
    }

    static void fieldOps(JsonArrayBuilder ops, Entry before, Entry after, int j) {
        if (before.equals(after)) {
            return;
        }
        JsonObject x = CatalogJson.toJsonObject(before);
        JsonObject y = CatalogJson.toJsonObject(after);
        for (String k : CatalogDiff.KEYS) {
            if (!Objects.equals(x.get(k), y.get(k))) {
                ops.add(op(x.get(k), y.get(k), "/entries/" + j + "/" + k));
            }
        }
    }

    static JsonObjectBuilder op(JsonValue old, JsonValue now, String path) {
        if (old == null) {
            return CatalogDiff.JSON.createObjectBuilder().add("op", "add").add("path", path).add("value", now);
        }
        if (now == null) {
            return CatalogDiff.JSON.createObjectBuilder().add("op", "remove").add("path", path);
        }
        return CatalogDiff.JSON.createObjectBuilder().add("op", "replace").add("path", path).add("value", now);
    }
}
