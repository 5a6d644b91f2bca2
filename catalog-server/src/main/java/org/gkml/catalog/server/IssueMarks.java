package org.gkml.catalog.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gkml.catalog.io.Location;
import org.gkml.catalog.io.sheet.WorkbookAnnotator;
import org.gkml.catalog.validation.Issue;
import org.gkml.catalog.validation.ValidationReport;

/**
 * A validation report's issues as the marks of an annotated workbook: each issue at the sheet cell it came from, its
 * severity in the reader's language. Used by the page and by {@code catalog validate --annotate}.
 *
 * @since 0.2
 */
public final class IssueMarks {
    private IssueMarks() {
    }

    /** The marks of a report. */
    public static List<WorkbookAnnotator.Mark> of(ValidationReport r, Locale locale) {
        boolean en = "en".equals(locale.getLanguage());
        List<WorkbookAnnotator.Mark> marks = new ArrayList<>();
        for (Issue i : r.issues()) {
            Location l = i.location();
            String severity = switch (i.severity().token()) {
                case "error" -> en ? "error" : "错误";
                case "warning" -> en ? "warning" : "警告";
                default -> en ? "info" : "提示";
            };
            marks.add(new WorkbookAnnotator.Mark(l == null ? null : l.sheet(), l == null ? null : l.cell(), i.rule(), severity, i.message()));
        }
        return marks;
    }
}
