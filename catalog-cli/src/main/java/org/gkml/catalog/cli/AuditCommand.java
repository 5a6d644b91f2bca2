package org.gkml.catalog.cli;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.gkml.catalog.io.AtomicOutput;
import org.gkml.catalog.io.Catalogs;
import org.gkml.catalog.ledger.Audit;
import org.gkml.catalog.ledger.AuditReports;
import org.gkml.catalog.ledger.Registers;
import org.gkml.catalog.model.Catalog;
import org.gkml.catalog.model.WorkingDayCalendar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code catalog audit}: the compliance audit of a catalog's registers. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = {"Audits a catalog's publication and request registers (CSV or XLSX) as of a day.",
            "Publications are checked against the catalog's deadlines (PUB-001 … PUB-007), requests against the statutory",
            "periods (RQ-001 … RQ-004).",
            "Exit codes: 0 no error findings, 1 error findings, 2 unreadable input or bad usage."})
final class AuditCommand extends ContextCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "CATALOG", description = "the catalog file", descriptionKey = "CATALOG") Path catalog;

    @Parameters(index = "1..*", paramLabel = "REGISTER", arity = "1..*", description = "publication and request registers", descriptionKey = "REGISTER")
    List<Path> registers;

    @Option(names = "--as-of", paramLabel = "DATE", description = "the audit date (default: today)")
    String asOf;

    @Option(names = "--interpretation-days", paramLabel = "N", description = "working days within which a normative document's interpretation must follow it (default 3)")
    int interpretationDays = 3;

    @Option(names = "--calendar", paramLabel = "FILE", description = "the official working-day notice of further years")
    Path calendar;

    @Option(names = "--format", paramLabel = "FORMAT", description = "json (default), text, html or xlsx")
    String format = "json";

    @Option(names = "--output", paramLabel = "PATH", description = "write to a file instead of stdout")
    Path output;


    @Override
    public Integer call() throws Exception {
        if (!List.of("json", "text", "html", "xlsx").contains(format)) {
            ctx.err.println(unknownFormat(format, "json, text, html, xlsx"));
            return 2;
        }
        LocalDate day;
        try {
            day = asOf == null ? LocalDate.now() : LocalDate.parse(asOf);
        } catch (DateTimeParseException e) {
            ctx.err.println(say("catalog: --as-of \"" + asOf + "\" 不是日期，应写作 ISO 格式，例如 2026-12-01",
                    "catalog: --as-of \"" + asOf + "\" is not a date; expected ISO form such as 2026-12-01"));
            return 2;
        }
        if (output != null) {
            List<Path> inputs = new ArrayList<>(registers);
            inputs.add(catalog);
            AtomicOutput.checkTarget(output, inputs.toArray(Path[]::new));
        }
        Locale locale = locale();
        // years without an official notice yet are counted provisionally, and every finding counted through one says so
        WorkingDayCalendar cal = WorkingDayCalendar.official().withProvisionalYears();
        if (calendar != null) {
            try (java.io.Reader r = Files.newBufferedReader(calendar, StandardCharsets.UTF_8)) {
                cal = cal.with(r, calendar.getFileName().toString());
            }
        }
        if (!Files.isRegularFile(catalog)) {
            throw new java.nio.file.NoSuchFileException(catalog.toString());
        }
        Catalog c = Catalogs.read(catalog);
        Audit.Run run = Audit.on(cal, interpretationDays, locale).start(c, day);
        for (Path p : registers) {
            if (!Files.isRegularFile(p)) {
                throw new java.nio.file.NoSuchFileException(p.toString());
            }
            // record by record: a register of any length in a small heap; every cell not taken as it stood is told with its cell
            Registers.each(p, Registers.Sink.of(run::publication, run::request, n -> printNote(p, n)));
        }
        Audit.Result result = run.finish();
        if (format.equals("xlsx") && result.findings().size() > 1_048_574) {
            ctx.err.println(say("catalog: " + result.findings().size() + " 条发现超出一张工作表的行数（1,048,574 行）；请用 --format json 或 text",
                    "catalog: " + result.findings().size() + " findings do not fit one sheet (1,048,574 rows); use --format json or text"));
            return 2;
        }
        AtomicOutput.Body body = o -> {
            if (format.equals("xlsx")) {
                AuditReports.xlsx(result, locale, o);
                return;
            }
            Writer w = new OutputStreamWriter(o, StandardCharsets.UTF_8);
            switch (format) {
                case "text" -> AuditReports.text(result, locale, w);
                case "html" -> AuditReports.html(result, locale, w);
                default -> result.writeJson(w);
            }
            w.flush();
        };
        if (output != null) {
            AtomicOutput.write(output, body);
        } else {
            body.write(ctx.out);
            ctx.out.flush();
        }
        return result.count("error") > 0 ? 1 : 0;
    }
}
