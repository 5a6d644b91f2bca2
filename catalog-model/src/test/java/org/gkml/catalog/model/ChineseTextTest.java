package org.gkml.catalog.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The text folding every label, deadline and name goes through. */
class ChineseTextTest {

    /** {@link ChineseText#isSpace}'s shortcuts answer as the whole definition does, over every code point. */
    @Test
    void isSpace_isWhitespaceOrSpaceCharOrZeroWidth() {
        for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
            boolean expected = Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 0x200b || c == 0xfeff;
            assertEquals(expected, ChineseText.isSpace(c), "U+" + Integer.toHexString(c));
        }
    }

    /**
     * The traditional → simplified table (t2s.txt, made into a class at build time) maps each character as ICU's
     * Traditional-Simplified transliteration does but four, maps no simplified character, and leaves every other
     * character.
     */
    @Test
    void toSimplified_agreesWithIcu() {
        com.ibm.icu.text.Transliterator icu = com.ibm.icu.text.Transliterator.getInstance("Traditional-Simplified");
        StringBuilder all = new StringBuilder();
        for (char c = 1; c < Character.MAX_VALUE; c++) {
            if (!Character.isSurrogate(c)) {
                all.append(c);
            }
        }
        String folded = ChineseText.toSimplified(all.toString());
        assertEquals(all.length(), folded.length());
        int mapped = 0;
        StringBuilder differ = new StringBuilder();
        for (int i = 0; i < all.length(); i++) {
            char t = all.charAt(i);
            char s = folded.charAt(i);
            if (s != t) {
                mapped++;
                if (!icu.transliterate(String.valueOf(t)).equals(String.valueOf(s))) {
                    differ.append(t).append(s).append(icu.transliterate(String.valueOf(t))).append(' ');
                }
                assertEquals(String.valueOf(s), ChineseText.toSimplified(String.valueOf(s)), "a simplified character stays");
            }
        }
        // where ICU keeps the variant (嶽, 隣) or gives the rarer form (谘, 钜), the table folds to the common one
        assertEquals("嶽岳嶽 諮咨谘 鉅巨钜 隣邻隣 ", differ.toString());
        assertEquals(683, mapped, "every pair of the table");
        assertEquals("条例第二十条个两", ChineseText.toSimplified("條例第二十條個兩"));
    }

    @Test
    void collapseAndRemoveSpaces() {
        assertEquals("乡镇 人民政府", ChineseText.collapseSpaces("\u3000乡镇\u00a0\n 人民政府\u200b "));
        assertEquals("乡镇人民政府（1）", ChineseText.removeSpaces(" 乡镇\u3000人民 政府（1）\ufeff"));
        String plain = "服务网点（1）";
        assertEquals(plain, ChineseText.collapseSpaces(plain));
    }
}
