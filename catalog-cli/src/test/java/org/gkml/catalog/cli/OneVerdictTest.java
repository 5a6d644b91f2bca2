package org.gkml.catalog.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.gkml.catalog.conformance.JsonSchemaCheck;
import org.gkml.catalog.conformance.XmlSchemaCheck;
import org.gkml.catalog.cli.CatalogCliTest.Run;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whatever any command writes, every command reads: the import of every dev table (with or without a publisher or a
 * method column) is validated (findings, never a read error), converted to XML and back unchanged, diffed and merged.
 */
class OneVerdictTest {

    static Stream<Path> tables() throws IOException {
        return Files.list(Path.of("../catalog-sheets/src/test/resources/corpus/dev")).filter(p -> p.toString().endsWith(".csv")).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tables")
    void theImport_isReadByEveryCommand(Path table, @TempDir Path dir) throws Exception {
        String json = dir.resolve("t.json").toString();
        Run imported = CatalogCliTest.run("convert", table.toString(), json);
        assertEquals(0, imported.code(), imported.err());
        // the schemas state the structure only: an incomplete catalog is valid against them, as the readers read it
        assertEquals(List.of(), JsonSchemaCheck.check(Files.readString(Path.of(json)), "t.json"));
        Run valid = CatalogCliTest.run("validate", json, "--format", "json");
        assertTrue(valid.code() == 0 || valid.code() == 1, "findings, not a read error: " + valid.err());
        String xml = dir.resolve("t.xml").toString();
        String back = dir.resolve("back.json").toString();
        assertEquals(0, CatalogCliTest.run("convert", json, xml).code());
        try (java.io.InputStream in = Files.newInputStream(Path.of(xml))) {
            assertEquals(List.of(), XmlSchemaCheck.check(in, "t.xml"));
        }
        Run validXml = CatalogCliTest.run("validate", xml, "--format", "json");
        assertEquals(valid.code(), validXml.code(), validXml.err());
        Run again = CatalogCliTest.run("convert", xml, back);
        assertEquals(0, again.code(), again.err());
        assertEquals(Files.readString(Path.of(json)), Files.readString(Path.of(back)), "JSON → XML → JSON is lossless");
        Run diff = CatalogCliTest.run("diff", json, xml);
        assertEquals(0, diff.code(), diff.err());
        Run both = CatalogCliTest.run("validate", json, xml, "--format", "json");
        var schema = JsonSchemaCheck.load("validation-report.schema.json");
        assertEquals(List.of(), JsonSchemaCheck.check(schema, both.out(), "both.json"), "several files: one document, valid");
        assertEquals(List.of(), JsonSchemaCheck.check(schema, valid.out(), "one.json"), "one file: its report");
        assertTrue(!JsonSchemaCheck.check(schema, both.out().replaceFirst("\"valid\"", "\"validity\""), "bad.json").isEmpty(),
                "the schema is no blank cheque");
        Run merge = CatalogCliTest.run("merge", json, json, xml, dir.resolve("merged.json").toString());
        assertEquals(0, merge.code(), merge.err());
    }

    @org.junit.jupiter.api.Test
    void theTextReport_namesSeveritiesInTheReadersLanguage() throws Exception {
        String table = tables().findFirst().orElseThrow().toString();
        Run zh = CatalogCliTest.run("validate", table);
        assertTrue(zh.out().contains("\n  错误 REQ-"), zh.out());
        assertTrue(!zh.out().contains("\n  error "), zh.out());
        Run en = CatalogCliTest.run("validate", table, "--lang", "en");
        assertTrue(en.out().contains("\n  error REQ-"), en.out());
    }
}
