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

    @Test
    void collapseAndRemoveSpaces() {
        assertEquals("乡镇 人民政府", ChineseText.collapseSpaces("\u3000乡镇\u00a0\n 人民政府\u200b "));
        assertEquals("乡镇人民政府（1）", ChineseText.removeSpaces(" 乡镇\u3000人民 政府（1）\ufeff"));
        String plain = "服务网点（1）";
        assertEquals(plain, ChineseText.collapseSpaces(plain));
    }
}
