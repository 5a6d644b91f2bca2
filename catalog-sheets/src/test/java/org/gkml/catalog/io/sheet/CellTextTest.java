package org.gkml.catalog.io.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The cell text helpers the importer calls for every cell, against the plain (regex) statements of what they do. */
class CellTextTest {

    @Test
    void stripTrailing_isStripReplaceStrip() {
        String alphabet = " \u3000\t\n、，,；;。.政府网站a";
        Random rnd = new Random(1127);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = rnd.nextInt(12); k > 0; k--) {
                b.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
            }
            String s = b.toString();
            int from = s.isEmpty() ? 0 : rnd.nextInt(s.length() + 1);
            int to = from + (s.length() == from ? 0 : rnd.nextInt(s.length() - from + 1));
            String expected = s.substring(from, to).strip().replaceAll("[、,，;；。]+$", "").strip();
            assertEquals(expected, CellText.stripTrailing(s, from, to, "、,，;；。"), "[" + s + "] " + from + ".." + to);
            assertEquals(s.strip().replaceAll("[、,，;；。]+$", "").strip(), CellText.stripTrailing(s, 0, -1, "、,，;；。"), s);
        }
    }

    @Test
    void isSpace_isCharacterIsWhitespace() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            assertEquals(Character.isWhitespace((char) c), CellText.isSpace((char) c), "U+" + Integer.toHexString(c));
        }
    }
}
