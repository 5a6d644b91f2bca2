package org.gkml.catalog.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The texts the rules scan by hand (a first answer does not compile regular expressions) against the regular
 * expressions they stand for, on seeded texts made of the characters that matter to each.
 */
class ScannedByHandTest {

    private static String text(Random r, String[] pieces, int max) {
        StringBuilder b = new StringBuilder();
        for (int n = r.nextInt(max); n > 0; n--) {
            b.append(pieces[r.nextInt(pieces.length)]);
        }
        return b.toString();
    }

    @Test
    void unitAfter_isTheFirstMatchOfItsNumber() {
        Pattern p = Pattern.compile("(\\d+)个?(工作日|日|天)");
        String[] pieces = {"1", "2", "0", "15", "20", "个", "工作日", "工作", "日", "天", "内", "起", "，", " ", "a", "个工作日"};
        Random r = new Random(20261205);
        int found = 0;
        for (int i = 0; i < 100_000; i++) {
            String t = text(r, pieces, 12);
            String number = Integer.toString(r.nextInt(4) == 0 ? r.nextInt(3) : new int[] {1, 2, 15, 20, 12, 120}[r.nextInt(6)]);
            String expected = "";
            for (Matcher m = p.matcher(t); expected.isEmpty() && m.find(); ) {
                if (m.group(1).equals(number)) {
                    expected = m.group(2);
                }
            }
            found += expected.isEmpty() ? 0 : 1;
            assertEquals(expected, BuiltInRules.unitAfter(t, number), () -> t + " / " + number);
        }
        assertEquals(true, found > 2_000, "the texts state units often: " + found);
    }

    @Test
    void article20Paragraph_isTheFirstMatchsGroup() {
        Pattern p = Pattern.compile("第二十条第([一二三四五六七八九十]+)款");
        String[] pieces = {"第二十条", "第", "二", "十", "一", "三", "款", "项", "条", "第二十条第", "、", "《条例》", "x"};
        Random r = new Random(31);
        int found = 0;
        for (int i = 0; i < 100_000; i++) {
            String t = text(r, pieces, 10);
            Matcher m = p.matcher(t);
            String expected = m.find() ? m.group(1) : null;
            found += expected == null ? 0 : 1;
            assertEquals(expected, BuiltInRules.article20Paragraph(t), t);
        }
        assertEquals(true, found > 300, "the texts cite paragraphs often: " + found);
    }

    @Test
    void simpleTemplate_isTheRegularShape() {
        Pattern p = Pattern.compile("([^{}]|\\{\\d\\})*");
        String[] pieces = {"{", "}", "0", "9", "{0}", "{1}", "{12}", "{a}", "x", "第", "'", ",number", "{0,number,#}"};
        Random r = new Random(7);
        int simple = 0;
        for (int i = 0; i < 100_000; i++) {
            String t = text(r, pieces, 8);
            boolean expected = p.matcher(t).matches();
            simple += expected ? 1 : 0;
            assertEquals(expected, Messages.Template.simple(t), t);
        }
        assertEquals(true, simple > 10_000 && simple < 90_000, "both shapes are met: " + simple);
    }
}
