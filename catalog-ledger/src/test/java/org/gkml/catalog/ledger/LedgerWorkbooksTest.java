package org.gkml.catalog.ledger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gkml.catalog.io.Catalogs;
import org.gkml.catalog.io.sheet.SheetTables;
import org.gkml.catalog.model.WorkingDayCalendar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The annual report and the audit as workbooks and pages: read back, every number and finding is where it belongs. */
class LedgerWorkbooksTest {

    private static AnnualReport report(AnnualReport.Figures figures) throws Exception {
        return AnnualReport.of(2025, "青岚县民政局", Registers.read(LedgerDevSetTest.DIR.resolve("publications.csv")).publications(),
                Registers.read(LedgerDevSetTest.DIR.resolve("requests.csv")).requests(), figures);
    }

    private static Audit.Result audit(Locale l) throws Exception {
        return Audit.on(WorkingDayCalendar.official().withProvisionalYears(), 3, l).audit(
                Catalogs.read(LedgerDevSetTest.DIR.resolve("catalog.json")),
                Registers.read(LedgerDevSetTest.DIR.resolve("publications.csv")).publications(),
                Registers.read(LedgerDevSetTest.DIR.resolve("requests.csv")).requests(), LocalDate.of(2027, 1, 20));
    }

    /** Rows of the written workbook's first sheet, by the text of column A. */
    private static Map<String, String[]> byLabel(byte[] xlsx, Path dir) throws Exception {
        Path f = dir.resolve("w.xlsx");
        Files.write(f, xlsx);
        Map<String, String[]> out = new HashMap<>();
        for (String[] row : SheetTables.read(f).get(0).rows()) {
            if (row.length > 0) {
                out.putIfAbsent(row[0], row);
            }
        }
        return out;
    }

    private static String[] counts(int[] row) {
        return Arrays.stream(row).mapToObj(Integer::toString).toArray(String[]::new);
    }

    @Test
    void theAnnualReportWorkbook_hasEveryNumberInItsRow_andIsReproducible(@TempDir Path dir) throws Exception {
        AnnualReport r = report(new AnnualReport.Figures(126, 3, 0, new BigDecimal("12.5")));
        ByteArrayOutputStream a = new ByteArrayOutputStream();
        AnnualReportTables.xlsx(r, a);
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        AnnualReportTables.xlsx(report(new AnnualReport.Figures(126, 3, 0, new BigDecimal("12.5"))), b);
        assertArrayEquals(a.toByteArray(), b.toByteArray(), "equal reports give equal bytes");
        Map<String, String[]> rows = byLabel(a.toByteArray(), dir);
        assertArrayEquals(counts(r.requestRows().get("newlyReceived")), Arrays.copyOfRange(rows.get("一、本年新收政府信息公开申请数量"), 1, 8));
        assertArrayEquals(counts(r.requestRows().get("total")), Arrays.copyOfRange(rows.get("（七）总计"), 1, 8));
        assertArrayEquals(counts(r.requestRows().get("carriedForward")), Arrays.copyOfRange(rows.get("四、结转下年度继续办理"), 1, 8));
        int outcomes = 0;
        for (Map.Entry<String, String[]> e : rows.entrySet()) {
            for (Outcome o : Outcome.values()) {
                if (o.label() != null && e.getKey().matches("\\d+．" + java.util.regex.Pattern.quote(o.label()))) {
                    assertArrayEquals(counts(r.requestRows().get(o.token())), Arrays.copyOfRange(e.getValue(), 1, 8), o.label());
                    outcomes++;
                }
            }
        }
        assertEquals(Arrays.stream(Outcome.values()).filter(o -> o.label() != null).count(), outcomes, "a row for every outcome");
        AnnualReport.Documents docs = r.documents().get(Publication.Kind.NORMATIVE_DOCUMENT);
        assertArrayEquals(new String[] {"行政规范性文件", "" + docs.issued(), "" + docs.repealed(), "" + docs.inForce()},
                Arrays.copyOf(rows.get("行政规范性文件"), 4));
        assertEquals("126", rows.get("行政许可")[1]);
        assertEquals("12.5", rows.get("行政事业性收费")[1]);
        String[] decisions = rows.entrySet().stream().filter(e -> e.getValue().length >= 15 && e.getValue()[0].matches("\\d+")
                && e.getValue()[14].matches("\\d+")).findFirst().orElseThrow().getValue();
        AnnualReport.Decisions review = r.reviews().get("review");
        assertEquals(List.of("" + review.upheld(), "" + review.corrected(), "" + review.other(), "" + review.pending(), "" + review.total()),
                Arrays.asList(decisions).subList(0, 5));
    }

    @Test
    void figuresNotSupplied_areSaidSo_notZero(@TempDir Path dir) throws Exception {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        AnnualReportTables.xlsx(report(AnnualReport.Figures.NONE), o);
        Map<String, String[]> rows = byLabel(o.toByteArray(), dir);
        for (String label : List.of("行政许可", "行政处罚", "行政强制", "行政事业性收费")) {
            assertEquals("未提供", rows.get(label)[1], label);
        }
    }

    @Test
    void theAuditWorkbook_hasARowPerFinding_inTheReadersLanguage(@TempDir Path dir) throws Exception {
        for (Locale l : List.of(Locale.ROOT, Locale.ENGLISH)) {
            Audit.Result r = audit(l);
            ByteArrayOutputStream o = new ByteArrayOutputStream();
            AuditReports.xlsx(r, l, o);
            Path f = dir.resolve("a.xlsx");
            Files.write(f, o.toByteArray());
            List<String[]> rows = SheetTables.read(f).get(0).rows();
            assertEquals(r.findings().size() + 2, rows.size());
            assertEquals(l == Locale.ENGLISH ? "Rule" : "规则", rows.get(1)[1]);
            long errors = rows.stream().skip(2).filter(x -> x[0].equals(l == Locale.ENGLISH ? "error" : "错误")).count();
            assertEquals(r.count("error"), errors);
            for (Audit.Finding x : r.findings()) {
                assertTrue(rows.stream().skip(2).anyMatch(row -> row[1].equals(x.rule()) && row[2].equals(x.message())
                        && row[7].equals(x.late() == null ? "" : x.late().toString()) && row[8].equals(x.where())), x.toString());
            }
        }
    }

    @Test
    void theAuditPage_listsEveryFinding_errorsFirst() throws Exception {
        Audit.Result r = audit(Locale.ROOT);
        StringWriter w = new StringWriter();
        AuditReports.html(r, Locale.ROOT, w);
        String html = w.toString();
        assertEquals(r.findings().size(), html.split("<tr class=\"", -1).length - 1);
        assertTrue(html.lastIndexOf("<tr class=\"error\"") < html.indexOf("<tr class=\"warning\""), "errors before warnings");
        assertTrue(html.contains("审计日期 2027-01-20：" + r.count("error") + " 个错误"), html.substring(0, 800));
        for (Audit.Finding x : r.findings()) {
            assertTrue(html.contains(x.message().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")),
                    x.message());
        }
    }
}
