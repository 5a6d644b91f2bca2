package org.gkml.catalog.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.gkml.catalog.io.BindingProblem;
import org.gkml.catalog.io.CatalogFormatException;
import org.gkml.catalog.model.Entry;
import org.gkml.catalog.testkit.CatalogGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The binder's two modes agree on generated documents with random structural mutations: a strict reading fails
 * exactly when a lenient one reports problems, at the first problem's pointer; and the tree entry points
 * ({@link CatalogJson#entryFromJson}, {@link CatalogJson#headerFromJson}) bind through the same binder. The
 * structural verdict itself is checked against networknt's JSON Schema validator in {@code catalog-conformance}.
 */
class StreamingBinderTest {

    static java.util.stream.LongStream seeds() {
        return java.util.stream.LongStream.range(0, 600).map(i -> 777_000L + i);
    }

    private static final String[][] MUTATIONS = {
        {"\"method\": \"proactive\"", "\"method\": \"主动\""},
        {"\"method\": \"proactive\"", "\"method\": null"},
        {"\"method\": \"proactive\"", "\"method\": 3"},
        {"\"unit\": \"workingDay\"", "\"unit\": \"days\""},
        {"\"unit\": \"workingDay\"", "\"unit\": null"},
        {"\"amount\": ", "\"amount\": null, \"x\": "},
        {"\"amount\": ", "\"amount\": \"7\", \"y\": "},
        {"\"amount\": 1", "\"amount\": 1.5"},
        {"\"amount\": 1", "\"amount\": -1"},
        {"\"trigger\": \"", "\"trigger\": null, \"t2\": \""},
        {"\"type\": \"within\"", "\"type\": \"soon\""},
        {"\"type\": \"within\"", "\"kind\": \"within\""},
        {"\"type\": \"byDate\"", "\"type\": \"byDate\", \"amount\": 3"},
        {"\"type\": \"periodic\"", "\"type\": \"periodic\", \"amount\": null"},
        {"\"type\": \"immediate\"", "\"type\": \"sameAsAbove\""},
        {"\"type\": \"fixed\"", "\"type\": \"fixed\", \"trigger\": \"x\""},
        {"\"category\": [", "\"category\": [null, 5, "},
        {"\"category\": [", "\"category\": {}, \"c2\": ["},
        {"\"levels\": [", "\"levels\": [\"mars\", "},
        {"\"channels\": [", "\"channels\": [{\"name\": \"x\"}, {\"type\": \"bogus\"}, 7, "},
        {"\"audience\": {", "\"audience\": {\"scope\": null, \"who\": 1, "},
        {"\"content\": {", "\"content\": {\"elements\": \"x\", \"more\": [], "},
        {"\"basis\": [", "\"basis\": [{\"title\": 5, \"pages\": 2}, "},
        {"\"subjects\": [", "\"subjects\": [\"民政局\", {}, "},
        {"\"code\": \"", "\"code\": \"A\", \"code\": \""},
        {"\"responsibility\": {", "\"responsibility\": {\"unit\": [], "},
        {"\"name\": \"", "\"status\": \"closed\", \"name\": \""},
        {"\"code\": \"", "\"extensions\": [1], \"code\": \""},
        {"\"code\": \"", "\"extensions\": {\"a\": {\"b\": [null, true, 1.25]}}, \"code\": \""},
        {"\"conditions\": [", "\"conditions\": [{\"when\": 1}, {\"deadline\": null}, "},
        {"\"duration\": {", "\"duration\": {\"type\": 1, "},
        {"\"endOfMonth\": true", "\"endOfMonth\": \"yes\""},
        {"\"month\": ", "\"month\": 13, \"m\": "},
    };

    private record Outcome(List<Entry> entries, TreeSet<String> problems, String failure) {
    }

    private static Outcome read(String json, boolean lenient) {
        List<BindingProblem> problems = new ArrayList<>();
        List<Entry> entries = new ArrayList<>();
        try (JsonCatalogReader r = JsonCatalogReader.open(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "m.json",
                lenient ? problems::add : null)) {
            r.header();
            for (Entry e; (e = r.next()) != null; ) {
                entries.add(e);
            }
            r.trailer();
        } catch (CatalogFormatException e) {
            return new Outcome(entries, set(problems), e.location().pointer() + " " + e.problem().replaceAll("\\(.*", ""));
        } catch (java.io.IOException e) {
            return new Outcome(entries, set(problems), "io " + e.getMessage());
        }
        return new Outcome(entries, set(problems), null);
    }

    private static TreeSet<String> set(List<BindingProblem> problems) {
        TreeSet<String> s = new TreeSet<>();
        for (BindingProblem p : problems) {
            s.add(p.location().pointer() + " " + p.kind());
        }
        return s;
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void strictAndLenient_agree(long seed) {
        CatalogGenerator g = new CatalogGenerator(seed);
        String json = CatalogJson.toJson(g.catalog(6));
        Random r = new Random(seed);
        int n = r.nextInt(4);
        for (int k = 0; k < n; k++) {
            String[] m = MUTATIONS[r.nextInt(MUTATIONS.length)];
            int at = json.indexOf(m[0], r.nextInt(Math.max(1, json.length() / 2)));
            if (at < 0) {
                at = json.indexOf(m[0]);
            }
            if (at >= 0) {
                json = json.substring(0, at) + m[1] + json.substring(at + m[0].length());
            }
        }
        Outcome strict = read(json, false);
        Outcome lenient = read(json, true);
        String at = "seed " + seed + "\n" + json;
        if (lenient.failure() != null) {
            assertTrue(strict.failure() != null, "what a lenient reading cannot read, a strict one does not read either: " + at);
            return;
        }
        assertEquals(lenient.problems().isEmpty(), strict.failure() == null, at + "\nstrict " + strict.failure() + "\nlenient " + lenient.problems());
        if (strict.failure() == null) {
            assertEquals(lenient.entries(), strict.entries(), at);
        } else {
            String pointer = strict.failure().substring(0, strict.failure().indexOf(' '));
            assertTrue(lenient.problems().stream().anyMatch(p -> p.startsWith(pointer + " ")),
                    "the strict failure " + strict.failure() + " is among the lenient problems " + lenient.problems() + ": " + at);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void treeEntryPoints_bindWhatTheWriterWrote(long seed) throws Exception {
        org.gkml.catalog.model.Catalog c = new CatalogGenerator(seed).catalog(3);
        for (int i = 0; i < c.entries().size(); i++) {
            Entry e = c.entries().get(i);
            assertEquals(e, CatalogJson.entryFromJson(CatalogJson.toJsonObject(e), "/entries/" + i), "seed " + seed);
        }
        assertEquals(c.header(), CatalogJson.headerFromJson(CatalogJson.headerToJsonObject(c)), "seed " + seed);
    }
}
