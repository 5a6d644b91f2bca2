package org.gkml.catalog.io.json;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.gkml.catalog.io.internal.JsonModelWriter;
import org.gkml.catalog.io.internal.JsonOut;
import org.gkml.catalog.model.Catalog;
import org.gkml.catalog.model.Entry;

/**
 * Writes a JSON catalog one entry at a time: {@link #begin(Catalog)} with the header, {@link #write(Entry)} for
 * each entry, {@link #end()}. The output is byte-stable: key order follows FORMAT.md, entries come last,
 * UTF-8 without BOM, a final newline. Not thread-safe.
 *
 * @since 0.1
 */
public final class JsonCatalogWriter implements Closeable {

    private final Writer writer;
    private final JsonOut out;
    private boolean begun;
    private boolean ended;

    private JsonCatalogWriter(Writer writer, boolean pretty) {
        this.writer = writer;
        this.out = new JsonOut(writer, pretty);
    }

    /** A writer to UTF-8 bytes. */
    public static JsonCatalogWriter to(OutputStream out, boolean pretty) {
        return new JsonCatalogWriter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16), pretty);
    }

    /** A writer to characters. */
    public static JsonCatalogWriter to(Writer out, boolean pretty) {
        return new JsonCatalogWriter(out, pretty);
    }

    /** Writes the catalog-level members (the header's entries are ignored). */
    public JsonCatalogWriter begin(Catalog header) throws IOException {
        if (begun) {
            throw new IllegalStateException("begin() was already called");
        }
        begun = true;
        out.beginObject();
        JsonModelWriter.header(out, header);
        out.key("entries").beginArray();
        return this;
    }

    /** Writes one entry. */
    public JsonCatalogWriter write(Entry entry) throws IOException {
        if (!begun || ended) {
            throw new IllegalStateException("write() must come between begin() and end()");
        }
        JsonModelWriter.entry(out, entry);
        return this;
    }

    /** Closes the entries array and the document, and flushes. */
    public void end() throws IOException {
        if (!begun) {
            throw new IllegalStateException("end() before begin()");
        }
        if (!ended) {
            ended = true;
            out.endArray().endObject();
            writer.write('\n');
            writer.flush();
        }
    }

    @Override
    public void close() throws IOException {
        if (begun) {
            end();
        }
        writer.close();
    }
}
