package org.gkml.catalog.examples;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gkml.catalog.io.Catalogs;
import org.gkml.catalog.ledger.AnnualReport;
import org.gkml.catalog.ledger.Audit;
import org.gkml.catalog.ledger.Publication;
import org.gkml.catalog.ledger.Registers;
import org.gkml.catalog.ledger.Request;
import org.gkml.catalog.model.Catalog;
import org.gkml.catalog.model.WorkingDayCalendar;

/**
 * A disclosure office's year: audits its publication and request registers against its catalog, then fills the
 * statutory annual report. Arguments: the folder holding catalog.json, publications.csv and requests.csv.
 */
public final class AuditRegisters {

    private AuditRegisters() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "examples/ledger");
        // --- snippet: audit
        Catalog catalog = Catalogs.read(dir.resolve("catalog.json"));
        List<Publication> publications = new ArrayList<>(Registers.read(dir.resolve("publications.csv")).publications());
        List<Request> requests = new ArrayList<>(Registers.read(dir.resolve("requests.csv")).requests());
        Audit.Result audit = Audit.on(WorkingDayCalendar.official(), 3, Locale.ENGLISH)
                .audit(catalog, publications, requests, LocalDate.of(2026, 12, 1));
        for (Audit.Finding f : audit.findings()) {
            System.out.println(f.severity() + " " + f.rule() + " " + f.message());
        }
        AnnualReport report = AnnualReport.of(2025, catalog.publisher().name(), publications, requests,
                new AnnualReport.Figures(126, 3, 0, new BigDecimal("0")));
        System.out.println("annual report due " + report.due() + (report.balanced() ? ", balanced" : ", NOT balanced"));
        // --- end snippet
        Writer w = new OutputStreamWriter(System.out, StandardCharsets.UTF_8);
        report.writeJson(w);
    }
}
