package org.gkml.catalog.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.gkml.catalog.cli.CatalogCliTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** catalog audit and catalog annual-report on the dev ledger set: exit codes, outputs, refusals. */
class LedgerCommandsTest {

    static final Path DIR = Path.of("../catalog-ledger/src/test/resources/ledger/dev");

    @Test
    void audit_findsErrors_exit1_jsonAndText(@TempDir Path dir) throws Exception {
        Run r = CatalogCliTest.run("audit", DIR.resolve("catalog.json").toString(), DIR.resolve("publications.xlsx").toString(),
                DIR.resolve("requests.csv").toString(), "--as-of", "2026-12-01", "--output", dir.resolve("audit.json").toString());
        assertEquals(1, r.code(), r.err());
        String json = Files.readString(dir.resolve("audit.json"));
        assertTrue(json.contains("\"errors\": 24") && json.contains("\"warnings\": 11"), json.substring(0, 200));
        Run text = CatalogCliTest.run("audit", DIR.resolve("catalog.json").toString(), DIR.resolve("publications.csv").toString(),
                DIR.resolve("requests.csv").toString(), "--as-of", "2026-12-01", "--format", "text", "--lang", "en");
        assertTrue(text.out().startsWith("Audit as of 2026-12-01: 24 errors, 11 warnings"), text.out());
        assertTrue(text.out().contains("RQ-002") && text.out().contains("still unanswered on 2026-12-01"), text.out());
    }

    @Test
    void annualReport_balances_exit0_andAnUnreadableRegisterIsExit2(@TempDir Path dir) throws Exception {
        Run r = CatalogCliTest.run("annual-report", DIR.resolve("publications.csv").toString(), DIR.resolve("requests.xlsx").toString(),
                "--year", "2025", "--figures", DIR.resolve("figures.json").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\"balanced\": true") && r.out().contains("\"licensing\": 126"), r.out());
        Run noFigures = CatalogCliTest.run("annual-report", DIR.resolve("requests.csv").toString(), "--year", "2025", "--publisher", "青岚县人民政府");
        assertTrue(noFigures.out().contains("\"licensing\": null") && noFigures.out().contains("\"due\": \"2026-03-31\""), noFigures.out());
        Path letter = dir.resolve("letter.csv");
        Files.writeString(letter, "通知\n请各单位报送\n");
        Run bad = CatalogCliTest.run("annual-report", letter.toString(), "--year", "2025");
        assertEquals(2, bad.code(), bad.out());
        assertTrue(bad.err().contains("no register found in letter.csv"), bad.err());
    }

    @Test
    void workbooksAndPages_areWrittenWhole_andReadBack(@TempDir Path dir) throws Exception {
        Path audit = dir.resolve("audit.xlsx");
        Run a = CatalogCliTest.run("audit", DIR.resolve("catalog.json").toString(), DIR.resolve("publications.csv").toString(),
                DIR.resolve("requests.csv").toString(), "--as-of", "2026-12-01", "--format", "xlsx", "--output", audit.toString());
        assertEquals(1, a.code(), a.err());
        java.util.List<String[]> rows = org.gkml.catalog.io.sheet.SheetTables.read(audit).get(0).rows();
        assertEquals(35 + 2, rows.size(), "the summary, the header and the 35 findings");
        assertTrue(rows.get(0)[0].startsWith("审计日期 2026-12-01：24 个错误"), rows.get(0)[0]);
        Run html = CatalogCliTest.run("audit", DIR.resolve("catalog.json").toString(), DIR.resolve("publications.csv").toString(),
                DIR.resolve("requests.csv").toString(), "--as-of", "2026-12-01", "--format", "html", "--lang", "en");
        assertTrue(html.out().startsWith("<!DOCTYPE html>") && html.out().contains("<th>Rule</th>"), html.out());
        Path report = dir.resolve("report.xlsx");
        Run r = CatalogCliTest.run("annual-report", DIR.resolve("publications.csv").toString(), DIR.resolve("requests.csv").toString(),
                "--year", "2025", "--figures", DIR.resolve("figures.json").toString(), "--format", "xlsx", "--output", report.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(org.gkml.catalog.io.sheet.SheetTables.read(report).get(0).rows().stream()
                .anyMatch(row -> row.length > 1 && row[0].equals("行政许可") && row[1].equals("126")));
        Run schema = CatalogCliTest.run("schema", "register");
        assertEquals(0, schema.code(), schema.err());
        assertTrue(schema.out().contains("\"publications\"") && schema.out().contains("\"requests\""), schema.out());
        Run wrong = CatalogCliTest.run("annual-report", DIR.resolve("requests.csv").toString(), "--year", "2025", "--format", "pdf");
        assertEquals(2, wrong.code());
        assertTrue(wrong.err().contains("未知的 --format \"pdf\"，应为 json, markdown, html, xlsx"), wrong.err());
        Run english = CatalogCliTest.run("annual-report", DIR.resolve("requests.csv").toString(), "--year", "2025", "--format", "pdf", "--lang", "en");
        assertTrue(english.err().contains("unknown --format \"pdf\"; expected json, markdown, html, xlsx"), english.err());
    }

    @Test
    void aMistypedCommandOrOption_getsTheNearestOne() throws Exception {
        Run command = CatalogCliTest.run("valdate", "x.json");
        assertEquals(2, command.code());
        assertTrue(command.err().contains("是否想输入：validate？"), command.err());
        Run option = CatalogCliTest.run("audit", "c.json", "r.csv", "--as-off", "2026-12-01", "--lang", "EN");
        assertEquals(2, option.code());
        assertTrue(option.err().contains("Did you mean: --as-of?"), option.err());
    }
}
