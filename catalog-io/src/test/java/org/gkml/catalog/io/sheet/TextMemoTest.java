package org.gkml.catalog.io.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The memo of what each cell text was read as: read once per distinct text (equal, not only identical), bounded. */
class TextMemoTest {

    @Test
    void eachDistinctText_isReadOnce_andGivesWhatWasRead() {
        Random rnd = new Random(1127);
        TextMemo<String[]> memo = new TextMemo<>();
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
        TextMemo<Integer> memo = new TextMemo<>();
        int[] reads = {0};
        for (int i = 0; i < TextMemo.MAX + 100; i++) {
            memo.get("t" + i, t -> ++reads[0]);
        }
        assertEquals(TextMemo.MAX, memo.size());
        assertEquals(1, memo.get("t0", t -> -1), "kept");
        assertEquals(-1, memo.get("t" + (TextMemo.MAX + 50), t -> -1), "not kept: read again");
        assertEquals(TextMemo.MAX + 100, reads[0]);
    }
}
