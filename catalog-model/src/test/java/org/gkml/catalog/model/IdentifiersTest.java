package org.gkml.catalog.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdentifiersTest {

    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y43", "11610923MB2900168E", "1134082855783407XL"})
    void creditCode_domainExamples_areValid(String code) {
        assertTrue(CreditCode.isValid(code));
        assertEquals(code, CreditCode.parse(" " + code.toLowerCase() + " ").value());
        assertTrue(OrganizationCode.isValid(CreditCode.parse(code).organizationCode()), "embedded organisation code");
    }

    @Test
    void creditCode_wrongCheck_messageQuotesInputAndExpected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CreditCode.parse("91350100M000100Y44"));
        assertTrue(e.getMessage().contains("\"91350100M000100Y44\""), e.getMessage());
        assertTrue(e.getMessage().contains("expected '3'"), e.getMessage());
    }

    @Test
    void creditCode_badAlphabetAndLength() {
        assertFalse(CreditCode.isValid("91350100M000100I43"));
        assertFalse(CreditCode.isValid("91350100M000100Y4"));
        assertTrue(CreditCode.check("9135010OM000100Y43").orElseThrow().contains("position 8"));
    }

    /** Each problem in Chinese (the report's default language) as in English, for the same strings. */
    @Test
    void problems_inChineseAndEnglish() {
        java.util.Locale zh = java.util.Locale.ROOT;
        java.util.Locale en = java.util.Locale.ENGLISH;
        String[][] credit = {
            {"9135", "有4位，应为18位", "has 4 characters"},
            {"91350100M000100I43", "第16位的“I”不是代码字符", "'I' at position 16"},
            {"9135010AM000100Y43", "第8位为“A”；第3至8位是行政区划码", "positions 3-8"},
            {"91350100M000100Y44", "的校验码为“4”，应为“3”", "expected '3'"},
        };
        for (String[] c : credit) {
            assertTrue(CreditCode.check(c[0], zh).orElseThrow().contains(c[1]), CreditCode.check(c[0], zh).orElseThrow());
            assertTrue(CreditCode.check(c[0], en).orElseThrow().contains(c[2]), CreditCode.check(c[0], en).orElseThrow());
            assertEquals(CreditCode.check(c[0]), CreditCode.check(c[0], en));
        }
        assertEquals("缺少统一社会信用代码", CreditCode.check(null, zh).orElseThrow());
        String[][] division = {{"12", "须为6位数字", "must be 6 digits"}, {"991524", "省级部分为99", "province part 99"},
            {"370024", "有县级部分而无地市级部分", "without a prefecture"}};
        for (String[] d : division) {
            assertTrue(DivisionCode.check(d[0], zh).orElseThrow().contains(d[1]), DivisionCode.check(d[0], zh).orElseThrow());
            assertTrue(DivisionCode.check(d[0], en).orElseThrow().contains(d[2]), DivisionCode.check(d[0], en).orElseThrow());
        }
        java.util.Random r = new java.util.Random(11);
        for (int i = 0; i < 20_000; i++) { // the two languages agree on what is valid
            StringBuilder b = new StringBuilder();
            for (int n = r.nextInt(20); n > 0; n--) {
                b.append("0123456789ABCDEFGHJKLMNPQRTUWXYIOZ".charAt(r.nextInt(34)));
            }
            String t = b.toString();
            assertEquals(CreditCode.check(t).isPresent(), CreditCode.check(t, zh).isPresent(), t);
            assertEquals(DivisionCode.check(t).isPresent(), DivisionCode.check(t, zh).isPresent(), t);
        }
    }

    @Test
    void organizationCode_hyphenAndCheck() {
        assertEquals("M000100Y4", OrganizationCode.parse("M000100Y-4").value());
        assertFalse(OrganizationCode.isValid("M000100Y5"));
    }

    @Test
    void divisionCode_structure() {
        assertTrue(DivisionCode.isValid("371524"));
        assertTrue(DivisionCode.parse("371524").isCountyLevel());
        assertFalse(DivisionCode.isValid("37152"));
        assertFalse(DivisionCode.isValid("991524"));
        assertFalse(DivisionCode.isValid("370024"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> DivisionCode.parse("37x524"))
                .getMessage().contains("37x524"));
    }
}
