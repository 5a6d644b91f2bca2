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
}
