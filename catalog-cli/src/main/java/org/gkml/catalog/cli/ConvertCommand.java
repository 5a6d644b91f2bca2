package org.gkml.catalog.cli;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.gkml.catalog.io.CatalogReader;
import org.gkml.catalog.io.CatalogWriter;
import org.gkml.catalog.io.AtomicOutput;
import org.gkml.catalog.io.Catalogs;
import org.gkml.catalog.io.Formats;
import org.gkml.catalog.io.json.CatalogJson;
import org.gkml.catalog.io.sheet.ImportReports;
import org.gkml.catalog.io.sheet.ImportResult;
import org.gkml.catalog.io.sheet.MappingProfile;
import org.gkml.catalog.io.sheet.SheetImporter;
import org.gkml.catalog.model.Catalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code catalog convert IN OUT}: between JSON and legacy sheets. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = {"Converts a catalog between formats (by extension: .json .xml .csv .xlsx).",
            "Legacy tables (CSV, XLSX, XLS, a saved web page, a Word document) are imported with a report of every cell",
            "not taken as it stood.",
            "Exit codes: 0 written, 2 unreadable input or bad usage."})
final class ConvertCommand extends ContextCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "IN", description = "input file", descriptionKey = "IN")
    Path in;

    @Parameters(index = "1", paramLabel = "OUT", description = "output file, or - for stdout", descriptionKey = "OUT")
    String out;

    @Option(names = "--to", paramLabel = "FORMAT", description = "output format: json, xml, csv, xlsx (default: OUT's extension, json for -)")
    String to;

    @Option(names = "--report", paramLabel = "PATH", description = "write the import report as JSON")
    Path report;


    /** The one line that says what was written, on stderr (stdout may be the output itself). */
    private void summary(int entries, int notes) {
        String target = out.equals("-") ? (english() ? "standard output" : "标准输出") : out;
        boolean en = english();
        StringBuilder b = new StringBuilder(en ? "catalog: converted " + in.getFileName() + " → " + target
                : "catalog：已转换 " + in.getFileName() + " → " + target);
        if (entries >= 0) {
            b.append(en ? ": " + entries + " entries" : "：" + entries + " 个事项");
        }
        if (notes > 0) {
            b.append(en ? ", " + notes + " import notes (cells not taken as they stood) " : "，" + notes + " 条导入说明（未按原样读取的单元格）");
            b.append(report != null ? (en ? "in " + report : "，见 " + report)
                    : (en ? "— add --report FILE to list them" : "，加 --report 文件 可列出"));
        } else if (notes == 0) {
            b.append(en ? ", every cell read as it stood" : "，所有单元格均按原样读取");
        }
        ctx.err.println(b);
    }

    @Option(names = "--annotate", paramLabel = "PATH", description = "write the input table back as a workbook with a comment at "
            + "each cell not taken as it stood and a sheet listing them")
    Path annotate;

    @Option(names = "--mapping", paramLabel = "PATH", description = "a mapping profile (JSON) overriding header synonyms and column roles")
    Path mapping;

    @Option(names = "--publisher", paramLabel = "NAME", description = "the publishing body, for sheets that do not name it")
    String publisher;

    @Override
    @SuppressWarnings("try") // the progress display is closed, never used
    public Integer call() throws Exception {
        Formats.Format target;
        if (to != null) {
            target = parseFormat(to);
        } else if (out.equals("-")) {
            target = Formats.Format.JSON;
        } else {
            target = Formats.byExtension(out);
            if (target == null) {
                ctx.err.println(say("catalog: 无法从 \"" + out + "\" 判断输出格式；请用 --to json|xml|csv|xlsx",
                        "catalog: cannot tell the output format from \"" + out + "\"; use --to json|xml|csv|xlsx"));
                return 2;
            }
        }
        if (!WRITTEN.contains(target)) {
            ctx.err.println(say("catalog: " + target + " 只读不写；请写成 json、xml、csv 或 xlsx（标准模板）",
                    "catalog: " + target + " is read, not written; write json, xml, csv or xlsx (the standard template)"));
            return 2;
        }
        if (in.toString().equals("-")) {
            in = Path.of("/dev/stdin");
        }
        if (!Files.exists(in) || Files.isDirectory(in)) {
            ctx.err.println("catalog: " + ctx.notAFile(in.toString()));
            return 2;
        }
        if (!Files.isRegularFile(in)) {
            // a pipe: kept in a temporary file under its own name, so that it is read once and named as given
            Path dir = Files.createTempDirectory("gkml-convert");
            Path copy = dir.resolve(in.getFileName().toString());
            try {
                try (java.io.InputStream pipe = new java.io.FileInputStream(in.toFile())) {
                    Files.copy(pipe, copy);
                }
                Path given = in;
                in = copy;
                try {
                    return convert(target);
                } finally {
                    in = given;
                }
            } finally {
                Files.deleteIfExists(copy);
                Files.deleteIfExists(dir);
            }
        }
        return convert(target);
    }

    @SuppressWarnings("try") // the progress display is closed, never used
    private Integer convert(Formats.Format target) throws Exception {
        if (!out.equals("-")) {
            AtomicOutput.checkTarget(Path.of(out), in, mapping);
        }
        if (report != null) {
            AtomicOutput.checkTarget(report, in, mapping);
            if (!out.equals("-") && Path.of(out).toAbsolutePath().normalize().equals(report.toAbsolutePath().normalize())) {
                ctx.err.println("catalog: " + report + say("：报告和输出是同一个文件；请另选一个", ": the report and the output are the same file; choose another"));
                return 2;
            }
        }
        Formats.Format source = Formats.detect(in);
        if (annotate != null) {
            AtomicOutput.checkTarget(annotate, in, mapping);
        }
        if (streamable(source) && streamable(target) && report == null && annotate == null && !out.equals("-")) {
            return stream(target); // to a file only: standard output cannot take back half a document
        }
        Catalog catalog;
        int notes = -1;
        try (Progress progress = Progress.start(ctx, "reading " + in.getFileName())) {
        if (source != Formats.Format.JSON && source != Formats.Format.XML) { // a sheet, page or document: imported
            SheetImporter.Builder b = SheetImporter.builder().publisher(publisher);
            if (mapping != null) {
                b.mapping(MappingProfile.read(mapping));
            }
            ImportResult r = b.build().importFile(in);
            catalog = r.catalog();
            notes = r.report().notes().size();
            if (annotate != null) {
                Annotations.write(ctx, in, annotate, Annotations.of(r.report().notes(), locale(), this::say), locale());
            }
            if (report != null) {
                AtomicOutput.write(report, o -> {
                    Writer w = new java.io.OutputStreamWriter(o, StandardCharsets.UTF_8);
                    ImportReports.writeJson(r.report(), w, locale());
                    w.flush();
                });
            }
        } else if (annotate != null) {
            Annotations.write(ctx, in, annotate, List.of(), locale()); // says a JSON or XML file has no cells
            return 2;
        } else if (source == Formats.Format.JSON) {
            catalog = CatalogJson.read(in);
            if (report != null) {
                AtomicOutput.writeString(report, emptyReport());
            }
        } else {
            catalog = Catalogs.read(in);
            if (report != null) {
                AtomicOutput.writeString(report, emptyReport());
            }
        }
        }
        if (out.equals("-")) {
            Catalogs.write(catalog, target, ctx.out);
            ctx.out.flush();
        } else {
            Catalog written = catalog;
            AtomicOutput.write(Path.of(out), o -> Catalogs.write(written, target, o));
        }
        summary(catalog.entries().size(), notes);
        return 0;
    }

    private static boolean streamable(Formats.Format f) {
        return f == Formats.Format.JSON || f == Formats.Format.XML;
    }

    /**
     * JSON ↔ XML one entry at a time into a file, so that a catalog of any size converts in bounded memory.
     * Catalog-level members placed after the entries cannot be written first: such a file is converted again whole.
     */
    private int stream(Formats.Format target) throws Exception {
        boolean[] complete = new boolean[1];
        AtomicOutput.write(Path.of(out), o -> complete[0] = copy(target, o));
        if (!complete[0]) {
            Catalog whole = Catalogs.read(in);
            AtomicOutput.write(Path.of(out), o -> Catalogs.write(whole, target, o));
        }
        summary(-1, -1);
        return 0;
    }

    /** Copies entry by entry; false when catalog-level members follow the entries (the header written was short). */
    @SuppressWarnings("try") // the progress display is closed, never used
    private boolean copy(Formats.Format target, OutputStream o) throws java.io.IOException {
        try (Progress progress = Progress.start(ctx, "converting " + in.getFileName());
             CatalogReader r = Catalogs.open(in);
             CatalogWriter w = Catalogs.writer(target, o)) {
            Catalog header = r.header();
            w.begin(header);
            for (org.gkml.catalog.model.Entry e; (e = r.next()) != null; ) {
                w.write(e);
            }
            return r.trailer().equals(header);
        }
    }

    /** The formats convert writes. */
    private static final java.util.Set<Formats.Format> WRITTEN = java.util.EnumSet.of(Formats.Format.JSON, Formats.Format.XML,
            Formats.Format.CSV, Formats.Format.XLSX);

    static Formats.Format parseFormat(String s) {
        for (Formats.Format f : Formats.Format.values()) {
            if (f.extension().equalsIgnoreCase(s)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown format \"" + s + "\"; expected json, xml, csv or xlsx");
    }

    private String emptyReport() {
        java.io.StringWriter sw = new java.io.StringWriter();
        try {
            org.gkml.catalog.io.json.JsonOut o = new org.gkml.catalog.io.json.JsonOut(sw, false);
            o.beginObject();
            o.key("file");
            o.value(in.getFileName().toString());
            o.key("notes");
            o.beginArray();
            o.endArray();
            o.endObject();
            o.drain();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return sw + "\n";
    }
}
