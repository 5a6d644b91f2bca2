package org.gkml.catalog.io.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The table of cell texts: each distinct text (equal, not only identical) read once, bounded when asked; a set of texts. */
class ReadingMemoTest {

    @Test
    void eachDistinctText_isReadOnce_andGivesWhatWasRead() {
        Random rnd = new Random(1127);
        ReadingMemo<String[]> memo = new ReadingMemo<>();
        Map<String, String[]> first = new HashMap<>();
        Map<String, Integer> reads = new HashMap<>();
        for (int i = 0; i < 60_000; i++) {
            // texts from a small and a large pool, as new strings (equal, not identical) half of the time
            String text = rnd.nextBoolean() ? "公开时限" + rnd.nextInt(300) : "item " + rnd.nextInt(12_000);
            if (rnd.nextBoolean()) {
                text = new String(text.toCharArray());
            }
            String[] v = memo.get(text, t -> {
                reads.merge(t, 1, Integer::sum);
                return new String[] {t};
            });
            assertEquals(text, v[0]);
            String[] seen = first.putIfAbsent(text, v);
            if (seen != null) {
                assertSame(seen, v, "a text read before gives the same value: " + text);
            }
        }
        assertEquals(first.size(), memo.size());
        reads.values().forEach(n -> assertEquals(1, n));
    }

    @Test
    void pastTheBound_textsAreReadEachTime_andNotKept() {
        ReadingMemo<Integer> memo = new ReadingMemo<>();
        int[] reads = {0};
        for (int i = 0; i < ReadingMemo.MEMO_LIMIT + 100; i++) {
            memo.get("t" + i, t -> ++reads[0]);
        }
        assertEquals(ReadingMemo.MEMO_LIMIT, memo.size());
        assertEquals(1, memo.get("t0", t -> -1), "kept");
        assertEquals(-1, memo.get("t" + (ReadingMemo.MEMO_LIMIT + 50), t -> -1), "not kept: read again");
        assertEquals(ReadingMemo.MEMO_LIMIT + 100, reads[0]);
    }

    @Test
    void asASet_addTellsWhetherTheTextWasNew() {
        Random rnd = new Random(11);
        ReadingMemo<Boolean> codes = new ReadingMemo<>(Integer.MAX_VALUE);
        java.util.Set<String> model = new java.util.HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            String code = "E" + rnd.nextInt(60_000);
            assertEquals(model.add(code), codes.add(code, Boolean.TRUE), code);
            assertEquals(true, codes.contains(new String(code.toCharArray())));
        }
        assertEquals(model.size(), codes.size());
        assertEquals(false, codes.contains("F1"));
    }

    /** A text of {@code k} blocks of Aa and BB: all of one length share one String.hashCode. */
    private static String colliding(int i, int k) {
        StringBuilder b = new StringBuilder();
        for (int j = 0; j < k; j++) {
            b.append(((i >> j) & 1) == 0 ? "Aa" : "BB");
        }
        return b.toString();
    }

    @Test
    void textsSharingOneHashCode_stillASet_mostOfThemOutOfTheTable() {
        Random rnd = new Random(12);
        ReadingMemo<Boolean> codes = new ReadingMemo<>(Integer.MAX_VALUE);
        java.util.Set<String> model = new java.util.HashSet<>();
        for (int i = 0; i < 40_000; i++) {
            // colliding codes and ordinary ones, mixed; a repeat now and then
            String code = rnd.nextInt(4) == 0 ? "E" + rnd.nextInt(5_000) : colliding(rnd.nextInt(20_000), 15);
            assertEquals(model.add(code), codes.add(code, Boolean.TRUE), code);
            assertEquals(true, codes.contains(new String(code.toCharArray())), code);
        }
        assertEquals(model.size(), codes.size());
        for (String code : model) {
            assertEquals(true, codes.contains(code), code);
        }
        assertEquals(false, codes.contains(colliding(20_001, 15)));
        // the table keeps a short run of them; the rest stand where collisions cost no probing
        assertEquals(true, codes.overflowing() > 10_000, "overflowing " + codes.overflowing());
        int[] reads = {0};
        ReadingMemo<Integer> memo = new ReadingMemo<>();
        for (int i = 0; i < 3_000; i++) {
            memo.get(colliding(i % 1_500, 12), t -> ++reads[0]);
        }
        assertEquals(1_500, reads[0], "each colliding text read once");
    }
}
