package org.gkml.catalog.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BinaryOperator;
import org.gkml.catalog.io.AtomicOutput;
import org.gkml.catalog.io.CatalogFormatException;
import org.gkml.catalog.io.Formats;
import org.gkml.catalog.io.Location;
import org.gkml.catalog.io.sheet.ImportNote;
import org.gkml.catalog.io.sheet.WorkbookAnnotator;

/** {@code --annotate}: the clerk's workbook back with the problems at their cells. */
final class Annotations {
    private Annotations() {
    }

    /** The marks of an import: each cell not taken as it stood, with what was done and why. */
    static List<WorkbookAnnotator.Mark> of(List<ImportNote> notes, Locale locale, BinaryOperator<String> say) {
        List<WorkbookAnnotator.Mark> marks = new ArrayList<>();
        for (ImportNote n : notes) {
            boolean fault = switch (n.action()) {
                case DROPPED, UNPARSED -> true;
                default -> false;
            };
            marks.add(new WorkbookAnnotator.Mark(n.sheet(), n.cell(), n.action().token(),
                    fault ? say.apply("警告", "warning") : say.apply("提示", "info"), n.reason(locale)));
        }
        return marks;
    }

    /** Writes the annotated copy, whole or not at all; a JSON or XML input has no cells to mark. */
    static void write(Context ctx, Path source, Path target, List<WorkbookAnnotator.Mark> marks, Locale locale) throws IOException {
        Formats.Format f = Formats.detect(source);
        if (f == Formats.Format.JSON || f == Formats.Format.XML) {
            throw new CatalogFormatException(Location.at(source.getFileName().toString(), 0, 0), ctx.say(
                    "--annotate 标注的是表格、网页、Word 或 XLS 文件的单元格；" + f + " 文件没有单元格",
                    "--annotate marks the cells of a sheet, page, Word or XLS file; a " + f + " file has none"));
        }
        AtomicOutput.write(target, o -> WorkbookAnnotator.annotate(source, marks, locale, o));
    }
}
