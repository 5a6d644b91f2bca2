package org.gkml.catalog.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The calendar file's hand-written splitting agrees with the regular expressions it replaced, on random lines. */
class CalendarFileWordsTest {

    private static String random(Random r, String alphabet, int max) {
        StringBuilder b = new StringBuilder();
        for (int i = r.nextInt(max); i > 0; i--) {
            b.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return b.toString();
    }

    @Test
    void words_areSplitAsBySpaceRuns() {
        Random r = new Random(2027);
        for (int k = 0; k < 20_000; k++) {
            String line = random(r, "20 27off\t\u000bwork01-0..\u3000x", 30).strip();
            if (line.isEmpty()) {
                continue;
            }
            assertArrayEquals(line.split("\\s+"), WorkingDayCalendar.words(line), "\"" + line + "\"");
        }
    }

    @Test
    void ranges_areSplitAsByDoubleDots() {
        Random r = new Random(2028);
        for (int k = 0; k < 20_000; k++) {
            String token = random(r, "01-2..9.", 16);
            String[] expected = token.split("\\.\\.");
            if (expected.length == 0) {
                continue; // only dots: String.split has nothing left, the calendar reports the token as no date
            }
            assertArrayEquals(expected, WorkingDayCalendar.range(token), "\"" + token + "\"");
        }
    }
}
