package org.gkml.catalog.diff;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;

import java.util.List;
import java.util.Map;
import org.gkml.catalog.io.CatalogFormatException;
import org.gkml.catalog.io.Location;

/**
 * Renders and reads {@link ChangeSet}s: JSON (per {@code schema/changeset.schema.json}), a Markdown summary
 * (counts first, less-open changes first), and a self-contained side-by-side HTML page with changed characters
 * highlighted. Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class ChangeSets {

    /** One JSON-P provider: the static {@code Json.create…} methods look the provider up on every call. */
    private static final jakarta.json.spi.JsonProvider JSON = jakarta.json.spi.JsonProvider.provider();


    private static final JsonWriterFactory PRETTY = JSON.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));

    private ChangeSets() {
    }

    // ---- JSON --------------------------------------------------------------------------------------------------

    /** The change set as a JSON object. */
    public static JsonObject toJsonObject(ChangeSet cs) {
        var root = JSON.createObjectBuilder();
        root.add("from", ref(cs.fromId(), cs.fromVersion()));
        root.add("to", ref(cs.toId(), cs.toVersion()));
        var summary = JSON.createObjectBuilder();
        cs.summary().forEach(summary::add);
        root.add("summary", summary);
        var changes = JSON.createArrayBuilder();
        for (Change c : cs.changes()) {
            var o = JSON.createObjectBuilder().add("kind", c.kind().token());
            if (c.entry() != null) {
                o.add("entry", c.entry());
            }
            if (c.newCode() != null) {
                o.add("newCode", c.newCode());
            }
            o.add("effect", c.effect().token());
            if (c.confidence() < 1) {
                o.add("confidence", (int) Math.round(c.confidence() * 100)); // percent: no floating point on the wire
            }
            if (c.position() >= 0) {
                o.add("position", c.position());
            }
            var fields = JSON.createArrayBuilder();
            for (FieldChange f : c.fields()) {
                var fo = JSON.createObjectBuilder().add("path", f.path());
                if (f.oldValue() != null) {
                    fo.add("old", f.oldValue());
                }
                if (f.newValue() != null) {
                    fo.add("new", f.newValue());
                }
                fields.add(fo.add("effect", f.effect().token()));
            }
            o.add("fields", fields);
            if (c.value() != null) {
                o.add("value", c.value());
            }
            changes.add(o);
        }
        root.add("changes", changes);
        if (!cs.order().isEmpty()) {
            var order = JSON.createArrayBuilder();
            cs.order().forEach(order::add);
            root.add("order", order);
        }
        return root.build();
    }

    private static JsonObject ref(String id, String version) {
        var o = JSON.createObjectBuilder();
        if (id != null) {
            o.add("id", id);
        }
        if (version != null) {
            o.add("version", version);
        }
        return o.build();
    }

    /** The change set as pretty JSON text. */
    public static String toJson(ChangeSet cs) {
        StringWriter sw = new StringWriter();
        try (JsonWriter w = PRETTY.createWriter(sw)) {
            w.write(toJsonObject(cs));
        }
        return sw.toString().strip() + "\n";
    }

    /** Reads a change set written by {@link #toJson}. */
    public static ChangeSet readJson(String json) throws CatalogFormatException {
        return readJson(json, "<string>");
    }

    /**
     * Reads a change set; {@code name} is used in messages.
     *
     * @throws CatalogFormatException naming the JSON Pointer of a malformed member
     */
    public static ChangeSet readJson(String json, String name) throws CatalogFormatException {
        JsonValue doc = org.gkml.catalog.io.json.CatalogJson.parseValue(json, name);
        Members m = new Members(name);
        JsonObject root = m.object(doc, "");
        JsonObject from = m.optionalObject(root, "from", "");
        JsonObject to = m.optionalObject(root, "to", "");
        List<Change> changes = new ArrayList<>();
        JsonArray arr = m.array(root, "changes", "");
        for (int i = 0; i < arr.size(); i++) {
            String p = "/changes/" + i;
            JsonObject o = m.object(arr.get(i), p);
            List<FieldChange> fields = new ArrayList<>();
            JsonArray fa = o.containsKey("fields") ? m.array(o, "fields", p) : JsonValue.EMPTY_JSON_ARRAY;
            for (int k = 0; k < fa.size(); k++) {
                String q = p + "/fields/" + k;
                JsonObject f = m.object(fa.get(k), q);
                fields.add(new FieldChange(m.string(f, "path", q), f.get("old"), f.get("new"), m.effect(f, q)));
            }
            Integer confidence = o.containsKey("confidence") ? m.integer(o, "confidence", p) : null;
            Integer position = o.containsKey("position") ? m.integer(o, "position", p) : null;
            changes.add(new Change(kind(o, p, name), m.optionalString(o, "entry", p), m.optionalString(o, "newCode", p),
                    m.effect(o, p), confidence == null ? 1 : confidence / 100.0, fields,
                    m.optionalObject(o, "value", p), position == null ? -1 : position));
        }
        List<String> order = new ArrayList<>();
        if (root.containsKey("order")) {
            JsonArray a = m.array(root, "order", "");
            for (int i = 0; i < a.size(); i++) {
                order.add(m.string(a.get(i), "/order/" + i));
            }
        }
        return new ChangeSet(str(from, "id"), str(from, "version"), str(to, "id"), str(to, "version"), changes, order);
    }

    /** Typed access to a change set's members: a member of the wrong type or missing is a located, one-line problem. */
    private record Members(String name) {
        private CatalogFormatException wrong(String pointer, String expected, JsonValue found) {
            return new CatalogFormatException(Location.pointer(name, pointer), "malformed change set: expected " + expected
                    + ", found " + (found == null ? "nothing" : found.getValueType().name().toLowerCase(java.util.Locale.ROOT)));
        }

        JsonObject object(JsonValue v, String p) throws CatalogFormatException {
            if (!(v instanceof JsonObject o)) {
                throw wrong(p, "an object", v);
            }
            return o;
        }

        JsonObject optionalObject(JsonObject o, String k, String p) throws CatalogFormatException {
            JsonValue v = o.get(k);
            return v == null || v == JsonValue.NULL ? null : object(v, p + "/" + k);
        }

        JsonArray array(JsonObject o, String k, String p) throws CatalogFormatException {
            JsonValue v = o.get(k);
            if (!(v instanceof JsonArray a)) {
                throw wrong(p + "/" + k, "an array", v);
            }
            return a;
        }

        String string(JsonValue v, String p) throws CatalogFormatException {
            if (!(v instanceof JsonString s)) {
                throw wrong(p, "a string", v);
            }
            return s.getString();
        }

        String string(JsonObject o, String k, String p) throws CatalogFormatException {
            return string(o.get(k), p + "/" + k);
        }

        String optionalString(JsonObject o, String k, String p) throws CatalogFormatException {
            return o.containsKey(k) ? string(o, k, p) : null;
        }

        int integer(JsonObject o, String k, String p) throws CatalogFormatException {
            JsonValue v = o.get(k);
            if (!(v instanceof JsonNumber n) || !n.isIntegral()) {
                throw wrong(p + "/" + k, "an integer", v);
            }
            try {
                return n.intValueExact();
            } catch (ArithmeticException e) {
                throw new CatalogFormatException(Location.pointer(name, p + "/" + k), "malformed change set: " + n + " is out of range");
            }
        }

        Effect effect(JsonObject o, String p) throws CatalogFormatException {
            String t = string(o, "effect", p);
            try {
                return Effect.fromToken(t);
            } catch (IllegalArgumentException e) {
                throw new CatalogFormatException(Location.pointer(name, p + "/effect"), "malformed change set: " + e.getMessage());
            }
        }
    }

    private static ChangeKind kind(JsonObject o, String p, String name) throws CatalogFormatException {
        JsonValue v = o.get("kind");
        if (!(v instanceof JsonString s)) {
            throw new CatalogFormatException(Location.pointer(name, p + "/kind"), "malformed change set: expected a change kind");
        }
        try {
            return ChangeKind.fromToken(s.getString());
        } catch (IllegalArgumentException e) {
            throw new CatalogFormatException(Location.pointer(name, p + "/kind"), "expected a change kind: " + e.getMessage(), e);
        }
    }

    private static String str(JsonObject o, String k) {
        return o == null || !o.containsKey(k) ? null : o.getString(k);
    }

    // ---- Markdown ----------------------------------------------------------------------------------------------

    /** A Markdown summary in Chinese: counts first, then less-open changes, then the others. */
    public static void markdown(ChangeSet cs, Writer w) throws IOException {
        markdown(cs, w, java.util.Locale.SIMPLIFIED_CHINESE);
    }

    /**
     * A Markdown summary in the given language: counts first, then less-open changes, then the others; every value as a
     * person writes it (deadlines as their wording, methods and channels by name).
     *
     * @since 0.2
     */
    public static void markdown(ChangeSet cs, Writer w, java.util.Locale locale) throws IOException {
        boolean en = "en".equals(locale.getLanguage());
        Map<String, Integer> s = cs.summary();
        w.write((en ? "# Catalog changes: " : "# 目录变更：") + nz(cs.fromId()) + " " + nz(cs.fromVersion()) + " → " + nz(cs.toId()) + " "
                + nz(cs.toVersion()) + "\n\n");
        w.write(en ? "| less open | more open | neutral | added | removed | modified | recoded | moved |\n"
                : "| 公开程度降低 | 公开程度提高 | 不影响 | 新增 | 删除 | 修改 | 改编码 | 移动 |\n");
        w.write("|---|---|---|---|---|---|---|---|\n");
        w.write("| " + s.get("lessOpen") + " | " + s.get("moreOpen") + " | " + s.get("neutral") + " | " + s.get("added") + " | "
                + s.get("removed") + " | " + s.get("modified") + " | " + s.get("recoded") + " | " + s.get("moved") + " |\n\n");
        if (cs.isEmpty()) {
            w.write(en ? "No changes.\n" : "没有变化。\n");
            w.flush();
            return;
        }
        List<Change> sorted = new ArrayList<>(cs.changes());
        sorted.sort(Comparator.comparingInt(c -> c.effect().ordinal()));
        Effect current = null;
        for (Change c : sorted) {
            if (c.effect() != current) {
                current = c.effect();
                w.write("\n## " + (current == Effect.LESS_OPEN ? "⚠ " : "") + (en ? capital(ChangeWords.effect(current, true))
                        : ChangeWords.effect(current, false)) + "\n\n");
            }
            String name = c.value() != null && c.value().get("name") instanceof JsonString n ? " " + n.getString() : "";
            w.write("- **" + ChangeWords.kind(c.kind(), en) + "** " + (c.entry() == null ? (en ? "catalog" : "目录") : "`" + c.entry() + "`")
                    + (c.newCode() != null ? " → `" + c.newCode() + "`" : "")
                    + (c.confidence() < 1 ? (en ? " (match confidence " : "（匹配置信度 ") + Math.round(c.confidence() * 100) + (en ? "%)" : "%）") : "")
                    + name + "\n");
            if (c.kind() == ChangeKind.ADDED || c.kind() == ChangeKind.REMOVED) {
                for (Map.Entry<String, JsonValue> m : c.value() == null ? java.util.Set.<Map.Entry<String, JsonValue>>of() : c.value().entrySet()) {
                    if (!m.getKey().equals("code")) {
                        w.write("  - " + ChangeWords.field(m.getKey(), en) + (en ? ": " : "：") + ChangeWords.value(m.getKey(), m.getValue(), en) + "\n");
                    }
                }
            }
            for (FieldChange f : c.fields()) {
                w.write("  - " + ChangeWords.field(f.path(), en) + "（" + ChangeWords.effect(f.effect(), en) + "）" + (en ? ": " : "：")
                        + describe(f, en) + "\n");
            }
        }
        w.flush();
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Old → new in words; for lists, the items removed and added. */
    static String describe(FieldChange f, boolean en) {
        String member = ChangeWords.member(f.path());
        if (f.oldValue() instanceof JsonArray a && f.newValue() instanceof JsonArray b) {
            List<JsonValue> removed = new ArrayList<>(a);
            removed.removeAll(b);
            List<JsonValue> added = new ArrayList<>(b);
            added.removeAll(a);
            StringBuilder sb = new StringBuilder();
            if (!removed.isEmpty()) {
                sb.append(en ? "removed " : "去掉 ").append(ChangeWords.value(member, JSON.createArrayBuilder(removed).build(), en));
            }
            if (!added.isEmpty()) {
                sb.append(sb.length() > 0 ? (en ? "; " : "；") : "").append(en ? "added " : "增加 ")
                        .append(ChangeWords.value(member, JSON.createArrayBuilder(added).build(), en));
            }
            return sb.length() > 0 ? sb.toString() : (en ? "reordered" : "顺序调整");
        }
        String from = ChangeWords.value(member, f.oldValue(), en);
        String to = ChangeWords.value(member, f.newValue(), en);
        return (from.isEmpty() ? (en ? "(none)" : "（无）") : from) + " → " + (to.isEmpty() ? (en ? "(none)" : "（无）") : to);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    // ---- HTML --------------------------------------------------------------------------------------------------

    /** The side-by-side HTML page in Chinese. */
    public static void html(ChangeSet cs, Writer w) throws IOException {
        html(cs, w, java.util.Locale.SIMPLIFIED_CHINESE);
    }

    /**
     * A self-contained side-by-side HTML page in the given language: less-open changes first, added and removed entries
     * as small tables of their elements, changed fields as a person writes them with the changed words marked; the table
     * wraps to the window.
     *
     * @since 0.2
     */
    public static void html(ChangeSet cs, Writer w, java.util.Locale locale) throws IOException {
        boolean en = "en".equals(locale.getLanguage());
        Map<String, Integer> s = cs.summary();
        w.write("<!DOCTYPE html>\n<html lang=\"" + (en ? "en" : "zh-CN") + "\"><head><meta charset=\"utf-8\"><title>"
                + (en ? "Catalog changes " : "目录变更 ") + esc(nz(cs.fromId())) + " → " + esc(nz(cs.toId())) + "</title><style>"
                + "body{font-family:system-ui,'Microsoft YaHei','PingFang SC',sans-serif;margin:2rem;color:#222;max-width:1200px}"
                + "table{border-collapse:collapse;width:100%;table-layout:fixed}td,th{border:1px solid #ddd;padding:.35rem .5rem;"
                + "vertical-align:top;text-align:left;overflow-wrap:anywhere;word-break:break-word}"
                + "th.k,td.k{width:22%}tr.added td{background:#e6f4ea}tr.removed td{background:#fce8e6}tr.lessOpen td.k{border-left:4px solid #a50e0e}"
                + "table.entry{table-layout:auto}table.entry th{width:7em;background:#fafafa}"
                + "del{background:#f9c4c0;text-decoration:none}ins{background:#b7e4c0;text-decoration:none}.less{color:#a50e0e;font-weight:bold}"
                + "</style></head><body>\n");
        w.write("<h1>" + (en ? "Catalog changes" : "目录变更") + "</h1>\n<p>" + esc(nz(cs.fromId())) + " " + esc(nz(cs.fromVersion())) + " → "
                + esc(nz(cs.toId())) + " " + esc(nz(cs.toVersion())) + "</p>\n");
        String dot = " · ";
        w.write("<p><span class=\"less\">" + ChangeWords.effect(Effect.LESS_OPEN, en) + " " + s.get("lessOpen") + "</span>" + dot
                + ChangeWords.effect(Effect.MORE_OPEN, en) + " " + s.get("moreOpen") + dot + ChangeWords.effect(Effect.NEUTRAL, en) + " "
                + s.get("neutral") + dot + ChangeWords.kind(ChangeKind.ADDED, en) + " " + s.get("added") + dot
                + ChangeWords.kind(ChangeKind.REMOVED, en) + " " + s.get("removed") + dot + ChangeWords.kind(ChangeKind.MODIFIED, en) + " "
                + s.get("modified") + dot + ChangeWords.kind(ChangeKind.RECODED, en) + " " + s.get("recoded") + dot
                + ChangeWords.kind(ChangeKind.MOVED, en) + " " + s.get("moved") + "</p>\n");
        w.write("<table><tr><th class=\"k\">" + (en ? "entry / field" : "事项 / 字段") + "</th><th>" + (en ? "before" : "原来")
                + "</th><th>" + (en ? "after" : "现在") + "</th></tr>\n");
        List<Change> sorted = new ArrayList<>(cs.changes());
        sorted.sort(Comparator.comparingInt(c -> c.effect().ordinal()));
        for (Change c : sorted) {
            String name = c.value() != null && c.value().get("name") instanceof JsonString n ? " " + esc(n.getString()) : "";
            String head = (c.entry() == null ? (en ? "catalog" : "目录") : esc(c.entry())) + (c.newCode() != null ? " → " + esc(c.newCode()) : "")
                    + name + "<br><small>" + ChangeWords.kind(c.kind(), en) + " · " + ChangeWords.effect(c.effect(), en) + "</small>";
            if (c.kind() == ChangeKind.ADDED) {
                w.write("<tr class=\"added " + c.effect().token() + "\"><td class=\"k\">" + head + "</td><td></td><td>" + entryTable(c.value(), en) + "</td></tr>\n");
            } else if (c.kind() == ChangeKind.REMOVED) {
                w.write("<tr class=\"removed " + c.effect().token() + "\"><td class=\"k\">" + head + "</td><td>" + entryTable(c.value(), en) + "</td><td></td></tr>\n");
            } else {
                w.write("<tr class=\"" + c.effect().token() + "\"><td class=\"k\" colspan=\"3\">" + head + "</td></tr>\n");
                for (FieldChange f : c.fields()) {
                    String member = ChangeWords.member(f.path());
                    String[] marked = mark(ChangeWords.value(member, f.oldValue(), en), ChangeWords.value(member, f.newValue(), en));
                    w.write("<tr class=\"" + f.effect().token() + "\"><td class=\"k\">" + esc(ChangeWords.field(f.path(), en)) + " <small>"
                            + ChangeWords.effect(f.effect(), en) + "</small></td><td>" + marked[0] + "</td><td>" + marked[1] + "</td></tr>\n");
                }
            }
        }
        w.write("</table>\n</body></html>\n");
        w.flush();
    }

    /** A whole entry as a small table of its elements, in words. */
    private static String entryTable(JsonObject value, boolean en) {
        if (value == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder("<table class=\"entry\">");
        for (Map.Entry<String, JsonValue> m : value.entrySet()) {
            sb.append("<tr><th>").append(esc(ChangeWords.field(m.getKey(), en))).append("</th><td>")
                    .append(esc(ChangeWords.value(m.getKey(), m.getValue(), en))).append("</td></tr>");
        }
        return sb.append("</table>").toString();
    }

    /**
     * The words of a text: a run of Latin letters or digits is one word, any other character (a Chinese character, a
     * punctuation mark) one word of its own.
     */
    static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            int j = i + 1;
            if (Character.isLetterOrDigit(s.charAt(i)) && s.charAt(i) < 0x2E80) {
                while (j < s.length() && Character.isLetterOrDigit(s.charAt(j)) && s.charAt(j) < 0x2E80) {
                    j++;
                }
            }
            out.add(s.substring(i, j));
            i = j;
        }
        return out;
    }

    /** Both sides with the words that differ wrapped in del/ins (LCS over words, bounded size). */
    static String[] mark(String a, String b) {
        List<String> x0 = words(a);
        List<String> y0 = words(b);
        if ((long) x0.size() * y0.size() > 4_000_000L) {
            return new String[] {"<del>" + esc(a) + "</del>", "<ins>" + esc(b) + "</ins>"};
        }
        int n = x0.size();
        int m = y0.size();
        int[][] l = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                l[i][j] = x0.get(i).equals(y0.get(j)) ? l[i + 1][j + 1] + 1 : Math.max(l[i + 1][j], l[i][j + 1]);
            }
        }
        StringBuilder x = new StringBuilder();
        StringBuilder y = new StringBuilder();
        int i = 0;
        int j = 0;
        StringBuilder del = new StringBuilder();
        StringBuilder ins = new StringBuilder();
        while (i < n || j < m) {
            if (i < n && j < m && x0.get(i).equals(y0.get(j))) {
                flush(x, del, "del");
                flush(y, ins, "ins");
                x.append(esc(x0.get(i)));
                y.append(esc(y0.get(j)));
                i++;
                j++;
            } else if (j < m && (i == n || l[i][j + 1] >= l[i + 1][j])) {
                ins.append(y0.get(j++));
            } else {
                del.append(x0.get(i++));
            }
        }
        flush(x, del, "del");
        flush(y, ins, "ins");
        return new String[] {x.toString(), y.toString()};
    }

    private static void flush(StringBuilder out, StringBuilder pending, String tag) {
        if (pending.length() > 0) {
            out.append('<').append(tag).append('>').append(esc(pending.toString())).append("</").append(tag).append('>');
            pending.setLength(0);
        }
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

}
