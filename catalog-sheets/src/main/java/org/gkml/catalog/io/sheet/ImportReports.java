package org.gkml.catalog.io.sheet;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Map;
import org.gkml.catalog.io.json.JsonOut;

/**
 * Renders {@link ImportReport}s: JSON (for {@code catalog convert --report}) and plain text. Stateless and
 * thread-safe.
 *
 * @since 0.1
 */
public final class ImportReports {

    private ImportReports() {
    }

    /** Writes the report as pretty JSON with the reasons in Chinese: {@code {file, tables, rows, entries, summary, notes[]}}. */
    public static void writeJson(ImportReport r, Writer w) throws IOException {
        writeJson(r, w, Locale.SIMPLIFIED_CHINESE);
    }

    /**
     * Writes the report as pretty JSON, each note's {@code reason} in the given language (English for an English
     * locale, else Chinese).
     *
     * @since 0.2
     */
    public static void writeJson(ImportReport r, Writer w, Locale locale) throws IOException {
        JsonOut o = new JsonOut(w, true);
        o.beginObject().field("file", r.file()).key("tables").value(r.tables()).key("rows").value(r.rows())
                .key("entries").value(r.entries());
        o.key("summary").beginObject();
        for (Map.Entry<String, Integer> e : r.counts().entrySet()) {
            o.key(e.getKey()).value(e.getValue());
        }
        o.endObject();
        o.key("notes").beginArray();
        for (ImportNote n : r.notes()) {
            o.beginObject().field("sheet", n.sheet()).field("cell", n.cell());
            if (n.row() > 0) {
                o.key("row").value(n.row());
            }
            o.field("header", n.header()).field("text", n.text()).field("action", n.action().token()).field("reason", n.reason(locale))
                    .endObject();
        }
        o.endArray().endObject();
        w.write('\n');
        w.flush();
    }

    /** Writes a line per note, after a summary line, in Chinese. */
    public static void writeText(ImportReport r, Writer w) throws IOException {
        writeText(r, w, Locale.SIMPLIFIED_CHINESE);
    }

    /**
     * Writes a line per note, after a summary line, in the given language.
     *
     * @since 0.2
     */
    public static void writeText(ImportReport r, Writer w, Locale locale) throws IOException {
        boolean en = "en".equals(locale.getLanguage());
        w.write(r.file() + (en ? ": " + r.entries() + " entries from " + r.rows() + " rows in " + r.tables() + " table(s); "
                : "：" + r.tables() + " 个表格 " + r.rows() + " 行，读出 " + r.entries() + " 个事项；") + r.counts() + "\n");
        for (ImportNote n : r.notes()) {
            w.write("  " + n.where() + (n.header() == null ? "" : " [" + n.header().replace('\n', ' ') + "]") + " "
                    + n.action() + ": " + n.reason(locale) + (n.text() == null ? "" : " — \"" + n.text().replace('\n', ' ') + "\"") + "\n");
        }
        w.flush();
    }
}
