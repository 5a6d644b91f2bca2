package org.gkml.catalog.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.gkml.catalog.io.Catalogs;
import org.gkml.catalog.io.json.CatalogJson;
import org.gkml.catalog.model.Catalog;
import org.gkml.catalog.model.WorkingDayCalendar;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The dev ledger set (a department's catalog and registers, with the audit and annual report an independent
 * implementation of the rules made): the audit as of 2026-12-01 and the 2025 report are reproduced exactly, from the CSV
 * and from the XLSX registers.
 */
class LedgerDevSetTest {

    static final Path DIR = Path.of("src/test/resources/ledger/dev");

    private static JsonObject json(String text) throws Exception {
        return CatalogJson.parseValue(text, "x").asJsonObject();
    }

    private static List<Object> registers(String form) throws Exception {
        List<Publication> pubs = new ArrayList<>(Registers.read(DIR.resolve("publications." + form)).publications());
        List<Request> reqs = new ArrayList<>(Registers.read(DIR.resolve("requests." + form)).requests());
        return List.of(pubs, reqs);
    }

    /** A finding as the corpus compares it: (rule, record or entry@due) → due/actual/late/provisional. */
    private static Map<String, String> keyed(JsonObject audit) {
        Map<String, String> out = new TreeMap<>();
        for (JsonValue v : audit.getJsonArray("findings")) {
            JsonObject f = v.asJsonObject();
            String record = f.isNull("record") ? f.getString("entry") + "@" + f.getString("due") : f.getString("record");
            out.put(f.getString("rule") + " " + record, text(f, "due") + "/" + text(f, "actual") + "/" + f.get("late") + "/" + f.get("provisional"));
        }
        return out;
    }

    private static String text(JsonObject f, String k) {
        return f.isNull(k) ? "null" : f.getString(k);
    }

    @ParameterizedTest
    @ValueSource(strings = {"csv", "xlsx"})
    @SuppressWarnings("unchecked")
    void theAuditAsOf20261201_isTheExpectedOne(String form) throws Exception {
        Catalog catalog = Catalogs.read(DIR.resolve("catalog.json"));
        List<Object> r = registers(form);
        Audit.Result result = Audit.on(WorkingDayCalendar.official(), 3, Locale.SIMPLIFIED_CHINESE)
                .audit(catalog, (List<Publication>) r.get(0), (List<Request>) r.get(1), LocalDate.of(2026, 12, 1));
        StringWriter w = new StringWriter();
        result.writeJson(w);
        JsonObject expected = json(Files.readString(DIR.resolve("expected-audit.json")));
        assertEquals(keyed(expected), keyed(json(w.toString())), form);
        assertEquals(List.of(), org.gkml.catalog.conformance.JsonSchemaCheck.check(
                org.gkml.catalog.conformance.JsonSchemaCheck.load("audit.schema.json"), w.toString(), "audit.json"), "valid against schema/audit.schema.json");
        assertEquals(expected.getJsonObject("summary").getInt("errors"), (int) result.count("error"));
        assertEquals(expected.getJsonObject("summary").getInt("warnings"), (int) result.count("warning"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"csv", "xlsx"})
    @SuppressWarnings("unchecked")
    void theAuditAsOf20270120_countsThrough2027Provisionally_andSaysSo(String form) throws Exception {
        Catalog catalog = Catalogs.read(DIR.resolve("catalog.json"));
        List<Object> r = registers(form);
        Audit.Result result = Audit.on(WorkingDayCalendar.official().withProvisionalYears(), 3, Locale.SIMPLIFIED_CHINESE)
                .audit(catalog, (List<Publication>) r.get(0), (List<Request>) r.get(1), LocalDate.of(2027, 1, 20));
        StringWriter w = new StringWriter();
        result.writeJson(w);
        assertEquals(keyed(json(Files.readString(DIR.resolve("expected-audit-2027-01-20.json")))), keyed(json(w.toString())), form);
        assertEquals(5, result.findings().stream().filter(Audit.Finding::provisional).count(), "the five RQ-002 counted into 2027");
    }

    @ParameterizedTest
    @ValueSource(strings = {"csv", "xlsx"})
    @SuppressWarnings("unchecked")
    void theAnnualReportFor2025_isTheExpectedOne(String form) throws Exception {
        List<Object> r = registers(form);
        AnnualReport report = AnnualReport.of(2025, "青岚县民政局", (List<Publication>) r.get(0), (List<Request>) r.get(1),
                new AnnualReport.Figures(126, 3, 0, new BigDecimal("0")));
        assertEquals(json(Files.readString(DIR.resolve("expected-annual-2025.json"))), json(report.toJson()), form);
        assertTrue(report.balanced());
        assertEquals(List.of(), org.gkml.catalog.conformance.JsonSchemaCheck.check(
                org.gkml.catalog.conformance.JsonSchemaCheck.load("annual-report.schema.json"), report.toJson(), "report.json"));
        String withoutFigures = AnnualReport.of(2025, null, (List<Publication>) r.get(0), (List<Request>) r.get(1), AnnualReport.Figures.NONE).toJson();
        assertTrue(withoutFigures.contains("\"licensing\": null"), withoutFigures);
        assertEquals(List.of(), org.gkml.catalog.conformance.JsonSchemaCheck.check(
                org.gkml.catalog.conformance.JsonSchemaCheck.load("annual-report.schema.json"), withoutFigures, "report.json"));
    }
}
