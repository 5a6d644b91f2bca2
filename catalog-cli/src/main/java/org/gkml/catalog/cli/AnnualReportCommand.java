package org.gkml.catalog.cli;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.gkml.catalog.io.AtomicOutput;
import org.gkml.catalog.io.CatalogFormatException;
import org.gkml.catalog.io.Location;
import org.gkml.catalog.io.json.CatalogJson;
import org.gkml.catalog.ledger.AnnualReport;
import org.gkml.catalog.ledger.Publication;
import org.gkml.catalog.ledger.Registers;
import org.gkml.catalog.ledger.Request;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code catalog annual-report}: the statutory annual report of a year from the registers. */
@Command(name = "annual-report", mixinStandardHelpOptions = true,
        description = {"Writes the statutory annual report (政府信息公开工作年度报告) of a year.",
            "It is made from the publication and request registers (CSV or XLSX, told apart by their columns) and the",
            "figures other systems keep.",
            "Exit codes: 0 written, 1 a column of table 三 does not balance (named on stderr), 2 unreadable input or bad usage."})
final class AnnualReportCommand extends ContextCommand implements Callable<Integer> {

    @Parameters(paramLabel = "REGISTER", arity = "1..*", description = "publication and request registers", descriptionKey = "REGISTER")
    List<Path> registers;

    @Option(names = "--year", paramLabel = "YYYY", required = true, description = "the year reported on")
    int year;

    @Option(names = "--figures", paramLabel = "FILE", description = "JSON with licensing, penalty, enforcement (numbers) and fees (万元, a decimal string)")
    Path figures;

    @Option(names = "--publisher", paramLabel = "NAME", description = "the publisher (default: the most common 发布机构 of the publications)")
    String publisher;

    @Option(names = "--format", paramLabel = "FORMAT", description = "json (default), markdown, html or xlsx (html and xlsx laid out like the national tables)")
    String format = "json";

    @Option(names = "--output", paramLabel = "PATH", description = "write to a file instead of stdout")
    Path output;

    @Override
    public Integer call() throws Exception {
        if (!List.of("json", "markdown", "html", "xlsx").contains(format)) {
            ctx.err.println(unknownFormat(format, "json, markdown, html, xlsx"));
            return 2;
        }
        if (output != null) {
            List<Path> inputs = new ArrayList<>(registers);
            if (figures != null) {
                inputs.add(figures);
            }
            AtomicOutput.checkTarget(output, inputs.toArray(Path[]::new));
        }
        List<Publication> pubs = new ArrayList<>();
        List<Request> reqs = new ArrayList<>();
        for (Path p : registers) {
            if (!Files.isRegularFile(p)) {
                throw new java.nio.file.NoSuchFileException(p.toString());
            }
            Registers.Register r = Registers.read(p);
            pubs.addAll(r.publications());
            reqs.addAll(r.requests());
            for (org.gkml.catalog.io.sheet.ImportNote n : r.notes()) { // every cell not taken as it stood, with its cell
                printNote(p, n);
            }
        }
        AnnualReport report = AnnualReport.of(year, publisher != null ? publisher : AnnualReport.mostCommonPublisher(pubs), pubs, reqs, figures());
        AtomicOutput.Body body = o -> {
            if (format.equals("xlsx")) {
                org.gkml.catalog.ledger.AnnualReportTables.xlsx(report, o);
                return;
            }
            Writer w = new OutputStreamWriter(o, StandardCharsets.UTF_8);
            switch (format) {
                case "markdown" -> org.gkml.catalog.ledger.AnnualReportTables.markdown(report, w);
                case "html" -> org.gkml.catalog.ledger.AnnualReportTables.html(report, w);
                default -> report.writeJson(w);
            }
        };
        if (output != null) {
            AtomicOutput.write(output, body);
        } else {
            body.write(ctx.out);
            ctx.out.flush();
        }
        if (!report.balanced()) {
            ctx.err.println(say("catalog: 表三不平衡（一 + 二 ≠ 三（七） + 四），栏：" + report.unbalancedColumns()
                    + "；请检查依申请登记簿的日期和办理结果",
                    "catalog: table 三 does not balance (一 + 二 ≠ 三（七） + 四) in the column(s) " + report.unbalancedColumns()
                    + ": check the request register's dates and outcomes"));
            return 1;
        }
        return 0;
    }


    private AnnualReport.Figures figures() throws Exception {
        if (figures == null) {
            return AnnualReport.Figures.NONE;
        }
        String name = figures.getFileName().toString();
        jakarta.json.JsonValue v = CatalogJson.parseValue(Files.readString(figures, StandardCharsets.UTF_8), name);
        if (!(v instanceof jakarta.json.JsonObject o)) {
            throw new CatalogFormatException(Location.pointer(name, ""), "expected a JSON object with licensing, penalty, enforcement and fees");
        }
        for (String k : o.keySet()) {
            if (!List.of("licensing", "penalty", "enforcement", "fees").contains(k)) {
                throw new CatalogFormatException(Location.pointer(name, "/" + k), "unknown key \"" + k + "\"; expected licensing, penalty, enforcement or fees");
            }
        }
        return new AnnualReport.Figures(count(o, "licensing", name), count(o, "penalty", name), count(o, "enforcement", name), fees(o, name));
    }

    private static Integer count(jakarta.json.JsonObject o, String k, String name) throws CatalogFormatException {
        jakarta.json.JsonValue v = o.get(k);
        if (v == null || v == jakarta.json.JsonValue.NULL) {
            return null;
        }
        if (!(v instanceof jakarta.json.JsonNumber n) || !n.isIntegral() || n.longValue() < 0 || n.longValue() > Integer.MAX_VALUE) {
            throw new CatalogFormatException(Location.pointer(name, "/" + k), "expected a count (a whole number, not negative)");
        }
        return n.intValue();
    }

    private static BigDecimal fees(jakarta.json.JsonObject o, String name) throws CatalogFormatException {
        jakarta.json.JsonValue v = o.get("fees");
        if (v == null || v == jakarta.json.JsonValue.NULL) {
            return null;
        }
        try {
            if (v instanceof jakarta.json.JsonString s) {
                return new BigDecimal(s.getString().strip());
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new CatalogFormatException(Location.pointer(name, "/fees"), "expected the fees in 万元 as a decimal string such as \"12.5\"");
    }
}
