package org.gkml.catalog.diff;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.gkml.catalog.io.CatalogWriter;
import org.gkml.catalog.io.WireFormat;
import org.gkml.catalog.io.json.CatalogJson;
import org.gkml.catalog.model.Catalog;
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
    static final jakarta.json.spi.JsonProvider JSON = jakarta.json.spi.JsonProvider.provider();


    /** Element keys of an entry, in wire order. */
    static final List<String> KEYS = WireFormat.ENTRY;
    static final List<String> HEADER_KEYS = WireFormat.CATALOG.stream().filter(k -> !k.equals("entries")).toList();

    private CatalogDiff() {
    }

    // ---- diff --------------------------------------------------------------------------------------------------

    /** The changes from {@code a} to {@code b}. */
    public static ChangeSet diff(Catalog a, Catalog b) {
        try {
            return BoundedDiff.diff(CatalogSource.of(a), CatalogSource.of(b));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // catalogs in memory are never read from anywhere
        }
    }

    /**
     * The changes from {@code a} to {@code b}, read one entry at a time: memory holds a digest of each old entry
     * and the entries that changed, never either catalog (two 1,000,000-entry files compare in a 512 MB heap). The
     * old version is read twice, the new one once (twice when its unchanged entries were reordered). Equal to
     * {@link #diff(Catalog, Catalog)} of the same versions.
     *
     * @throws IOException when a version cannot be read, or changed between its readings
     * @since 0.2
     */
    public static ChangeSet diff(CatalogSource a, CatalogSource b) throws IOException {
        return BoundedDiff.diff(a, b);
    }

    /** How an entry is named in a change set's order: its code, or "" when it has none (an invalid catalog still compares). */
    static String orderKey(String code) {
        return code == null ? "" : code;
    }

    static boolean orderHolds(int[] matchOfB, List<Change> changes) {
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

    static List<FieldChange> fieldChanges(Entry a, Entry b) {
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

    static List<Change> headerChanges(Catalog a, Catalog b) {
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

    /**
     * Applies a change set to the catalog it was made from.
     *
     * @throws PatchConflictException naming the entry and field when the base does not match
     */
    public static Catalog apply(ChangeSet cs, Catalog base) throws PatchConflictException {
        return Patching.applyDetailed(cs, base, false).catalog();
    }

    /**
     * Applies a change set to the catalog file it was made from, streamed: the result goes to {@code out} (begun and
     * written here, ended by the caller) entry by entry; the base is read for its codes, for the entries the changes
     * name, and as the result is written, so memory holds its codes and the changed entries. Nothing is written
     * when the change set does not apply. A change set that reorders the unchanged entries puts the result in its
     * order through a temporary file (deleted after): memory holds an offset and a code for each entry.
     *
     * @throws PatchConflictException naming the entry and field when the base does not match
     * @throws IOException when the base cannot be read or changed between its readings, or {@code out} fails
     * @since 0.2
     */
    public static void apply(ChangeSet cs, CatalogSource base, CatalogWriter out) throws PatchConflictException, IOException {
        Patching.apply(cs, base, false, Patching.to(out));
    }

    // ---- JSON Patch --------------------------------------------------------------------------------------------

    /** The RFC 6902 JSON Patch that turns {@code a}'s canonical JSON into {@code b}'s. */
    public static JsonArray jsonPatch(Catalog a, Catalog b) {
        return jsonPatch(diff(a, b), a);
    }

    /** The RFC 6902 JSON Patch of a change set against the canonical JSON of its base. */
    public static JsonArray jsonPatch(ChangeSet cs, Catalog a) {
        Patching.Applied applied;
        try {
            applied = Patching.applyDetailed(cs, a, false);
        } catch (PatchConflictException e) {
            throw new IllegalArgumentException("the change set does not apply to this catalog: " + e.getMessage(), e);
        }
        List<Entry> result = applied.catalog().entries();
        return JsonPatches.ops(cs, a.entries().size(), applied.provenance(), result::get, a.entries()::get);
    }

    /**
     * The RFC 6902 JSON Patch of a change set against its base read from a source, in bounded memory: the base is
     * read as {@link #apply(ChangeSet, CatalogSource, CatalogWriter)} reads it, and memory holds where each result
     * entry came from (an int each), the entries the changes name and make, and the operations. A change set that
     * reorders the unchanged entries ({@link ChangeSet#order()}) is worked out with the base in memory.
     *
     * @throws IllegalArgumentException when the change set does not apply to the base
     * @throws IOException when the base cannot be read or changed between its readings
     * @since 0.2
     */
    public static JsonArray jsonPatch(ChangeSet cs, CatalogSource base) throws IOException {
        Objects.requireNonNull(cs, "cs");
        Objects.requireNonNull(base, "base");
        if (!cs.order().isEmpty() || base instanceof CatalogSource.InMemory) {
            return jsonPatch(cs, whole(base));
        }
        JsonPatches.Places places = new JsonPatches.Places();
        try {
            Patching.placed(cs, base, places);
        } catch (PatchConflictException e) {
            throw new IllegalArgumentException("the change set does not apply to this catalog: " + e.getMessage(), e);
        }
        return places.ops(cs);
    }

    /** A source read whole into memory. */
    private static Catalog whole(CatalogSource source) throws IOException {
        if (source instanceof CatalogSource.InMemory m) {
            return m.catalog();
        }
        List<Entry> entries = new ArrayList<>();
        try (org.gkml.catalog.io.CatalogReader r = source.open()) {
            r.header();
            for (Entry e; (e = r.next()) != null; ) {
                entries.add(e);
            }
            return r.trailer().withEntries(entries);
        }
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
        try {
            Patching.Collected out = new Patching.Collected();
            List<Conflict> conflicts = Merging.merge(CatalogSource.of(base), CatalogSource.of(ours), CatalogSource.of(theirs), out);
            return new MergeResult(out.applied().catalog(), conflicts);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // catalogs in memory are never read from anywhere
        }
    }

    /**
     * Three-way merge of catalog files, streamed: the merged catalog goes to {@code out} (begun and written here,
     * ended by the caller) entry by entry, and memory holds digests of the base and the changed entries, never a
     * catalog. The same merge as {@link #merge(Catalog, Catalog, Catalog)}.
     *
     * @return the conflicts (ours is kept in the merged catalog)
     * @throws IOException when a version cannot be read or changed between its readings, or {@code out} fails
     * @since 0.2
     */
    public static List<Conflict> merge(CatalogSource base, CatalogSource ours, CatalogSource theirs, CatalogWriter out) throws IOException {
        return Merging.merge(base, ours, theirs, Patching.to(out));
    }
}
