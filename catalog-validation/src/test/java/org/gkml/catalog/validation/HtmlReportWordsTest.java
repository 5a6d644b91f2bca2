package org.gkml.catalog.validation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Path;
import org.gkml.catalog.io.json.CatalogJson;
import org.gkml.catalog.model.Catalog;
import org.gkml.catalog.model.Entry;
import org.junit.jupiter.api.Test;

/** The HTML report reads as a clerk reads: each entry by its name and code, where once, no wire-format JSON. */
class HtmlReportWordsTest {

    @Test
    void entriesAreNamed_andEachPlaceSaidOnce(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Catalog c = CatalogJson.read(Path.of("../examples/catalogs/county-sample.json"));
        Entry first = c.entries().get(0).toBuilder().method(null).build();
        Catalog broken = c.withEntries(java.util.List.of(first, c.entries().get(1)));
        Path file = dir.resolve("broken.json");
        java.nio.file.Files.writeString(file, CatalogJson.toJson(broken));
        ValidationReport r = Validator.defaults().validate(file);
        assertTrue(r.entryNames().containsKey(first.code()), r.entryNames().toString());
        StringWriter w = new StringWriter();
        Reports.html(r, w);
        String html = w.toString();
        assertTrue(html.contains("事项 1 " + first.name() + " · " + first.code()), html);
        String visible = html.replaceAll("(?s)<style>.*?</style>", "").replaceAll("<[^>]+>", " ");
        assertFalse(visible.contains("{\"") || visible.contains("/entries/0/method"), "no JSON, the pointer only on hover: " + visible);
        assertTrue(visible.matches("(?s).*第 \\d+ 行第 \\d+ 列.*"), "where in the file, in words: " + visible);
    }
}
