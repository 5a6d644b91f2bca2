package org.gkml.catalog.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.gkml.catalog.io.json.CatalogJson;
import org.gkml.catalog.testkit.CatalogGenerator;
import org.junit.jupiter.api.Test;

/**
 * Structural findings read as a clerk reads: in Chinese by default (no English sentence from the reader left), in
 * English with {@code Locale.ENGLISH}; each vocabulary finding carries the offending value, and the line and column of
 * a JSON finding are those of the offending member, not of its entry.
 */
class StructuralMessagesTest {

    private static final String[][] MUTATIONS = org.gkml.catalog.testkit.Mutations.STRUCTURAL;

    /** English words the readers' messages are made of; none may be left in a Chinese message outside quotes. */
    private static final Pattern ENGLISH = Pattern.compile("\\b(expected|found|missing|unknown|key|must|element|attribute|needs|one of|integer|string)\\b");

    private static String unquoted(String s) {
        return s.replaceAll("\"[^\"]*\"", "\"\"").replaceAll("\\[[^\\]]*\\]", "[]").replaceAll("<[^>]*>", "<>");
    }

    @Test
    void structuralFindings_areChineseByDefault_englishOnRequest_withTheValue_atTheMember() throws Exception {
        Validator zh = Validator.builder().build();
        Validator en = Validator.builder().locale(Locale.ENGLISH).build();
        int seen = 0;
        for (long seed = 0; seed < 400; seed++) {
            String json = CatalogJson.toJson(new CatalogGenerator(5_000 + seed).catalog(3));
            Random r = new Random(seed);
            String[] m = MUTATIONS[(int) (seed % MUTATIONS.length)];
            int at = json.indexOf(m[0], r.nextInt(Math.max(1, json.length() / 2)));
            at = at < 0 ? json.indexOf(m[0]) : at;
            if (at < 0) {
                continue;
            }
            String mutated = json.substring(0, at) + m[1] + json.substring(at + m[0].length());
            long mutatedLine = mutated.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
            ValidationReport zr = zh.validate(new ByteArrayInputStream(mutated.getBytes(StandardCharsets.UTF_8)), "m.json");
            ValidationReport er = en.validate(new ByteArrayInputStream(mutated.getBytes(StandardCharsets.UTF_8)), "m.json");
            List<Issue> zs = zr.issues().stream().filter(i -> i.rule().startsWith("STRUCT-00") || i.rule().equals("VOC-001")).toList();
            List<Issue> es = er.issues().stream().filter(i -> i.rule().startsWith("STRUCT-00") || i.rule().equals("VOC-001")).toList();
            assertFalse(zs.isEmpty(), "seed " + seed + " " + m[1]);
            assertEquals(zs.size(), es.size());
            boolean onTheLine = false;
            for (int i = 0; i < zs.size(); i++) {
                Issue z = zs.get(i);
                String detail = unquoted(z.message());
                assertFalse(ENGLISH.matcher(detail).find(), "seed " + seed + ": " + z.message());
                assertTrue(ENGLISH.matcher(es.get(i).message()).find(), es.get(i).message());
                if (z.rule().equals("VOC-001")) {
                    assertTrue(z.value() != null && mutated.contains("\"" + z.value() + "\""), z + " value " + z.value());
                }
                // a fatal finding (a duplicate key) is located where the reading stopped: the repeated key, a few lines on
                onTheLine |= z.rule().equals("STRUCT-003") ? Math.abs(z.location().line() - mutatedLine) <= 5 : z.location().line() == mutatedLine;
            }
            // the generator writes one member per line: some finding is on the mutated member's line
            assertTrue(onTheLine, "seed " + seed + " " + m[1] + " line " + mutatedLine + ": " + zs);
            seen++;
        }
        assertTrue(seen > 300, "compared " + seen);
    }

    @Test
    void eachShape_hasItsChineseWording() {
        assertEquals("未知的公开对象范围 \"everyone\"，应为以下之一：[public, specificGroup]",
                StructuralText.chinese("unknown audience scope \"everyone\"; expected one of [public, specificGroup]"));
        assertEquals("应为字符串，实际为数字 3", StructuralText.chinese("expected a string, found the number 3"));
        assertEquals("应为整数，实际为空值（null）", StructuralText.chinese("expected an integer, found null"));
        assertEquals("应为 0 到 2147483647 之间的整数，实际为 -1", StructuralText.chinese("expected an integer from 0 to 2147483647, found -1"));
        assertEquals("缺少键 \"trigger\"", StructuralText.chinese("missing key \"trigger\""));
        assertEquals("未定义的键 \"days\"，应为以下之一：[amount, unit]（发布机构自有的数据应放在 \"extensions\" 中）",
                StructuralText.chinese("unknown key \"days\"; expected one of [amount, unit] (publisher data belongs in \"extensions\")"));
        assertEquals("未知的公开时限类型 \"soon\"，应为以下之一：[byDate, within]",
                StructuralText.chinese("unknown deadline type \"soon\"; expected one of [byDate, within]"));
        assertEquals("a sentence no reader writes", StructuralText.chinese("a sentence no reader writes"));
        assertEquals("应为ISO-8601 日期（如 2024-12-31），实际为 \"2024$1\"",
                StructuralText.chinese("expected an ISO-8601 date such as 2024-12-31, found \"2024$1\""));
    }
}
