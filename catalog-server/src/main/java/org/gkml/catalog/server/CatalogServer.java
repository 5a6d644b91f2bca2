package org.gkml.catalog.server;

import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.gkml.catalog.diff.CatalogDiff;
import org.gkml.catalog.diff.ChangeSet;
import org.gkml.catalog.diff.ChangeSets;
import org.gkml.catalog.io.CatalogFormatException;
import org.gkml.catalog.io.Catalogs;
import org.gkml.catalog.io.Formats;
import org.gkml.catalog.io.json.JsonOut;
import org.gkml.catalog.model.Catalog;
import org.gkml.catalog.validation.Profile;
import org.gkml.catalog.validation.Reports;
import org.gkml.catalog.validation.ValidationReport;
import org.gkml.catalog.validation.Validator;

/**
 * {@code catalog serve}: a page where a clerk drops a catalog file (any format the SDK reads) and gets the validation
 * report, or the catalog converted; two versions give the change report. The same operations as an API:
 * {@code POST /api/validate} (field {@code file}; {@code profile}, {@code lang}) → the JSON report;
 * {@code POST /api/convert?to=json|xml|xlsx|csv} → the converted file; {@code POST /api/diff} (fields {@code old},
 * {@code new}) → the JSON change set. Errors are JSON {@code {"error": …, "location": …}}: 400 unreadable input, 413 an
 * upload over the limit (refused while it streams), 415 a format the SDK does not read; never a stack trace.
 *
 * <p>Listens on loopback unless told otherwise. Uploads go to a temporary folder deleted after each response; no file
 * of the server's disk is served. Requests are independent (the validator is thread-safe).
 *
 * @since 0.2
 */
public final class CatalogServer implements AutoCloseable {

    /**
     * How the server runs.
     *
     * @param host the address to bind ({@code 127.0.0.1} unless the operator says otherwise)
     * @param port the port, 0 for any free one
     * @param maxUploadBytes the largest upload accepted
     */
    public record Options(String host, int port, long maxUploadBytes) {
        /** Loopback, port 8080, 50 MB. */
        public static Options defaults() {
            return new Options("127.0.0.1", 8080, 50L << 20);
        }
    }

    private final Javalin app;
    private final Options options;

    private CatalogServer(Javalin app, Options options) {
        this.app = app;
        this.options = options;
    }

    /** Starts a server; {@link #close()} stops it. */
    public static CatalogServer start(Options o) {
        long limit = o.maxUploadBytes();
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jetty.multipartConfig.maxFileSize(limit, SizeUnit.BYTES);
            config.jetty.multipartConfig.maxTotalRequestSize(2 * limit + (1 << 20), SizeUnit.BYTES);
            config.jetty.multipartConfig.maxInMemoryFileSize(1 << 20, SizeUnit.BYTES);
            config.routes.before(ctx -> {
                // an upload over the limit is refused before it is read
                if (ctx.contentLength() > 2 * limit + (1 << 20)) {
                    throw new Refusal(413, message(ctx, "上传的文件超过上限 " + limit + " 字节", "upload larger than the limit of " + limit + " bytes"), null);
                }
            });
            config.routes.get("/", ctx -> ctx.html(Page.home(english(ctx))));
            config.routes.get("/page.css", ctx -> ctx.contentType("text/css; charset=utf-8").result(Page.CSS));
            config.routes.get("/page.js", ctx -> ctx.contentType("text/javascript; charset=utf-8").result(Page.SCRIPT));
            config.routes.post("/validate", ctx -> validatePage(ctx));
            config.routes.post("/diff", ctx -> diffPage(ctx));
            config.routes.post("/api/validate", ctx -> apiValidate(ctx));
            config.routes.post("/api/convert", ctx -> apiConvert(ctx, ctx.queryParam("to")));
            config.routes.post("/api/diff", ctx -> apiDiff(ctx));
            config.routes.post("/api/audit", ctx -> apiAudit(ctx, false));
            config.routes.post("/api/annual-report", ctx -> apiAnnualReport(ctx, false));
            config.routes.post("/audit", ctx -> apiAudit(ctx, true));
            config.routes.post("/annual-report", ctx -> apiAnnualReport(ctx, true));
            config.routes.exception(Refusal.class, (e, ctx) -> refuse(ctx, e.status, e.getMessage(), e.location));
            config.routes.exception(Exception.class, (e, ctx) -> {
                boolean tooLarge = false;
                CatalogFormatException format = null;
                for (Throwable t = e; t != null && format == null; t = t.getCause() == t ? null : t.getCause()) {
                    if (t instanceof CatalogFormatException c) {
                        format = c;
                    }
                    String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
                    tooLarge |= m.contains("size exceeded") || m.contains("exceeds max") || m.contains("too large");
                }
                if (format != null) {
                    refuse(ctx, 400, format.getMessage(), format.location() == null ? null : format.location().toString());
                } else if (tooLarge) { // Jetty stops reading the upload at the limit
                    refuse(ctx, 413, message(ctx, "上传的文件超过上限 " + limit + " 字节", "upload larger than the limit of " + limit + " bytes"), null);
                } else if (e instanceof io.javalin.http.HttpResponseException h) {
                    refuse(ctx, h.getStatus(), h.getMessage(), null);
                } else {
                    refuse(ctx, 500, message(ctx, "内部错误：", "internal error: ") + e.getClass().getSimpleName(), null);
                }
            });
        }).start(o.host(), o.port());
        return new CatalogServer(app, o);
    }

    /** The port listened on. */
    public int port() {
        return app.port();
    }

    /** The address a browser opens. */
    public String url() {
        return "http://" + (options.host().contains(":") ? "[" + options.host() + "]" : options.host()) + ":" + port() + "/";
    }

    @Override
    public void close() {
        app.stop();
    }

    // ---- the operations ----------------------------------------------------------------------------------------

    /** A refused request: a status and a message for the client. */
    static final class Refusal extends RuntimeException {
        final int status;
        final String location;

        Refusal(int status, String message, String location) {
            super(message, null, false, false);
            this.status = status;
            this.location = location;
        }
    }

    static boolean english(Context ctx) {
        String lang = ctx.queryParam("lang");
        if (lang == null && ctx.isMultipartFormData()) {
            try {
                lang = ctx.formParam("lang");
            } catch (Exception unreadable) { // the upload itself was refused (Jetty throws it unchecked): Chinese then
                lang = null;
            }
        }
        return lang != null && lang.toLowerCase(Locale.ROOT).startsWith("en");
    }

    static String message(Context ctx, String zh, String en) {
        return english(ctx) ? en : zh;
    }

    private static void refuse(Context ctx, int status, String message, String location) {
        StringWriter sw = new StringWriter();
        try {
            JsonOut o = new JsonOut(sw, false);
            o.beginObject().field("error", message).field("location", location).endObject();
            o.drain();
        } catch (IOException impossible) {
            throw new java.io.UncheckedIOException(impossible);
        }
        ctx.status(status).contentType("application/json; charset=utf-8").result(sw.toString());
    }

    /** An uploaded file kept in a temporary folder of its own, deleted with it. */
    static final class Upload implements AutoCloseable {
        final Path dir;
        final Path file;

        Upload(Context ctx, String field) throws IOException {
            this(required(ctx, field));
        }

        private static UploadedFile required(Context ctx, String field) {
            UploadedFile u = ctx.uploadedFile(field);
            if (u == null) {
                throw new Refusal(400, message(ctx, "缺少上传的文件（表单字段 " + field + "）", "no file uploaded (form field " + field + ")"), null);
            }
            return u;
        }

        Upload(UploadedFile u) throws IOException {
            dir = Files.createTempDirectory("gkml-serve");
            String name = Path.of(u.filename() == null || u.filename().isBlank() ? "upload" : u.filename()).getFileName().toString();
            String safe = name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
            file = dir.resolve(safe.matches("\\.*") ? "upload" : safe); // never "." or "..": the file stays in its folder
            try (InputStream in = u.content()) {
                Files.copy(in, file);
            }
        }

        /** The file's format, or a 415 naming what was found. */
        Formats.Format format(Context ctx) throws IOException {
            try {
                return Formats.detect(file);
            } catch (CatalogFormatException e) {
                throw new Refusal(415, e.getMessage(), null);
            }
        }

        @Override
        public void close() throws IOException {
            try (Stream<Path> s = Files.walk(dir)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static ValidationReport validate(Context ctx, Upload u) throws IOException {
        u.format(ctx);
        String profile = ctx.formParam("profile");
        Validator v = Validator.builder().profile(Profile.named(profile == null || profile.isBlank() ? "national" : profile))
                .locale(english(ctx) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE).build();
        return v.validate(u.file);
    }

    private static void apiValidate(Context ctx) throws IOException {
        try (Upload u = new Upload(ctx, "file")) {
            ValidationReport r = validate(ctx, u);
            StringWriter sw = new StringWriter();
            Reports.json(r, sw);
            ctx.contentType("application/json; charset=utf-8").result(sw.toString());
        }
    }

    private static void validatePage(Context ctx) throws IOException {
        String action = ctx.formParam("action");
        if ("annotate".equals(action)) {
            annotated(ctx);
            return;
        }
        if (action != null && !action.equals("validate")) {
            apiConvert(ctx, action);
            return;
        }
        try (Upload u = new Upload(ctx, "file")) {
            ValidationReport r = validate(ctx, u);
            StringWriter sw = new StringWriter();
            Reports.html(r, sw);
            Formats.Format f = u.format(ctx);
            String notes = f == Formats.Format.JSON || f == Formats.Format.XML ? ""
                    : Page.importNotes(english(ctx), org.gkml.catalog.io.sheet.SheetImporter.defaults().importFile(u.file).report());
            ctx.html(Page.around(english(ctx), sw.toString(), notes));
        }
    }

    /** The clerk's workbook back with a comment at each cell at fault and a list of the problems. */
    private static void annotated(Context ctx) throws IOException {
        try (Upload u = new Upload(ctx, "file")) {
            Formats.Format f = u.format(ctx);
            if (f == Formats.Format.JSON || f == Formats.Format.XML) {
                throw new Refusal(400, message(ctx, "标注的是表格、网页、Word 或 XLS 文件的单元格；" + f + " 文件没有单元格",
                        "annotation marks the cells of a sheet, page, Word or XLS file; a " + f + " file has none"), null);
            }
            Locale locale = english(ctx) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
            ValidationReport r = validate(ctx, u);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            org.gkml.catalog.io.sheet.WorkbookAnnotator.annotate(u.file, IssueMarks.of(r, locale), locale, out);
            String base = u.file.getFileName().toString().replaceFirst("\\.[^.]+$", "");
            ctx.header("Content-Disposition", "attachment; filename*=UTF-8''"
                    + java.net.URLEncoder.encode(base + (english(ctx) ? "-annotated" : "-标注") + ".xlsx", StandardCharsets.UTF_8).replace("+", "%20"));
            ctx.contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").result(out.toByteArray());
        }
    }

    private static final List<String> WRITTEN = List.of("json", "xml", "xlsx", "csv");

    private static void apiConvert(Context ctx, String to) throws IOException {
        if (to == null || !WRITTEN.contains(to.toLowerCase(Locale.ROOT))) {
            throw new Refusal(400, message(ctx, "未知的目标格式 \"" + to + "\"，应为 json、xml、xlsx 或 csv",
                    "unknown target format \"" + to + "\"; expected json, xml, xlsx or csv"), null);
        }
        Formats.Format target = Formats.Format.valueOf(to.toUpperCase(Locale.ROOT));
        try (Upload u = new Upload(ctx, "file")) {
            u.format(ctx);
            Catalog c = Catalogs.read(u.file);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Catalogs.write(c, target, out);
            String base = u.file.getFileName().toString().replaceFirst("\\.[^.]+$", "");
            ctx.header("Content-Disposition", "attachment; filename*=UTF-8''"
                    + java.net.URLEncoder.encode(base + "." + target.extension(), StandardCharsets.UTF_8).replace("+", "%20"));
            ctx.contentType(switch (target) {
                case JSON -> "application/json; charset=utf-8";
                case XML -> "application/xml; charset=utf-8";
                case CSV -> "text/csv; charset=utf-8";
                default -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            }).result(out.toByteArray());
        }
    }

    private static ChangeSet diff(Context ctx, Upload a, Upload b) throws IOException {
        a.format(ctx);
        b.format(ctx);
        // streamed: an upload's entries are not held, only the old one's digests and the changes
        return CatalogDiff.diff(org.gkml.catalog.diff.CatalogSource.of(a.file), org.gkml.catalog.diff.CatalogSource.of(b.file));
    }

    private static void apiDiff(Context ctx) throws IOException {
        try (Upload a = new Upload(ctx, "old"); Upload b = new Upload(ctx, "new")) {
            ctx.contentType("application/json; charset=utf-8").result(ChangeSets.toJson(diff(ctx, a, b)));
        }
    }

    private static void diffPage(Context ctx) throws IOException {
        try (Upload a = new Upload(ctx, "old"); Upload b = new Upload(ctx, "new")) {
            StringWriter sw = new StringWriter();
            ChangeSets.html(diff(ctx, a, b), sw, english(ctx) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE);
            ctx.html(Page.around(english(ctx), sw.toString()));
        }
    }

    /** The uploads of a field that may hold several files (the registers). */
    private static List<Upload> uploads(Context ctx, String field) throws IOException {
        List<Upload> out = new java.util.ArrayList<>();
        int n = ctx.uploadedFiles(field).size();
        if (n == 0) {
            throw new Refusal(400, message(ctx, "缺少上传的文件（表单字段 " + field + "）", "no file uploaded (form field " + field + ")"), null);
        }
        for (int i = 0; i < n; i++) {
            out.add(new Upload(ctx.uploadedFiles(field).get(i)));
        }
        return out;
    }

    private static void closeAll(List<Upload> uploads) throws IOException {
        for (Upload u : uploads) {
            u.close();
        }
    }

    /** {@code POST /api/audit}: fields {@code catalog}, {@code register} (one or more), {@code asOf} (default today). */
    private static void apiAudit(Context ctx, boolean page) throws IOException {
        java.time.LocalDate day;
        try {
            String asOf = ctx.formParam("asOf");
            day = asOf == null || asOf.isBlank() ? java.time.LocalDate.now() : java.time.LocalDate.parse(asOf.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new Refusal(400, message(ctx, "asOf 不是日期，应写作 2026-12-01", "asOf is not a date; expected e.g. 2026-12-01"), null);
        }
        Locale locale = english(ctx) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        try (Upload catalog = new Upload(ctx, "catalog")) {
            catalog.format(ctx);
            List<Upload> registers = uploads(ctx, "register");
            try {
                org.gkml.catalog.ledger.Audit.Run run = org.gkml.catalog.ledger.Audit.on(
                        org.gkml.catalog.model.WorkingDayCalendar.official().withProvisionalYears(), 3, locale)
                        .start(Catalogs.read(catalog.file), day);
                for (Upload u : registers) {
                    org.gkml.catalog.ledger.Registers.each(u.file, org.gkml.catalog.ledger.Registers.Sink.of(run::publication, run::request, n -> { }));
                }
                StringWriter sw = new StringWriter();
                if (page) {
                    org.gkml.catalog.ledger.AuditReports.html(run.finish(), locale, sw);
                    ctx.html(Page.around(english(ctx), sw.toString()));
                } else {
                    run.finish().writeJson(sw);
                    ctx.contentType("application/json; charset=utf-8").result(sw.toString());
                }
            } finally {
                closeAll(registers);
            }
        }
    }

    /** {@code POST /api/annual-report}: fields {@code register} (one or more), {@code year}, {@code publisher} (optional). */
    private static void apiAnnualReport(Context ctx, boolean page) throws IOException {
        int year;
        try {
            year = Integer.parseInt(String.valueOf(ctx.formParam("year")).strip());
        } catch (NumberFormatException e) {
            throw new Refusal(400, message(ctx, "缺少年度（表单字段 year），例如 2025", "no year (form field year), e.g. 2025"), null);
        }
        List<Upload> registers = uploads(ctx, "register");
        try {
            List<org.gkml.catalog.ledger.Publication> pubs = new java.util.ArrayList<>();
            List<org.gkml.catalog.ledger.Request> reqs = new java.util.ArrayList<>();
            for (Upload u : registers) {
                org.gkml.catalog.ledger.Registers.Register r = org.gkml.catalog.ledger.Registers.read(u.file);
                pubs.addAll(r.publications());
                reqs.addAll(r.requests());
            }
            String publisher = ctx.formParam("publisher");
            org.gkml.catalog.ledger.AnnualReport report = org.gkml.catalog.ledger.AnnualReport.of(year,
                    publisher == null || publisher.isBlank() ? org.gkml.catalog.ledger.AnnualReport.mostCommonPublisher(pubs) : publisher,
                    pubs, reqs, org.gkml.catalog.ledger.AnnualReport.Figures.NONE);
            StringWriter sw = new StringWriter();
            if (page) {
                org.gkml.catalog.ledger.AnnualReportTables.html(report, sw);
                ctx.html(Page.around(english(ctx), sw.toString()));
            } else {
                report.writeJson(sw);
                ctx.contentType("application/json; charset=utf-8").result(sw.toString());
            }
        } finally {
            closeAll(registers);
        }
    }
}
