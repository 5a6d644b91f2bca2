package org.gkml.catalog.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each example runs and prints what the README says it prints. */
class ExamplesTest {

    interface Main {
        void run() throws Exception;
    }

    private static String capture(Main m) throws Exception {
        PrintStream old = System.out;
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        System.setOut(new PrintStream(b, true, StandardCharsets.UTF_8));
        try {
            m.run();
        } finally {
            System.setOut(old);
        }
        return b.toString(StandardCharsets.UTF_8);
    }

    @Test
    void buildCatalog(@TempDir Path dir) throws Exception {
        String out = capture(() -> BuildCatalog.main(new String[] {dir.toString()}));
        assertTrue(Files.readString(dir.resolve("mzj.json")).contains("\"name\": \"低保政策\""));
        assertTrue(Files.readString(dir.resolve("mzj.xml")).contains("<name>低保政策</name>"));
        assertTrue(out.contains("2025-10-16"), out);
    }

    @Test
    void validateSubmission() throws Exception {
        String out = capture(() -> ValidateSubmission.main(new String[] {"catalogs/county-sample.json"}));
        java.util.List<String> lines = out.lines().toList();
        assertTrue(lines.contains("accepted"), "the county sample has no errors under the basic-level profile: " + out);
        assertTrue(lines.stream().noneMatch(l -> l.contains(" DL-002 ")), "every deadline of the sample is structured: " + out);
        // the ServiceLoader rule of this module (SD-001) names exactly the entries without a responsibility unit
        org.gkml.catalog.model.Catalog sample = org.gkml.catalog.io.Catalogs.read(Path.of("catalogs/county-sample.json"));
        java.util.List<String> expected = new java.util.ArrayList<>();
        for (int i = 0; i < sample.entries().size(); i++) {
            org.gkml.catalog.model.Entry e = sample.entries().get(i);
            if (e.responsibility() == null || e.responsibility().unit() == null) {
                expected.add("warning SD-001 /entries/" + i + "/responsibility");
            }
        }
        assertEquals(expected, lines.stream().filter(l -> l.startsWith("warning SD-001 ")).map(l -> l.substring(0, l.indexOf(':'))).toList(), out);
        assertTrue(lines.stream().noneMatch(l -> l.startsWith("error ")), out);
    }

    @Test
    void importLegacySheet() throws Exception {
        String out = capture(() -> ImportLegacySheet.main(new String[] {"catalogs/legacy-township-budget.xlsx"}));
        assertTrue(out.contains("1 entries"), out);
        assertTrue(out.contains("appended"), out);
    }

    @Test
    void listLessOpenChanges() throws Exception {
        String out = capture(() -> ListLessOpenChanges.main(new String[] {"catalogs/county-sample.json"}));
        assertTrue(out.contains("/method lessOpen"), out);
    }

    @Test
    void customRules() throws Exception {
        String out = capture(() -> CustomRules.main(new String[0]));
        assertTrue(out.contains("SD-001 warning"), out);
    }

    @Test
    void streamLargeCatalog(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("proactive.xml");
        String said = capture(() -> StreamLargeCatalog.main(new String[] {"catalogs/county-sample.json", out.toString()}));
        org.gkml.catalog.model.Catalog all = org.gkml.catalog.io.Catalogs.read(Path.of("catalogs/county-sample.json"));
        org.gkml.catalog.model.Catalog kept = org.gkml.catalog.io.Catalogs.read(out);
        long proactive = all.entries().stream().filter(e -> e.method() == org.gkml.catalog.model.Method.PROACTIVE).count();
        org.junit.jupiter.api.Assertions.assertEquals(proactive, kept.entries().size());
        org.junit.jupiter.api.Assertions.assertTrue(proactive < all.entries().size(), "the sample has on-request entries too");
        org.junit.jupiter.api.Assertions.assertEquals(all.title(), kept.title());
        assertTrue(said.contains(all.entries().size() + " entries read, " + proactive + " proactive"), said);
    }

    @Test
    void auditRegisters() throws Exception {
        String out = capture(() -> AuditRegisters.main(new String[] {"ledger"}));
        assertEquals(24, out.lines().filter(l -> l.startsWith("error ")).count(), out);
        assertEquals(11, out.lines().filter(l -> l.startsWith("warning ")).count(), out);
        assertTrue(out.contains("annual report due 2026-01-31, balanced"), out);
        assertTrue(out.contains("\"newlyReceived\": ["), out);
    }
}
