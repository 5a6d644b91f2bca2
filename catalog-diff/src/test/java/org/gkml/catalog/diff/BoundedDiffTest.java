package org.gkml.catalog.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.gkml.catalog.io.Catalogs;
import org.gkml.catalog.io.Formats;
import org.gkml.catalog.model.Catalog;
import org.gkml.catalog.model.Entry;
import org.gkml.catalog.testkit.CatalogGenerator;
import org.gkml.catalog.testkit.EditGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The diff that streams its inputs gives the change set of the diff that holds both catalogs whole. */
class BoundedDiffTest {

    @TempDir
    Path dir;

    static java.util.stream.LongStream seeds() {
        return java.util.stream.LongStream.range(0, 120).map(i -> 9100L + i);
    }

    /**
     * A new version with the edits of {@link EditGenerator} and, besides, what makes the matching work: entries
     * renamed and recoded at once (only similarity pairs them), recoded with category and name kept (the natural
     * key pairs them), codes repeated or missing.
     */
    static Catalog newVersion(CatalogGenerator g, Catalog a, boolean reorder) {
        Random r = g.random();
        List<Entry> out = new ArrayList<>(new EditGenerator(g).edit(a, 5 + r.nextInt(40), reorder).entries());
        for (int k = 0; k < out.size(); k++) {
            Entry e = out.get(k);
            switch (r.nextInt(25)) {
                case 0 -> out.set(k, e.toBuilder().code(e.code() + "X").name(e.name() + "等").build());
                case 1 -> out.set(k, e.toBuilder().code("N" + k).build());
                case 2 -> out.set(k, e.toBuilder().code(out.get(r.nextInt(out.size())).code()).build());
                case 3 -> out.set(k, e.toBuilder().code(null).build());
                default -> { }
            }
        }
        return a.toBuilder().entries(out).build();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void streamedFiles_giveTheChangeSetOfWholeCatalogs(long seed) throws IOException {
        CatalogGenerator g = new CatalogGenerator(seed);
        Catalog a = g.catalog(3 + g.random().nextInt(60));
        if (seed % 5 == 0) {
            List<Entry> dup = new ArrayList<>(a.entries());
            dup.add(dup.get(0)); // the old version repeats a code
            a = a.toBuilder().entries(dup).build();
        }
        Catalog b = newVersion(g, a, seed % 4 == 0);
        ChangeSet expected = ReferenceDiff.diff(a, b);

        assertEquals(expected, CatalogDiff.diff(a, b), "in memory, seed " + seed);
        Formats.Format fa = seed % 2 == 0 ? Formats.Format.JSON : Formats.Format.XML;
        Formats.Format fb = seed % 3 == 0 ? Formats.Format.XML : Formats.Format.JSON;
        Path pa = write(a, "old", fa);
        Path pb = write(b, "new", fb);
        ChangeSet streamed = CatalogDiff.diff(CatalogSource.of(pa), CatalogSource.of(pb));
        assertEquals(expected, streamed, "streamed from " + fa + " and " + fb + ", seed " + seed);
        assertEquals(ChangeSets.toJson(expected), ChangeSets.toJson(streamed));
        assertTrue(CatalogDiff.diff(CatalogSource.of(pa), CatalogSource.of(pa)).isEmpty(), "a file against itself");
        // mixed: one side in memory, the other streamed
        assertEquals(expected, CatalogDiff.diff(CatalogSource.of(a), CatalogSource.of(pb)), "old in memory, seed " + seed);
        assertEquals(expected, CatalogDiff.diff(CatalogSource.of(pa), CatalogSource.of(b)), "new in memory, seed " + seed);
    }

    @Test
    void theDigestTellsEveryEditOfAGeneratedEntry() {
        CatalogGenerator g = new CatalogGenerator(77);
        EntryDigest digest = new EntryDigest();
        long[] x = new long[2];
        long[] y = new long[2];
        for (int i = 0; i < 2_000; i++) {
            Entry e = g.entry(i);
            digest.of(e, x);
            digest.of(e.toBuilder().build(), y);
            assertEquals(x[0], y[0]);
            assertEquals(x[1], y[1]);
            List<Entry> edits = List.of(
                    e.toBuilder().name(e.name() + " ").build(),
                    e.toBuilder().category(join(e.category())).build(),
                    e.toBuilder().code(e.code() + "0").build(),
                    e.toBuilder().levels(List.of()).build());
            for (Entry f : edits) {
                if (f.equals(e)) {
                    continue;
                }
                digest.of(f, y);
                assertFalse(x[0] == y[0] && x[1] == y[1], "entry " + i + " and its edit share a digest");
            }
        }
    }

    /** The category levels as one level joined by ", ": equal as text, not as a list. */
    private static List<String> join(List<String> category) {
        return category.isEmpty() ? List.of("a, b") : List.of(String.join(", ", category));
    }

    @Test
    void aFileChangedBetweenReadings_isAnError() throws IOException {
        CatalogGenerator g = new CatalogGenerator(5);
        Catalog a = g.catalog(30);
        Catalog b = newVersion(g, a, false);
        Path pa = write(a, "old", Formats.Format.JSON);
        Path pb = write(b, "new", Formats.Format.JSON);
        Catalog shorter = a.toBuilder().entries(a.entries().subList(0, 20)).build();
        int[] opened = {0};
        CatalogSource changing = () -> Catalogs.open(opened[0]++ == 0 ? pa : write(shorter, "other", Formats.Format.JSON));
        IOException e = assertThrows(IOException.class, () -> CatalogDiff.diff(changing, CatalogSource.of(pb)));
        assertTrue(e.getMessage().contains("changed while"), e.getMessage());
    }

    /** Codes written to share one String.hashCode (blocks of Aa and BB) do not pile up in the index of codes. */
    @Test
    void codesSharingOneHashCode_stayFlatInTheIndex() throws IOException {
        CatalogGenerator g = new CatalogGenerator(8);
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            StringBuilder code = new StringBuilder();
            for (int k = 0; k < 15; k++) {
                code.append(((i >> k) & 1) == 0 ? "Aa" : "BB");
            }
            entries.add(g.entry(i).toBuilder().code(code.toString()).build());
        }
        assertEquals(1, entries.stream().map(e -> e.code().hashCode()).distinct().count(), "one hash code");
        Catalog c = g.header().toBuilder().entries(entries).build();
        Path p = write(c, "collide", Formats.Format.JSON);
        OldVersion v = OldVersion.read(CatalogSource.of(p), new EntryDigest());
        assertTrue(v.longestProbe() < 64, "longest probe " + v.longestProbe());
        for (int i = 0; i < entries.size(); i += 997) {
            assertEquals(i, v.indexOf(entries.get(i).code()));
        }
        assertTrue(CatalogDiff.diff(CatalogSource.of(p), CatalogSource.of(p)).isEmpty());
    }

    private Path write(Catalog c, String name, Formats.Format f) throws IOException {
        Path p = Files.createTempFile(dir, name, f == Formats.Format.JSON ? ".json" : ".xml");
        try (var out = Files.newOutputStream(p)) {
            Catalogs.write(c, f, out);
        }
        return p;
    }
}
