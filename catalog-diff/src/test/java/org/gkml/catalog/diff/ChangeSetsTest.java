package org.gkml.catalog.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.gkml.catalog.io.json.CatalogJson;
import org.gkml.catalog.model.Catalog;
import org.gkml.catalog.model.Entry;
import org.gkml.catalog.model.Method;
import org.gkml.catalog.testkit.CatalogGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The change set renderers (JSON, Markdown, HTML) on their own, without the command line. */
class ChangeSetsTest {

    private static ChangeSet sample() throws Exception {
        Catalog a = CatalogJson.read(Path.of("../examples/catalogs/county-sample.json"));
        Catalog b = CatalogJson.read(Path.of("../examples/catalogs/county-sample-2026.json"));
        return CatalogDiff.diff(a, b);
    }

    @Test
    void markdown_countsFirst_thenLessOpenChangesBeforeTheOthers() throws Exception {
        ChangeSet cs = sample();
        StringWriter w = new StringWriter();
        ChangeSets.markdown(cs, w, java.util.Locale.ENGLISH);
        String md = w.toString();
        java.util.Map<String, Integer> s = cs.summary();
        assertTrue(md.contains("| " + s.get("lessOpen") + " | " + s.get("moreOpen") + " | " + s.get("neutral") + " | "), md);
        int less = md.indexOf("## ⚠ Less open");
        int more = md.indexOf("## More open");
        int neutral = md.indexOf("## Neutral");
        assertTrue(less > 0 && more > less && neutral > more, "sections in order of concern: " + md);
        long lessItems = md.substring(less, more).lines().filter(l -> l.startsWith("- **")).count();
        assertEquals(cs.changes().stream().filter(c -> c.effect() == Effect.LESS_OPEN).count(), lessItems);
    }

    @Test
    void markdown_ofNoChange_saysSo() throws Exception {
        Catalog a = new CatalogGenerator(5).catalog(4);
        StringWriter w = new StringWriter();
        ChangeSets.markdown(CatalogDiff.diff(a, a), w);
        assertTrue(w.toString().endsWith("没有变化。\n"), w.toString());
    }

    @Test
    void html_isOnePage_withEveryChangeAndTheTextEscaped() throws Exception {
        Catalog a = new CatalogGenerator(9).catalog(3);
        Entry e = a.entries().get(0);
        Entry hostile = e.toBuilder().name("<script>alert(1)</script>").method(e.method() == Method.PROACTIVE ? Method.ON_REQUEST : Method.PROACTIVE).build();
        Catalog b = a.withEntries(List.of(hostile, a.entries().get(1), a.entries().get(2)));
        ChangeSet cs = CatalogDiff.diff(a, b);
        StringWriter w = new StringWriter();
        ChangeSets.html(cs, w);
        String html = w.toString();
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.trim().endsWith("</html>"), html);
        assertFalse(html.contains("<script>alert(1)</script>"), "cell text is escaped");
        assertTrue(html.contains("&lt;script&gt;"), html);
        int rows = 0;
        for (Change c : cs.changes()) {
            rows += 1 + (c.kind() == ChangeKind.ADDED || c.kind() == ChangeKind.REMOVED ? 0 : c.fields().size());
        }
        assertEquals(rows, html.split("<tr class=\"", -1).length - 1, "a row per change and per changed field: " + html);
        assertTrue(rows >= 3, "the name and the method changed: " + rows);
    }

    /** The text a reader sees: tags and the style sheet gone, entities decoded. */
    static String visible(String html) {
        return html.replaceAll("(?s)<style>.*?</style>", "").replaceAll("<[^>]+>", " ").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&amp;", "&");
    }

    /** Vocabulary tokens of the wire format: none may reach a person. */
    static final java.util.regex.Pattern TOKENS = java.util.regex.Pattern.compile(
            "\\b(proactive|onRequest|specificGroup|governmentWebsite|newMedia|serviceCenter|noticeBoard|formedOrChanged|requestReceived"
            + "|workingDay|lessOpen|moreOpen|prefectural|within|immediate|prompt|unparsed)\\b");

    @Test
    void htmlAndMarkdown_speakInWords_notJsonOrTokens() throws Exception {
        ChangeSet cs = sample();
        for (java.util.Locale l : List.of(java.util.Locale.SIMPLIFIED_CHINESE, java.util.Locale.ENGLISH)) {
            StringWriter h = new StringWriter();
            ChangeSets.html(cs, h, l);
            String seen = visible(h.toString());
            assertFalse(seen.contains("{\"") || seen.contains("\":"), "no wire-format JSON: " + seen);
            java.util.regex.Matcher m = TOKENS.matcher(seen);
            assertFalse(m.find(), "a vocabulary token in the visible text: " + (m.hitEnd() ? "" : m.group()) + " in " + seen);
            StringWriter md = new StringWriter();
            ChangeSets.markdown(cs, md, l);
            assertFalse(md.toString().contains("{\""), md.toString());
            assertFalse(TOKENS.matcher(md.toString().replaceAll("`[^`]*`", "")).find(), md.toString());
        }
        StringWriter zh = new StringWriter();
        ChangeSets.html(cs, zh);
        String page = zh.toString();
        assertTrue(page.contains("公开程度降低") && page.contains("公开时限"), page);
        assertTrue(page.contains("table-layout:fixed") && page.contains("overflow-wrap:anywhere"), "the table wraps to the window");
    }

    @Test
    void changedWords_areMarked_notLettersOfAWord() {
        String[] m = ChangeSets.mark("信息形成之日起10个工作日内 proactive", "信息形成之日起20个工作日内 onRequest");
        assertEquals("信息形成之日起<del>10</del>个工作日内 <del>proactive</del>", m[0]);
        assertEquals("信息形成之日起<ins>20</ins>个工作日内 <ins>onRequest</ins>", m[1]);
        assertEquals(List.of("公", "开", "20", "个", " ", "workingDay"), ChangeSets.words("公开20个 workingDay"));
    }

    static java.util.stream.LongStream seeds() {
        return java.util.stream.LongStream.range(0, 40).map(i -> 9000L + i);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void json_readsBackWhatItWrote(long seed) throws Exception {
        CatalogGenerator g = new CatalogGenerator(seed);
        Catalog a = g.catalog(8);
        Catalog b = new CatalogGenerator(seed + 1).catalog(8);
        ChangeSet cs = CatalogDiff.diff(a, b);
        String json = ChangeSets.toJson(cs);
        assertEquals(json, ChangeSets.toJson(ChangeSets.readJson(json)), "seed " + seed);
        assertEquals(b, CatalogDiff.apply(ChangeSets.readJson(json), a), "the change set read back still applies, seed " + seed);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "{\"changes\": 5}|/changes|expected an array, found number",
        "{\"changes\": [{\"kind\": \"modified\"}]}|/changes/0/effect|expected a string, found nothing",
        "{\"changes\": [7]}|/changes/0|expected an object, found number",
        "{\"changes\": [{\"kind\": \"modified\", \"effect\": \"neutral\", \"position\": 1.5}]}|/changes/0/position|expected an integer",
        "{\"changes\": [], \"order\": [1]}|/order/0|expected a string",
        "[1]||expected an object, found array"})
    void aMalformedChangeSet_isOneLocatedLine_neverJavaText(String json, String pointer, String expected) {
        org.gkml.catalog.io.CatalogFormatException e = org.junit.jupiter.api.Assertions.assertThrows(
                org.gkml.catalog.io.CatalogFormatException.class, () -> ChangeSets.readJson(json, "cs.json"));
        assertEquals(pointer == null ? "" : pointer, e.location().pointer(), e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertFalse(e.getMessage().contains("jakarta") || e.getMessage().contains("Cannot invoke") || e.getMessage().contains("class "), e.getMessage());
    }

    @Test
    void aChangeSetNestedDeeperThanTheJsonLimit_isRefusedAsSuch() {
        String deep = "{\"changes\": [], \"x\": " + "[".repeat(5000) + "]".repeat(5000) + "}";
        org.gkml.catalog.io.CatalogFormatException e = org.junit.jupiter.api.Assertions.assertThrows(
                org.gkml.catalog.io.CatalogFormatException.class, () -> ChangeSets.readJson(deep, "deep.json"));
        assertTrue(e.getMessage().startsWith("deep.json") && e.getMessage().contains("nesting deeper than 200"), e.getMessage());
    }

    /**
     * A change set longer than Parsson's default count of 15 million characters a document (the order of two
     * 1,000,000-entry versions, 30 MB) is read: the readers keep their nesting and duplicate-key limits, not that one.
     */
    @Test
    void aChangeSetOfMoreThan15MillionCharacters_isRead() throws Exception {
        List<String> order = new java.util.ArrayList<>();
        for (int i = 0; i < 1_000_000; i++) {
            order.add("371524-2025-" + i);
        }
        String json = ChangeSets.toJson(new ChangeSet("a", "1", "a", "2", List.of(), order));
        assertTrue(json.length() > 16_000_000, "characters: " + json.length());
        assertEquals(order, ChangeSets.readJson(json, "big.json").order());
    }
}
