package org.gkml.catalog.examples;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.gkml.catalog.validation.Issue;
import org.gkml.catalog.validation.Profile;
import org.gkml.catalog.validation.Reports;
import org.gkml.catalog.validation.ValidationReport;
import org.gkml.catalog.validation.Validator;

/** Validates a submitted file (JSON, XML, CSV or XLSX) and prints the report a clerk can act on. */
public final class ValidateSubmission {

    private ValidateSubmission() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args.length > 0 ? args[0] : "examples/catalogs/county-sample.json");
        // --- snippet: validate
        Validator validator = Validator.builder().profile(Profile.BASIC_LEVEL).locale(Locale.ENGLISH).build();
        ValidationReport report = validator.validate(file);
        for (Issue issue : report.issues()) {
            System.out.println(issue.severity().token() + " " + issue.rule() + " " + issue.path() + ": " + issue.message());
        }
        System.out.println(report.valid() ? "accepted" : "rejected: " + report.errors() + " errors");
        // --- end snippet
        Writer w = new OutputStreamWriter(System.out, StandardCharsets.UTF_8);
        Reports.text(report, w);
    }
}
