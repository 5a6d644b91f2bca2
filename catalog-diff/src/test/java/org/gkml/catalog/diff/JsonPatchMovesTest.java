package org.gkml.catalog.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.gkml.catalog.io.json.CatalogJson;
import org.gkml.catalog.model.Catalog;
import org.gkml.catalog.model.Entry;
import org.gkml.catalog.testkit.CatalogGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A reordered version's JSON Patch moves only the entries outside the longest run that kept its order. */
class JsonPatchMovesTest {

    static java.util.stream.LongStream seeds() {
        return java.util.stream.LongStream.range(0, 60).map(i -> 9100L + i);
    }

    /** The longest strictly ascending run of the non-negative values, by brute force (small arrays). */
    private static int longestRun(int[] a, int at, int last) {
        if (at == a.length) {
            return 0;
        }
        int skip = longestRun(a, at + 1, last);
        return a[at] >= 0 && a[at] > last ? Math.max(skip, 1 + longestRun(a, at + 1, a[at])) : skip;
    }

    @Test
    void stayers_areALongestAscendingRun() {
        Random r = new Random(5);
        for (int t = 0; t < 3_000; t++) {
            int n = r.nextInt(12);
            int[] from = new int[n];
            List<Integer> pool = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                pool.add(i);
            }
            Collections.shuffle(pool, r);
            for (int j = 0; j < n; j++) {
                from[j] = r.nextInt(5) == 0 ? -1 : pool.get(j);
            }
            boolean[] stays = JsonPatches.stayers(from);
            int last = -1;
            int count = 0;
            for (int j = 0; j < n; j++) {
                if (stays[j]) {
                    assertTrue(from[j] > last, "ascending");
                    last = from[j];
                    count++;
                }
            }
            assertEquals(longestRun(from, 0, -1), count, java.util.Arrays.toString(from));
        }
    }

    /** A few entries carried far: a move or two each, not one for every entry they pass. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void entriesCarriedFar_costAMoveOrTwoEach(long seed) {
        CatalogGenerator g = new CatalogGenerator(seed);
        Catalog a = g.catalog(60 + g.random().nextInt(200));
        Random r = g.random();
        List<Entry> moved = new ArrayList<>(a.entries());
        int carried = 1 + r.nextInt(4);
        for (int k = 0; k < carried; k++) {
            Entry e = moved.remove(r.nextInt(moved.size()));
            moved.add(r.nextInt(moved.size() + 1), e.toBuilder().name(e.name() + "（修订）").build());
        }
        Catalog b = a.withEntries(moved);
        JsonArray patch;
        try {
            patch = CatalogDiff.jsonPatch(a, b);
        } catch (IllegalArgumentException messy) {
            return; // a version with repeated codes the strict apply refuses; tested elsewhere
        }
        JsonObject ja = Json.createReader(new StringReader(CatalogJson.toJson(a))).readObject();
        JsonObject jb = Json.createReader(new StringReader(CatalogJson.toJson(b))).readObject();
        assertEquals(jb, Json.createPatch(patch).apply(ja), "applies, seed " + seed);
        long moves = patch.stream().map(JsonValue::asJsonObject).filter(o -> o.getString("op").equals("move")).count();
        assertTrue(moves <= 2L * carried, moves + " moves for " + carried + " carried entries in " + a.entries().size() + ", seed " + seed);
        TESTED[0] += moves > 0 ? 1 : 0;
    }

    /** Seeds whose patch moved something (the others were refused or kept their order). */
    private static final int[] TESTED = {0};

    @org.junit.jupiter.api.AfterAll
    static void mostSeedsMovedEntries() {
        assertTrue(TESTED[0] >= 20, "seeds with moves: " + TESTED[0]);
    }
}
