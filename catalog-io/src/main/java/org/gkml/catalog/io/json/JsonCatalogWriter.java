package org.gkml.catalog.io.json;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.gkml.catalog.io.CatalogWriter;
import org.gkml.catalog.io.internal.WriterState;
import org.gkml.catalog.io.internal.JsonModelWriter;
import org.gkml.catalog.io.json.JsonOut;
import org.gkml.catalog.model.Catalog;
import org.gkml.catalog.model.Entry;

/**
 * Writes a JSON catalog one entry at a time: {@link #begin(Catalog)} with the header, {@link #write(Entry)} for
 * each entry, {@link #end()}. The output is byte-stable: key order follows FORMAT.md, entries come last,
 * UTF-8 without BOM, a final newline. Not thread-safe.
 *
 * @since 0.1
 */
public final class JsonCatalogWriter implements CatalogWriter {

    private final Writer writer;
    private final JsonOut out;
    private final WriterState state = new WriterState();

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
    @Override
    public JsonCatalogWriter begin(Catalog header) throws IOException {
        state.begin();
        out.beginObject();
        JsonModelWriter.header(out, header);
        out.key("entries").beginArray();
        return this;
    }

    /** Writes one entry. */
    @Override
    public JsonCatalogWriter write(Entry entry) throws IOException {
        state.write();
        JsonModelWriter.entry(out, entry);
        return this;
    }

    /** Closes the entries array and the document, and flushes. */
    @Override
    public void end() throws IOException {
        if (state.end()) {
            out.endArray().endObject();
            writer.write('\n');
            writer.flush();
        }
    }

    @Override
    public void close() throws IOException {
        if (state.begun()) {
            end();
        }
        writer.close();
    }
}
