package org.gkml.catalog.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gkml.catalog.io.json.CatalogJson;
import org.gkml.catalog.conformance.JsonSchemaCheck;
import org.gkml.catalog.model.Catalog;
import org.junit.jupiter.api.Test;

/**
 * The sample county catalog and its realistic 2026 resubmission (planted: method, deadline, channel, audience
 * and level changes, a recode, a rename with recode, a move, a removal and an addition). The change set is a
 * golden file; {@code -Dgolden.update=true} rewrites it so that the change shows in review.
 */
class YearOverYearGoldenTest {

    private static final Path DIR = Path.of("../examples/catalogs");

    @Test
    void sample2025To2026_matchesGoldenChangeSet() throws Exception {
        Catalog a = CatalogJson.read(DIR.resolve("county-sample.json"));
        Catalog b = CatalogJson.read(DIR.resolve("county-sample-2026.json"));
        ChangeSet cs = CatalogDiff.diff(a, b);
        String json = ChangeSets.toJson(cs);
        Path golden = DIR.resolve("county-sample-2025-to-2026.changeset.json");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(golden, json, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), json);
        assertEquals(List.of(), JsonSchemaCheck.check(JsonSchemaCheck.load("changeset.schema.json"), json, "golden"));
        Map<String, String> planted = new TreeMap<>();
        for (Change c : cs.changes()) {
            if (c.entry() != null) {
                planted.put(c.entry(), c.kind().token() + "/" + c.effect().token());
            }
        }
        Map<String, String> expected = new TreeMap<>(Map.ofEntries(
                Map.entry("371524-zfb-003", "modified/neutral"), Map.entry("371524-zfb-005", "modified/moreOpen"),
                Map.entry("371524-mzj-008", "modified/lessOpen"), Map.entry("371524-mzj-011", "modified/lessOpen"),
                Map.entry("371524-mzj-014", "moved/neutral"), Map.entry("371524-jtj-015", "modified/lessOpen"),
                Map.entry("371524-jtj-016", "recoded/neutral"), Map.entry("371524-czj-022", "modified/lessOpen"),
                Map.entry("371524-yjj-026", "modified/moreOpen"), Map.entry("371524-zjj-029", "recoded/neutral"),
                Map.entry("371524-zfb-035", "added/moreOpen"), Map.entry("371524-yjj-025", "removed/lessOpen")));
        assertEquals(expected, planted);
        assertEquals(b, CatalogDiff.apply(ChangeSets.readJson(json), a));
    }
}
