package org.gkml.catalog.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gkml.catalog.io.CatalogWriter;
import org.gkml.catalog.io.Catalogs;
import org.gkml.catalog.io.Formats;
import org.gkml.catalog.model.Catalog;
import org.gkml.catalog.model.Entry;
import org.gkml.catalog.testkit.CatalogGenerator;
import org.gkml.catalog.testkit.EditGenerator;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Patch and merge that stream their inputs give what they gave with the catalogs whole, conflicts included. */
class StreamedPatchTest {

    @TempDir
    Path dir;

    static java.util.stream.LongStream seeds() {
        return java.util.stream.LongStream.range(0, 100).map(i -> 7300L + i);
    }

    /** What applying gave, or the conflict it reported. */
    private static Object outcome(ThrowingSupplier s) {
        try {
            return s.get();
        } catch (PatchConflictException e) {
            return "conflict: " + e.getMessage();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private interface ThrowingSupplier {
        Object get() throws PatchConflictException, IOException;
    }

    /** A seeded version, a new one (reordered for one seed in four), another base it was not made from, the diff. */
    private record Versions(Catalog a, Catalog b, Catalog other, ChangeSet cs) {
    }

    private static Versions versions(long seed) {
        CatalogGenerator g = new CatalogGenerator(seed);
        Catalog a = g.catalog(3 + g.random().nextInt(50));
        Catalog b = BoundedDiffTest.newVersion(g, a, seed % 4 == 0);
        Catalog other = BoundedDiffTest.newVersion(g, a, false);
        return new Versions(a, b, other, CatalogDiff.diff(a, b));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void apply_streamedEqualsWhole_alsoOnTheWrongBase(long seed) throws IOException {
        Versions v = versions(seed);
        ChangeSet cs = v.cs();
        for (Catalog base : List.of(v.a(), v.other())) {
            for (boolean lenient : new boolean[] {false, true}) {
                Object expected = outcome(() -> applied(ReferencePatching.applyDetailed(cs, base, lenient)));
                Object actual = outcome(() -> applied(Patching.applyDetailed(cs, base, lenient)));
                assertEquals(expected, actual, "in memory, lenient " + lenient + ", seed " + seed);
            }
            Formats.Format f = seed % 2 == 0 ? Formats.Format.JSON : Formats.Format.XML;
            Path file = write(base, "base", f);
            Object whole = outcome(() -> CatalogDiff.apply(cs, base));
            Path out = dir.resolve("out-" + seed + ".json");
            Object streamed = outcome(() -> {
                try (OutputStream o = Files.newOutputStream(out); CatalogWriter w = Catalogs.writer(Formats.Format.JSON, o)) {
                    CatalogDiff.apply(cs, CatalogSource.of(file), w);
                }
                return Catalogs.read(out);
            });
            assertEquals(whole, streamed, "streamed from " + f + ", seed " + seed);
            if (!cs.order().isEmpty() && base == v.a()) {
                reorderedStreamed[0]++; // through a temporary file (Reordered)
            }
        }
    }

    /** How many reordering change sets were applied streamed to their base. */
    private static final int[] reorderedStreamed = {0};

    @org.junit.jupiter.api.AfterAll
    static void reorderingChangeSetsWereStreamed() {
        assertTrue(reorderedStreamed[0] >= 15, "reordering change sets applied streamed: " + reorderedStreamed[0]);
    }

    /**
     * A reordering change set whose order names a code the result lacks, or names a code more often than the result has
     * it, is a conflict before any entry is handed on, as in memory; the temporary file is gone either way.
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aReorderTheResultCannotFollow_isAConflictBeforeAnyEntry(long seed) throws IOException {
        Versions v = versions(seed);
        if (v.cs().order().isEmpty()) {
            return;
        }
        Path file = write(v.a(), "base", Formats.Format.JSON);
        List<String> order = new ArrayList<>(v.cs().order());
        java.util.Random r = new java.util.Random(seed);
        int k = r.nextInt(order.size());
        if (seed % 2 == 0) {
            order.set(k, "no-such-code-" + seed);
        } else {
            order.add(order.get(k)); // named twice
        }
        ChangeSet bad = new ChangeSet(v.cs().fromId(), v.cs().fromVersion(), v.cs().toId(), v.cs().toVersion(), v.cs().changes(), order);
        Object whole = outcome(() -> CatalogDiff.apply(bad, v.a()));
        int[] handedOn = {0};
        Object streamed = outcome(() -> {
            Patching.apply(bad, CatalogSource.of(file), false, new Patching.Sink() {
                @Override
                public void begin(Catalog header) {
                    handedOn[0]++;
                }

                @Override
                public void entry(Entry e, int from) {
                    handedOn[0]++;
                }
            });
            return "applied";
        });
        assertTrue(whole instanceof String conflict && conflict.startsWith("conflict"), "in memory: " + whole);
        assertEquals(whole, streamed, "seed " + seed);
        assertEquals(0, handedOn[0], "nothing handed on before the conflict, seed " + seed);
        try (java.util.stream.Stream<Path> left = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            assertFalse(left.anyMatch(p -> p.getFileName().toString().startsWith("catalog-reorder")), "the temporary file is deleted");
        }
    }

    /**
     * The JSON Patch worked out from a base file streamed is the one worked out with the base whole, applies as RFC
     * 6902 says, and a change set made from another version is refused alike.
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void jsonPatch_streamedEqualsWhole(long seed) throws IOException {
        Versions v = versions(seed);
        Catalog a = v.a();
        Catalog b = v.b();
        Catalog other = v.other();
        ChangeSet cs = v.cs();
        Formats.Format f = seed % 2 == 0 ? Formats.Format.JSON : Formats.Format.XML;
        Object whole = refusal(() -> CatalogDiff.jsonPatch(cs, a)); // a messy version (repeated codes) may refuse
        assertEquals(whole, refusal(() -> CatalogDiff.jsonPatch(cs, CatalogSource.of(write(a, "base", f)))), "seed " + seed);
        if (whole instanceof jakarta.json.JsonArray patch) {
            assertEquals(json(b), jakarta.json.Json.createPatch(patch).apply(json(a)), "RFC 6902, seed " + seed);
            refusedOrApplied[0]++;
        }
        Path wrong = write(other, "other", f);
        Object expected = refusal(() -> CatalogDiff.jsonPatch(cs, other));
        assertEquals(expected, refusal(() -> CatalogDiff.jsonPatch(cs, CatalogSource.of(wrong))), "wrong base, seed " + seed);
    }

    /** How many seeds gave a patch (the others refuse alike, their versions repeating codes): the law is tested on those. */
    private static final int[] refusedOrApplied = {0};

    @org.junit.jupiter.api.AfterAll
    static void mostSeedsGaveAPatch() {
        assertTrue(refusedOrApplied[0] > 30, "patches made: " + refusedOrApplied[0]); // 46 of the 100 seeds: the others have repeated codes
    }

    private static jakarta.json.JsonObject json(Catalog c) {
        return jakarta.json.Json.createReader(new java.io.StringReader(org.gkml.catalog.io.json.CatalogJson.toJson(c))).readObject();
    }

    private interface PatchSupplier {
        jakarta.json.JsonArray get() throws IOException;
    }

    /** The patch, or the message it was refused with. */
    private static Object refusal(PatchSupplier s) throws IOException {
        try {
            return s.get();
        } catch (IllegalArgumentException e) {
            return "refused: " + e.getMessage();
        }
    }

    private static List<Object> applied(Object a) {
        if (a instanceof Patching.Applied x) {
            return List.of(x.catalog(), toList(x.provenance()));
        }
        ReferencePatching.Applied y = (ReferencePatching.Applied) a;
        return List.of(y.catalog(), toList(y.provenance()));
    }

    private static List<Integer> toList(int[] a) {
        List<Integer> l = new ArrayList<>();
        for (int x : a) {
            l.add(x);
        }
        return l;
    }

    /**
     * Merges of clean edits (seeds where the sides are {@link EditGenerator} versions) and of messy ones (repeated,
     * missing and colliding codes, where the merge may refuse): the streamed merge writes what the whole merge
     * returns, or fails as it does.
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void merge_streamedEqualsWhole(long seed) throws IOException {
        CatalogGenerator g = new CatalogGenerator(seed);
        Catalog base = g.catalog(3 + g.random().nextInt(50));
        boolean messy = seed % 2 == 1;
        Catalog ours = messy ? BoundedDiffTest.newVersion(g, base, seed % 5 == 0) : new EditGenerator(g).edit(base, 25, seed % 5 == 0);
        Catalog theirs = seed % 7 == 0 ? base
                : messy ? BoundedDiffTest.newVersion(g, base, seed % 3 == 0) : new EditGenerator(g).edit(base, 25, seed % 3 == 0);
        Object expected = mergeOutcome(() -> ReferenceMerge.merge(base, ours, theirs));
        assertEquals(expected, mergeOutcome(() -> CatalogDiff.merge(base, ours, theirs)), "in memory, seed " + seed);
        if (!messy) {
            assertTrue(expected instanceof CatalogDiff.MergeResult, "clean edits merge, seed " + seed + ": " + expected);
        }
        Path pb = write(base, "base", Formats.Format.JSON);
        Path po = write(ours, "ours", seed % 4 == 0 ? Formats.Format.XML : Formats.Format.JSON);
        Path pt = write(theirs, "theirs", Formats.Format.JSON);
        Path out = dir.resolve("merged-" + seed + ".xml");
        Object streamed = mergeOutcome(() -> {
            List<CatalogDiff.Conflict> conflicts;
            try (OutputStream o = Files.newOutputStream(out); CatalogWriter w = Catalogs.writer(Formats.Format.XML, o)) {
                conflicts = CatalogDiff.merge(CatalogSource.of(pb), CatalogSource.of(po), CatalogSource.of(pt), w);
            }
            return new CatalogDiff.MergeResult(Catalogs.read(out), conflicts);
        });
        assertEquals(expected, streamed, "streamed, seed " + seed);
    }

    private interface MergeRun {
        CatalogDiff.MergeResult get() throws IOException;
    }

    private static Object mergeOutcome(MergeRun r) throws IOException {
        try {
            return r.get();
        } catch (IllegalStateException e) {
            return "refused: " + e.getMessage();
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aBaseChangedBeforeTheLastReading_isAnError(long seed) throws IOException {
        CatalogGenerator g = new CatalogGenerator(seed);
        Catalog a = g.catalog(10 + g.random().nextInt(20));
        Catalog b = new EditGenerator(g).edit(a, 30, false);
        ChangeSet cs = CatalogDiff.diff(a, b);
        Path pa = write(a, "base", Formats.Format.JSON);
        List<Entry> fewer = new ArrayList<>(a.entries());
        fewer.remove(fewer.size() - 1);
        Path shorter = write(a.toBuilder().entries(fewer).build(), "shorter", Formats.Format.JSON);
        int[] opened = {0};
        CatalogSource changing = () -> Catalogs.open(++opened[0] < 3 ? pa : shorter);
        assertThrows(SourceChangedException.class, () -> {
            try (CatalogWriter w = Catalogs.writer(Formats.Format.JSON, OutputStream.nullOutputStream())) {
                CatalogDiff.apply(cs, changing, w);
            }
        });
        assertFalse(opened[0] < 3, "the base was read three times");
    }

    /** Lenient placing (what a merge uses): a place past the base entries is kept, one past the end spills over after it. */
    @org.junit.jupiter.api.Test
    void lenientPlaces_pastTheBaseEntries_andPastTheEnd() throws Exception {
        CatalogGenerator g = new CatalogGenerator(4);
        Catalog base = g.catalog(3);
        Entry x = g.entry(100);
        Entry y = g.entry(101);
        ChangeSet cs = new ChangeSet(base.id(), null, base.id(), null, List.of(
                new Change(ChangeKind.ADDED, x.code(), null, Effect.MORE_OPEN, 1, List.of(), org.gkml.catalog.io.json.CatalogJson.toJsonObject(x), 4),
                new Change(ChangeKind.ADDED, y.code(), null, Effect.MORE_OPEN, 1, List.of(), org.gkml.catalog.io.json.CatalogJson.toJsonObject(y), 99)),
                List.of());
        Object expected = applied(ReferencePatching.applyDetailed(cs, base, true));
        assertEquals(expected, applied(Patching.applyDetailed(cs, base, true)));
        List<Entry> order = new ArrayList<>(base.entries());
        order.add(y);
        order.add(x);
        assertEquals(order, Patching.applyDetailed(cs, base, true).catalog().entries(), "base, the spilled entry, the placed one");
    }

    private Path write(Catalog c, String name, Formats.Format f) throws IOException {
        Path p = Files.createTempFile(dir, name, f == Formats.Format.JSON ? ".json" : ".xml");
        try (OutputStream out = Files.newOutputStream(p)) {
            Catalogs.write(c, f, out);
        }
        return p;
    }
}
