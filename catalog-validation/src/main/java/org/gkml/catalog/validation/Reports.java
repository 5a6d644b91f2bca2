package org.gkml.catalog.validation;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gkml.catalog.io.Location;
import org.gkml.catalog.io.json.JsonOut;

/**
 * Renders {@link ValidationReport}s: JSON (per {@code schema/validation-report.schema.json}), plain text grouped
 * by entry, and a self-contained HTML page a clerk can open. Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class Reports {

    private Reports() {
    }

    /** The report as pretty JSON. */
    public static void json(ValidationReport r, Writer w) throws IOException {
        JsonOut o = new JsonOut(w, true);
        o.beginObject();
        o.field("file", r.file());
        o.key("valid").value(r.valid());
        o.key("summary").beginObject().key("errors").value(r.errors()).key("warnings").value(r.warnings())
                .key("infos").value(r.infos()).endObject();
        if (r.truncated()) {
            o.key("truncated").value(true);
        }
        o.key("issues").beginArray();
        for (Issue i : r.issues()) {
            o.beginObject().field("rule", i.rule()).field("severity", i.severity().token()).field("path", i.path())
                    .field("entry", i.entry());
            Location l = i.location();
            if (l != null && (l.line() > 0 || l.cell() != null || l.file() != null)) {
                o.key("location").beginObject();
                if (l.cell() != null) {
                    o.field("file", l.file()).field("sheet", l.sheet()).field("cell", l.cell());
                    int[] rc = rowColumn(l.cell());
                    o.key("row").value(rc[0]).key("column").value(rc[1]);
                } else {
                    o.field("file", l.file());
                    if (l.line() > 0) {
                        o.key("line").value(l.line()).key("column").value(l.column());
                    }
                }
                o.endObject();
            }
            o.field("message", i.message());
            if (i.value() != null) {
                o.key("value").any(plain(i.value()));
            }
            o.endObject();
        }
        o.endArray().endObject();
        w.write('\n');
        w.flush();
    }

    static int[] rowColumn(String cell) {
        int col = 0;
        int i = 0;
        while (i < cell.length() && Character.isLetter(cell.charAt(i))) {
            col = col * 26 + (Character.toUpperCase(cell.charAt(i)) - 'A' + 1);
            i++;
        }
        int row = i < cell.length() ? Integer.parseInt(cell.substring(i)) : 0;
        return new int[] {row, col};
    }

    private static Object plain(Object v) {
        if (v instanceof Integer || v instanceof Long || v instanceof Short) {
            return BigDecimal.valueOf(((Number) v).longValue());
        }
        if (v instanceof String || v instanceof Boolean || v instanceof BigDecimal || v instanceof Map || v instanceof List) {
            return v;
        }
        return String.valueOf(v);
    }

    /** The code of the entry a group of issues is about (an issue met before binding may not know it). */
    private static String entryCode(List<Issue> issues) {
        for (Issue i : issues) {
            if (i.entry() != null) {
                return i.entry();
            }
        }
        return null;
    }

    private static Map<String, List<Issue>> byEntry(ValidationReport r) {
        Map<String, List<Issue>> m = new LinkedHashMap<>();
        for (Issue i : r.issues()) {
            String key = i.path().startsWith("/entries/") ? i.path().split("/")[2] : "";
            List<Issue> group = m.get(key);
            if (group == null) {
                group = new ArrayList<>();
                m.put(key, group);
            }
            group.add(i);
        }
        return m;
    }

    /** The report as text: the verdict and counts first, then issues grouped by entry. */
    public static void text(ValidationReport r, Writer w) throws IOException {
        Messages m = new Messages(r.locale());
        w.write((r.file() == null ? "" : r.file() + ": ") + (r.valid() ? m.label("valid") : m.label("invalid")) + " — "
                + r.errors() + " " + m.label("errors") + ", " + r.warnings() + " " + m.label("warnings") + ", "
                + r.infos() + " " + m.label("infos") + "\n");
        if (r.issues().isEmpty()) {
            w.write(m.label("noIssues") + "\n");
        }
        for (Map.Entry<String, List<Issue>> g : byEntry(r).entrySet()) {
            String code = entryCode(g.getValue());
            if (g.getKey().isEmpty()) {
                w.write("\n" + m.label("catalog") + "\n");
            } else {
                w.write("\n" + m.label("entry") + " " + (Integer.parseInt(g.getKey()) + 1)
                        + (code == null ? "" : " [" + code + "]") + "\n");
            }
            for (Issue i : g.getValue()) {
                Location l = i.location();
                if (l != null && l.pointer() != null && l.pointer().equals(i.path())) {
                    l = new Location(l.file(), l.line(), l.column(), null, l.sheet(), l.cell()); // the path is already shown
                }
                w.write("  " + m.label(i.severity().token()) + " " + i.rule() + " " + i.path()
                        + (l == null ? "" : " (" + l + ")") + ": " + i.message() + "\n");
            }
        }
        if (r.truncated()) {
            w.write("\n… (more issues counted but not listed)\n");
        }
        w.flush();
    }

    /** A self-contained HTML page: summary counts, issues grouped by entry, offending values highlighted. */
    public static void html(ValidationReport r, Writer w) throws IOException {
        html(List.of(r), w);
    }

    /** One self-contained HTML page for several reports (one section per file). */
    public static void html(List<ValidationReport> reports, Writer w) throws IOException {
        Messages m = new Messages(reports.isEmpty() ? java.util.Locale.SIMPLIFIED_CHINESE : reports.get(0).locale());
        ValidationReport head = reports.size() == 1 ? reports.get(0) : null;
        String lang = reports.isEmpty() || !Messages.english(reports.get(0).locale()) ? "zh-CN" : "en";
        w.write("<!DOCTYPE html>\n<html lang=\"" + lang + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + esc(m.label("title")) + (head == null || head.file() == null ? "" : " — " + esc(head.file())) + "</title><style>"
                + "body{font-family:system-ui,'Microsoft YaHei','PingFang SC',sans-serif;margin:2rem;color:#222}"
                + ".verdict{font-size:1.4rem;padding:.6rem 1rem;border-radius:6px;display:inline-block}"
                + ".ok{background:#e6f4ea;color:#137333}.bad{background:#fce8e6;color:#a50e0e}"
                + "table{border-collapse:collapse;width:100%;margin:.5rem 0 1.5rem}td,th{border:1px solid #ddd;padding:.35rem .5rem;vertical-align:top;text-align:left}"
                + "th{background:#f5f5f5}.error{color:#a50e0e;font-weight:bold}.warning{color:#b06000}.info{color:#1a73e8}"
                + "mark{background:#ffe08a;padding:0 .15rem}code{font-size:.9em}.counts span{margin-right:1.2rem}"
                + "</style></head><body>\n");
        w.write("<h1>" + esc(m.label("title")) + "</h1>\n");
        for (ValidationReport r : reports) {
            section(r, m, w);
        }
        w.write("</body></html>\n");
        w.flush();
    }

    private static void section(ValidationReport r, Messages m, Writer w) throws IOException {
        if (r.file() != null) {
            w.write("<p><code>" + esc(r.file()) + "</code></p>\n");
        }
        w.write("<p class=\"verdict " + (r.valid() ? "ok\">✔ " + esc(m.label("valid")) : "bad\">✘ " + esc(m.label("invalid"))) + "</p>\n");
        w.write("<p class=\"counts\"><span class=\"error\">" + r.errors() + " " + esc(m.label("errors")) + "</span><span class=\"warning\">"
                + r.warnings() + " " + esc(m.label("warnings")) + "</span><span class=\"info\">" + r.infos() + " "
                + esc(m.label("infos")) + "</span></p>\n");
        if (r.issues().isEmpty()) {
            w.write("<p>" + esc(m.label("noIssues")) + "</p>\n");
        }
        for (Map.Entry<String, List<Issue>> g : byEntry(r).entrySet()) {
            String code = entryCode(g.getValue());
            String name = code == null ? null : r.entryNames().get(code);
            String head = g.getKey().isEmpty() ? m.label("catalog")
                    : m.label("entry") + " " + (Integer.parseInt(g.getKey()) + 1) + (name == null ? "" : " " + name) + (code == null ? "" : " · " + code);
            w.write("<h2>" + esc(head) + "</h2>\n<table><tr><th>" + esc(m.label("rule")) + "</th><th>" + esc(m.label("location"))
                    + "</th><th>" + esc(m.label("issues")) + "</th><th>" + esc(m.label("value")) + "</th></tr>\n");
            for (Issue i : g.getValue()) {
                w.write("<tr><td class=\"" + i.severity().token() + "\">" + esc(i.rule()) + "<br>" + esc(m.label(i.severity().token()))
                        + "</td><td title=\"" + esc(i.path()) + "\">" + esc(where(i, m))
                        + "</td><td>" + esc(i.message()) + "</td><td>" + (i.value() == null ? "" : "<mark>" + esc(String.valueOf(i.value())) + "</mark>")
                        + "</td></tr>\n");
            }
            w.write("</table>\n");
        }
    }

    /**
     * The one line a person reads of a file that cannot be read at all: the file and where (sheet cell, else line and
     * column), then the problem, in the language asked for (the readers write English; their closed set of message
     * shapes is put in Chinese, any other text shown as it stands).
     *
     * @since 0.2
     */
    public static String unreadable(org.gkml.catalog.io.CatalogFormatException e, java.util.Locale locale) {
        org.gkml.catalog.io.Location l = e.location();
        boolean en = Messages.english(locale);
        if (en || l == null) {
            return en ? e.getMessage() : StructuralText.in(locale, e.problem());
        }
        String where = l.sheet() != null && l.cell() != null ? " " + l.sheet() + "!" + l.cell()
                : l.line() > 0 ? " 第 " + l.line() + " 行" + (l.column() > 0 ? "第 " + l.column() + " 列" : "") : "";
        return (l.file() == null ? "" : l.file()) + where + "：" + StructuralText.in(locale, e.problem());
    }

    /** Where in the reader's own file: the sheet cell, else the line and column, else the JSON Pointer — once. */
    static String where(Issue i, Messages m) {
        org.gkml.catalog.io.Location l = i.location();
        boolean en = Messages.english(m.locale());
        if (l != null && l.sheet() != null && l.cell() != null) {
            return l.sheet() + "!" + l.cell();
        }
        if (l != null && l.line() > 0) {
            return en ? "line " + l.line() + (l.column() > 0 ? ", column " + l.column() : "")
                    : "第 " + l.line() + " 行" + (l.column() > 0 ? "第 " + l.column() + " 列" : "");
        }
        return i.path() == null || i.path().isEmpty() ? (en ? "the whole file" : "整个文件") : i.path();
    }

    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<': b.append("&lt;"); break;
                case '>': b.append("&gt;"); break;
                case '&': b.append("&amp;"); break;
                case '"': b.append("&quot;"); break;
                case '\'': b.append("&#39;"); break;
                default: b.append(c);
            }
        }
        return b.toString();
    }
}
