package org.gkml.catalog.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NfkcTableTest {

    private static String nfkc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC);
    }

    /** Every character the table answers for: NFKC's own answer, alone. */
    @Test
    void eachCharacterTheTableTakes_isNormalisedAsNfkcDoes() {
        int taken = 0;
        for (int c = 0; c <= 0xffff; c++) {
            if (Character.isSurrogate((char) c)) {
                continue;
            }
            String s = String.valueOf((char) c);
            String byTable = ChineseText.nfkcByTable(s);
            if (byTable != null) {
                taken++;
                assertEquals(nfkc(s), byTable, () -> Integer.toHexString(s.charAt(0)));
                assertEquals(0, Character.getType(s.charAt(0)) == Character.NON_SPACING_MARK ? 1 : 0, "no combining mark");
            }
        }
        assertEquals(true, taken > 20_000, "ideographs, ASCII and the punctuation: " + taken);
    }

    /** In context too: seeded strings of the table's characters next to ones it refuses (combining marks, kana). */
    @Test
    void seededTexts_areNormalisedAsNfkcDoes_orLeftToTheNormaliser() {
        List<Character> alphabet = new ArrayList<>();
        for (char c : "aZ09 (),.;:-公开事项目录、。《》〔〕“”—·×（），：；０９ＡＺａｚ\u3000\u00a0".toCharArray()) {
            alphabet.add(c);
        }
        char[] others = {'\u0301', '\u3099', '\u302a', '\uff76', '\u2026', '\u2460', '\u00e9', '\u0065', '\u200b', '\ufe0f', '\uf900'};
        Random r = new Random(99);
        int byTable = 0;
        for (int i = 0; i < 50_000; i++) {
            StringBuilder b = new StringBuilder();
            int n = 1 + r.nextInt(12);
            for (int k = 0; k < n; k++) {
                b.append(r.nextInt(20) == 0 ? others[r.nextInt(others.length)] : alphabet.get(r.nextInt(alphabet.size())));
            }
            String s = b.toString();
            String t = ChineseText.nfkcByTable(s);
            if (t != null) {
                byTable++;
                assertEquals(nfkc(s), t, s);
            }
            // and fold as a whole gives what the normaliser path gives
            String reference = ChineseText.removeSpaces(ChineseText.toSimplified(
                    nfkc(s).replaceAll("[\\uFE0E\\uFE0F\\u200B-\\u200D\\u2060\\uFEFF]", "")));
            assertEquals(reference, ChineseText.fold(s), s);
        }
        assertEquals(true, byTable > 10_000 && byTable < 50_000, "both paths taken: " + byTable);
        assertNull(ChineseText.nfkcByTable("e\u0301"));
    }
}
