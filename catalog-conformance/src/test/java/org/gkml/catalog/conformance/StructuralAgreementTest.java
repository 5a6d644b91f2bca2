package org.gkml.catalog.conformance;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.gkml.catalog.io.BindingProblem;
import org.gkml.catalog.io.CatalogFormatException;
import org.gkml.catalog.io.json.JsonCatalogReader;
import org.gkml.catalog.io.json.CatalogJson;
import org.gkml.catalog.testkit.CatalogGenerator;
import org.junit.jupiter.api.Test;

/**
 * The fast path's structural findings (the streaming reader in lenient mode) and networknt's (the reference) flag
 * the same places on a few thousand mutated documents: every path one flags lies on, under or above a path the
 * other flags, or in the same object. Mutations are structural (types, tokens, unknown and missing keys, tags); constraints that the
 * format leaves to the validator's rules (blank names, code patterns, channel names) are not mutated here.
 */
class StructuralAgreementTest {

    private static final String[][] MUTATIONS = org.gkml.catalog.testkit.Mutations.STRUCTURAL;

    /** Ways to write an integer N with a zero fraction: JSON Schema's integer is any such number. */
    private static final String[] INTEGERS = {"%d.0", "%d.000", "%de0", "%d0E-1"};
    private static final java.util.regex.Pattern AMOUNT = java.util.regex.Pattern.compile("\"amount\": (\\d+)");

    /** The members of an entry that completeness asks for and structure does not (only code, category, name are required). */
    private static final List<String> COMPLETENESS = List.of("content", "basis", "deadline", "subjects", "channels", "audience",
            "method", "levels", "responsibility", "duration");

    /** Both verdicts are "structurally valid" when an integer is written with a zero fraction or completeness keys are absent. */
    @Test
    void whatTheFormatAllows_bothAccept() throws Exception {
        int compared = 0;
        for (long seed = 0; seed < 600; seed++) {
            String json = CatalogJson.toJson(new CatalogGenerator(47_000 + seed).catalog(3));
            String mutated;
            if (seed % 2 == 0) {
                java.util.regex.Matcher m = AMOUNT.matcher(json);
                if (!m.find()) {
                    continue;
                }
                String written = String.format(INTEGERS[(int) (seed / 2 % INTEGERS.length)], Long.parseLong(m.group(1)));
                mutated = json.substring(0, m.start(1)) + written + json.substring(m.end(1));
            } else { // drop a seeded subset of the completeness members from every entry
                Random r = new Random(seed);
                jakarta.json.JsonObject doc = jakarta.json.Json.createReader(new java.io.StringReader(json)).readObject();
                jakarta.json.JsonArrayBuilder entries = jakarta.json.Json.createArrayBuilder();
                for (jakarta.json.JsonValue v : doc.getJsonArray("entries")) {
                    jakarta.json.JsonObjectBuilder e = jakarta.json.Json.createObjectBuilder(v.asJsonObject());
                    for (String k : COMPLETENESS) {
                        if (r.nextBoolean()) {
                            e.remove(k);
                        }
                    }
                    entries.add(e);
                }
                mutated = jakarta.json.Json.createObjectBuilder(doc).add("entries", entries).build().toString();
            }
            List<BindingProblem> reference = JsonSchemaCheck.check(mutated, "m.json");
            List<String> fast = new ArrayList<>();
            try (JsonCatalogReader reader = JsonCatalogReader.open(new ByteArrayInputStream(mutated.getBytes(StandardCharsets.UTF_8)),
                    "m.json", p -> fast.add(p.location().pointer() + " " + p.message()))) {
                reader.readAll();
            }
            assertTrue(reference.isEmpty(), "seed " + seed + ": reference " + reference);
            assertTrue(fast.isEmpty(), "seed " + seed + ": fast " + fast);
            compared++;
        }
        assertTrue(compared > 400, "compared " + compared);
    }

    private static boolean under(String a, String b) {
        return a.equals(b) || a.startsWith(b + "/") || b.startsWith(a + "/") || a.isEmpty() || b.isEmpty();
    }

    private static String parent(String p) {
        int i = p.lastIndexOf('/');
        return i <= 0 ? "" : p.substring(0, i);
    }

    /**
     * The same place: on, under or above each other, or within the same object (networknt attributes a failed oneOf
     * of a tagged deadline to its "type", also for a fault in a nested condition, where the reader names the
     * offending member).
     */
    private static boolean related(String a, String b) {
        return under(a, b) || under(parent(a), b) || under(a, parent(b));
    }

    @Test
    void fastPathAndNetworknt_flagTheSamePlaces() throws Exception {
        int compared = 0;
        List<String> disagreements = new ArrayList<>();
        for (long seed = 0; seed < 3000; seed++) {
            CatalogGenerator g = new CatalogGenerator(91_000 + seed);
            String json = CatalogJson.toJson(g.catalog(3));
            Random r = new Random(seed);
            String[] m = MUTATIONS[r.nextInt(MUTATIONS.length)];
            int at = json.indexOf(m[0], r.nextInt(Math.max(1, json.length() / 2)));
            at = at < 0 ? json.indexOf(m[0]) : at;
            if (at < 0) {
                continue;
            }
            String mutated = json.substring(0, at) + m[1] + json.substring(at + m[0].length());
            List<String> reference = new ArrayList<>();
            for (BindingProblem p : JsonSchemaCheck.check(mutated, "m.json")) {
                reference.add(p.location().pointer());
            }
            List<String> fast = new ArrayList<>();
            boolean fatal = false;
            boolean duplicate = false;
            try (JsonCatalogReader reader = JsonCatalogReader.open(new ByteArrayInputStream(mutated.getBytes(StandardCharsets.UTF_8)),
                    "m.json", p -> fast.add(p.location().pointer()))) {
                reader.readAll();
            } catch (CatalogFormatException e) {
                fatal = true;
                duplicate = e.getMessage().contains("duplicate key");
            }
            if (duplicate && reference.isEmpty()) {
                continue; // JSON Schema does not see duplicate keys (the last one wins); the reader refuses them
            }
            compared++;
            if (reference.isEmpty() || (fast.isEmpty() && !fatal)) {
                disagreements.add("seed " + seed + " " + m[1] + ": reference " + reference + ", fast " + fast);
                continue;
            }
            if (fatal) {
                continue;
            }
            for (String f : fast) {
                if (reference.stream().noneMatch(x -> related(x, f))) {
                    disagreements.add("seed " + seed + " " + m[1] + ": fast flags " + f + ", reference " + reference);
                }
            }
            for (String x : reference) {
                if (fast.stream().noneMatch(f -> related(x, f))) {
                    disagreements.add("seed " + seed + " " + m[1] + ": reference flags " + x + ", fast " + fast);
                }
            }
        }
        assertTrue(compared > 2000, "compared " + compared);
        assertTrue(disagreements.isEmpty(), disagreements.size() + " disagreements, e.g. " + disagreements.subList(0, Math.min(5, disagreements.size())));
    }
}
