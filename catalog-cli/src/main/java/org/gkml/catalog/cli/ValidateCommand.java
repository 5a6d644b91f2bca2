package org.gkml.catalog.cli;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.gkml.catalog.io.AtomicOutput;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.gkml.catalog.validation.Profile;
import org.gkml.catalog.validation.Reports;
import org.gkml.catalog.validation.ValidationReport;
import org.gkml.catalog.validation.Validator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code catalog validate FILE…}. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Validates catalogs (JSON or XML, or a legacy table imported first: CSV, XLSX, XLS, a web page, a Word document).",
            "Exit codes: 0 no errors (warnings allowed), 1 errors found, 2 input unreadable or bad usage."})
final class ValidateCommand extends ContextCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "catalog files", descriptionKey = "FILE")
    List<Path> files;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default), json or html")
    String format = "text";

    @Option(names = "--output", paramLabel = "PATH", description = "write the report to a file instead of stdout")
    Path output;


    @Option(names = "--annotate", paramLabel = "PATH", description = "write the workbook back with a comment at each cell at fault "
            + "and a sheet listing every problem (a sheet, page, Word or XLS input; one file)")
    Path annotate;

    @Option(names = "--profile", paramLabel = "NAME", description = "rule profile: national (default) or basic-level")
    String profile = "national";

    /** Hibernate Validator announces its version through java.util.logging: not for the user's terminal (held strongly, made when asked for). */
    private static final class HvLog {
        static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger("org.hibernate.validator");
    }

    @Option(names = "--bean-validation", description = "check the per-field constraints with Hibernate Validator "
            + "(Jakarta Bean Validation on the model) instead of the built-in equivalents: the same findings, slower")
    boolean beanValidation;

    @Override
    @SuppressWarnings("try") // the progress display is closed, never used
    public Integer call() throws Exception {
        if (!List.of("text", "json", "html").contains(format)) {
            ctx.err.println(unknownFormat(format, "text, json, html"));
            return 2;
        }
        Locale locale = locale();
        if (beanValidation) {
            HvLog.LOG.setLevel(java.util.logging.Level.WARNING);
        }
        if (output != null) {
            AtomicOutput.checkTarget(output, files.toArray(Path[]::new));
        }
        if (annotate != null) {
            if (files.size() != 1) {
                ctx.err.println(say("catalog: --annotate 只能用于一个文件", "catalog: --annotate takes one file"));
                return 2;
            }
            AtomicOutput.checkTarget(annotate, files.get(0));
            if (output != null && annotate.toAbsolutePath().normalize().equals(output.toAbsolutePath().normalize())) {
                ctx.err.println(say("catalog: --annotate 和 --output 不能是同一个文件", "catalog: --annotate and --output must be different files"));
                return 2;
            }
        }
        Validator v = Validator.builder().profile(Profile.named(profile)).locale(locale).beanValidation(beanValidation)
                .serviceLoader(!OwnJars.only()).build();
        List<ValidationReport> reports = new ArrayList<>();
        boolean unreadable = false;
        for (Path given : files) {
            Path f = given.toString().equals("-") ? Path.of("/dev/stdin") : given; // standard input, read once
            if (!Files.exists(f) || Files.isDirectory(f)) {
                ctx.err.println("catalog: " + ctx.notAFile(f.toString()));
                unreadable = true;
                continue;
            }
            ValidationReport r;
            try (Progress p = Progress.start(ctx, "validating " + f.getFileName())) {
                r = v.validate(f);
            }
            if (!r.issues("STRUCT-003").isEmpty()) {
                unreadable = true;
                ctx.err.println("catalog: " + r.issues("STRUCT-003").get(0).location() + ": " + r.issues("STRUCT-003").get(0).message());
            }
            reports.add(r);
        }
        if (annotate != null && !reports.isEmpty() && !unreadable) {
            Annotations.write(ctx, files.get(0), annotate, org.gkml.catalog.server.IssueMarks.of(reports.get(0), locale), locale);
        }
        // the report is written as it is rendered: a large report never sits in memory twice
        if (output != null) {
            AtomicOutput.write(output, o -> render(reports, o));
        } else {
            render(reports, ctx.out);
        }
        if (unreadable) {
            return 2;
        }
        for (ValidationReport r : reports) {
            if (!r.valid()) {
                return 1;
            }
        }
        return 0;
    }

    private void render(List<ValidationReport> reports, java.io.OutputStream target) throws java.io.IOException {
        Writer sw = new java.io.BufferedWriter(new OutputStreamWriter(target, StandardCharsets.UTF_8), 1 << 16);
        {
            switch (format) {
                case "json":
                    if (reports.size() == 1) {
                        Reports.json(reports.get(0), sw);
                    } else {
                        sw.write("[\n");
                        for (int i = 0; i < reports.size(); i++) {
                            if (i > 0) {
                                sw.write(",\n");
                            }
                            Reports.json(reports.get(i), sw);
                        }
                        sw.write("]\n");
                    }
                    break;
                case "html":
                    Reports.html(reports, sw);
                    break;
                default:
                    for (ValidationReport r : reports) {
                        Reports.text(r, sw);
                    }
            }
            sw.flush();
        }
    }
}
