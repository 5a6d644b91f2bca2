package org.gkml.catalog.io.json;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.gkml.catalog.model.Extensions;

/**
 * A small deterministic JSON emitter used by every JSON document the SDK writes (catalogs, reports, change sets):
 * keys in the order written, 2-space indentation or compact, no floating point. Not thread-safe.
 *
 * @since 0.1
 */
public final class JsonOut {

    private final Writer out;
    /** An unsynchronized buffer in front of the writer: JSON is written in many tiny pieces. */
    private final Buffer w = new Buffer();
    private final boolean pretty;
    private int depth;
    private boolean first = true;
    private boolean afterKey;

    public JsonOut(Writer w, boolean pretty) {
        this.out = w;
        this.pretty = pretty;
    }

    /** Collects characters and hands them to the writer in large chunks. */
    private final class Buffer {
        private final StringBuilder b = new StringBuilder(8192);

        void write(char c) throws IOException {
            b.append(c);
            if (b.length() >= 8192) {
                drain();
            }
        }

        void write(String s) throws IOException {
            b.append(s);
            if (b.length() >= 8192) {
                drain();
            }
        }

        void write(String s, int off, int len) throws IOException {
            b.append(s, off, off + len);
            if (b.length() >= 8192) {
                drain();
            }
        }

        void drain() throws IOException {
            if (b.length() > 0) {
                out.append(b);
                b.setLength(0);
            }
        }
    }

    /** Hands everything buffered to the writer (does not flush the writer itself). */
    public void drain() throws IOException {
        w.drain();
    }

    /** Starts a new document on the same writer: no separator before the next value (what a digest of one value at a time wants). */
    public void reset() {
        depth = 0;
        first = true;
        afterKey = false;
    }

    private void separator() throws IOException {
        if (afterKey) {
            afterKey = false;
            return;
        }
        if (!first) {
            w.write(',');
        }
        if (pretty && depth > 0) {
            w.write('\n');
            for (int i = 0; i < depth; i++) {
                w.write("  ");
            }
        }
        first = false;
    }

    public JsonOut beginObject() throws IOException {
        separator();
        w.write('{');
        depth++;
        first = true;
        return this;
    }

    public JsonOut endObject() throws IOException {
        close('}');
        return this;
    }

    public JsonOut beginArray() throws IOException {
        separator();
        w.write('[');
        depth++;
        first = true;
        return this;
    }

    public JsonOut endArray() throws IOException {
        close(']');
        return this;
    }

    private void close(char c) throws IOException {
        depth--;
        if (pretty && !first) {
            w.write('\n');
            for (int i = 0; i < depth; i++) {
                w.write("  ");
            }
        }
        w.write(c);
        first = false;
        if (depth == 0) {
            w.drain(); // a finished document reaches the writer
        }
    }

    public JsonOut key(String k) throws IOException {
        separator();
        string(k);
        w.write(pretty ? ": " : ":");
        afterKey = true;
        return this;
    }

    public JsonOut value(String s) throws IOException {
        separator();
        string(s);
        return this;
    }

    public JsonOut value(long n) throws IOException {
        separator();
        w.write(Long.toString(n));
        return this;
    }

    public JsonOut value(boolean b) throws IOException {
        separator();
        w.write(b ? "true" : "false");
        return this;
    }

    /** Writes {@code "k": "v"} when v is not null. */
    public JsonOut field(String k, String v) throws IOException {
        if (v != null) {
            key(k).value(v);
        }
        return this;
    }

    public JsonOut field(String k, Integer v) throws IOException {
        if (v != null) {
            key(k).value(v.longValue());
        }
        return this;
    }

    /**
     * Writes {@code "k": v} for a member that is always present: {@code null} when v is null, a whole number as a number,
     * a {@link BigDecimal} as written, a date or anything else as its text.
     */
    public JsonOut fieldOrNull(String k, Object v) throws IOException {
        key(k);
        if (v == null) {
            separator();
            w.write("null");
            return this;
        }
        if (v instanceof Integer || v instanceof Long) {
            return value(((Number) v).longValue());
        }
        return v instanceof BigDecimal || v instanceof Boolean ? any(v) : value(v.toString());
    }

    public JsonOut strings(String k, List<String> values) throws IOException {
        key(k).beginArray();
        for (String s : values) {
            value(s);
        }
        return endArray();
    }

    @SuppressWarnings("unchecked")
    public JsonOut any(Object v) throws IOException {
        if (v instanceof String s) {
            return value(s);
        }
        if (v instanceof Boolean b) {
            return value(b);
        }
        if (v instanceof BigDecimal d) {
            separator();
            w.write(d.toString());
            return this;
        }
        if (v instanceof Map<?, ?> m) {
            beginObject();
            for (Map.Entry<String, Object> e : ((Map<String, Object>) m).entrySet()) {
                key(e.getKey()).any(e.getValue());
            }
            return endObject();
        }
        if (v instanceof List<?> l) {
            beginArray();
            for (Object o : l) {
                any(o);
            }
            return endArray();
        }
        if (Extensions.isNull(v)) {
            separator();
            w.write("null");
            return this;
        }
        throw new IllegalArgumentException("not a JSON-like value: " + v);
    }

    private void string(String s) throws IOException {
        w.write('"');
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String esc = null;
            if (c == '"') {
                esc = "\\\"";
            } else if (c == '\\') {
                esc = "\\\\";
            } else if (c == '\n') {
                esc = "\\n";
            } else if (c == '\r') {
                esc = "\\r";
            } else if (c == '\t') {
                esc = "\\t";
            } else if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                esc = String.format("\\u%04x", (int) c);
            }
            if (esc != null) {
                w.write(s, start, i - start);
                w.write(esc);
                start = i + 1;
            }
        }
        w.write(s, start, s.length() - start);
        w.write('"');
    }
}
