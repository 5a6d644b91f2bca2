package org.gkml.catalog.io.json;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gkml.catalog.io.CatalogFormatException;
import org.gkml.catalog.model.Catalog;
import org.gkml.catalog.model.Entry;

/**
 * One-line entry points for the JSON form of the wire format.
 *
 * <pre>{@code
 * Catalog c = CatalogJson.read(Path.of("catalog.json"));
 * CatalogJson.write(c, Path.of("out.json"));
 * }</pre>
 *
 * <p>Reading is strict: the first structural problem throws {@link CatalogFormatException} naming the file,
 * line/column and JSON Pointer. A catalog is never returned partially filled. Thread-safe (stateless).
 *
 * @since 0.1
 */
public final class CatalogJson {

    /**
     * One JSON-P provider (the static {@code Json.create…} methods look the provider up on every call) and the
     * limited reader factory, made when first used: a command that writes JSON with {@link JsonOut} alone (a deadline)
     * does not start a provider.
     */
    private static final class Provider {
        static final jakarta.json.spi.JsonProvider JSON = jakarta.json.spi.JsonProvider.provider();
        /**
         * A JSON-P reader factory with the catalog reader's limits: nesting, duplicate keys; not Parsson's count of 15
         * million characters a document, which refused the change set of two 1,000,000-entry versions (30 MB).
         */
        static final jakarta.json.JsonReaderFactory LIMITED = JSON.createReaderFactory(java.util.Map.of(
                "org.eclipse.parsson.rejectDuplicateKeys", true,
                "org.eclipse.parsson.maxDepth", JsonCatalogReader.MAX_DEPTH,
                "org.eclipse.parsson.maxParsingLimit", Integer.MAX_VALUE));
    }


    private CatalogJson() {
    }

    /** Reads a whole catalog from a file. */
    public static Catalog read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.getFileName().toString());
        }
    }

    /** Reads a whole catalog from UTF-8 bytes; {@code name} is used in messages. */
    public static Catalog read(InputStream in, String name) throws IOException {
        try (JsonCatalogReader r = JsonCatalogReader.open(in, name)) {
            return r.readAll();
        }
    }

    /** Reads a whole catalog from characters. */
    public static Catalog read(Reader in, String name) throws IOException {
        try (JsonCatalogReader r = JsonCatalogReader.open(in, name)) {
            return r.readAll();
        }
    }

    /** Reads a whole catalog from a JSON string. */
    public static Catalog fromJson(String json) throws CatalogFormatException {
        try {
            return read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "<string>");
        } catch (CatalogFormatException e) {
            throw e;
        } catch (IOException e) {
            throw new CatalogFormatException(null, e.getMessage(), e);
        }
    }

    /** Writes a catalog as pretty-printed UTF-8 JSON to a file. */
    public static void write(Catalog c, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(c, out, true);
        }
    }

    /** Writes a catalog as UTF-8 JSON, pretty (2-space indent) or compact; the stream is flushed, not closed. */
    public static void write(Catalog c, OutputStream out, boolean pretty) throws IOException {
        JsonCatalogWriter w = JsonCatalogWriter.to(out, pretty);
        w.begin(c);
        for (Entry e : c.entries()) {
            w.write(e);
        }
        w.end();
    }

    /** Writes a catalog as JSON characters. */
    public static void write(Catalog c, Writer out, boolean pretty) throws IOException {
        JsonCatalogWriter w = JsonCatalogWriter.to(out, pretty);
        w.begin(c);
        for (Entry e : c.entries()) {
            w.write(e);
        }
        w.end();
    }

    /** The canonical JSON object of one entry (the same members {@link #write} writes). */
    public static jakarta.json.JsonObject toJsonObject(Entry e) {
        StringWriter sw = new StringWriter();
        try {
            org.gkml.catalog.io.internal.JsonModelWriter.entry(new org.gkml.catalog.io.json.JsonOut(sw, false), e);
        } catch (IOException ex) {
            throw new AssertionError(ex);
        }
        return parse(sw.toString()).asJsonObject();
    }

    /** The canonical JSON object of a catalog's header (catalog-level members, no entries). */
    public static jakarta.json.JsonObject headerToJsonObject(Catalog c) {
        StringWriter sw = new StringWriter();
        try {
            org.gkml.catalog.io.json.JsonOut o = new org.gkml.catalog.io.json.JsonOut(sw, false);
            o.beginObject();
            org.gkml.catalog.io.internal.JsonModelWriter.header(o, c);
            o.endObject();
        } catch (IOException ex) {
            throw new AssertionError(ex);
        }
        return parse(sw.toString()).asJsonObject();
    }

    private static jakarta.json.JsonValue parse(String s) {
        try (jakarta.json.JsonReader r = jakarta.json.Json.createReader(new java.io.StringReader(s))) {
            return r.readValue();
        }
    }

    private static StreamingBinder.Sink strict() {
        return STRICT;
    }

    private static final StreamingBinder.Sink STRICT = new Strict();

    /** The first problem ends the reading (a class, not a lambda: it is on the way of an XML file's first answer). */
    private static final class Strict implements StreamingBinder.Sink {
        @Override
        public void problem(String pointer, String kind, String message) throws CatalogFormatException {
            throw new CatalogFormatException(org.gkml.catalog.io.Location.pointer(null, pointer), message);
        }
    }

    /**
     * The extensions the JSON text of an XML {@code <extensions>} element holds, read by the JSON reader's own parser
     * and binder, with its limits (nesting, duplicate keys, string length, forbidden characters) and without JSON-P's
     * provider, whose class starts java.util.logging (some 10 ms of a first answer).
     *
     * @throws CatalogFormatException the first problem, at its pointer below the extensions ({@code ""} when the text
     *     is not JSON or not an object, with the whole message)
     */
    public static org.gkml.catalog.model.Extensions extensionsFromText(String json) throws CatalogFormatException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        Utf8JsonParser p = new Utf8JsonParser(bytes, bytes.length);
        try {
            jakarta.json.stream.JsonParser.Event e = p.next();
            if (e != jakarta.json.stream.JsonParser.Event.START_OBJECT) {
                throw new CatalogFormatException(org.gkml.catalog.io.Location.pointer(null, ""),
                        "<extensions> must hold a JSON object, found " + valueType(e));
            }
            org.gkml.catalog.model.Extensions x = new StreamingBinder(p, strict()).extensions(e, "");
            if (p.hasNext()) { // refuses anything after the object
                p.next();
            }
            return x;
        } catch (jakarta.json.stream.JsonParsingException e) {
            throw new CatalogFormatException(org.gkml.catalog.io.Location.pointer(null, ""), "<extensions> must hold a JSON object: "
                    + (e.getMessage() != null && e.getMessage().contains("nesting depth exceeds")
                    ? "nesting deeper than " + JsonCatalogReader.MAX_DEPTH + " levels" : "not valid JSON: " + e.getMessage()));
        }
    }

    /**
     * An entry as compact JSON text, in UTF-8 (the members {@link #write} writes), for storing entries outside memory;
     * {@link #entryFromUtf8} reads it back.
     *
     * @since 0.2
     */
    public static byte[] entryToUtf8(Entry e) {
        StringWriter sw = new StringWriter();
        try {
            org.gkml.catalog.io.internal.JsonModelWriter.entry(new JsonOut(sw, false), e);
        } catch (IOException ex) {
            throw new AssertionError(ex); // a StringWriter does not fail
        }
        return sw.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * An entry from its JSON text in UTF-8, the first {@code length} bytes of {@code json} (read in place: the array may
     * be changed), checked like a document's entries (by the same parser and binder).
     *
     * @throws CatalogFormatException the first problem, at its pointer below the entry
     * @since 0.2
     */
    public static Entry entryFromUtf8(byte[] json, int length) throws CatalogFormatException {
        Utf8JsonParser p = new Utf8JsonParser(json, length);
        try {
            if (p.next() != jakarta.json.stream.JsonParser.Event.START_OBJECT) {
                throw new CatalogFormatException(org.gkml.catalog.io.Location.pointer(null, ""), "expected an entry object");
            }
            return new StreamingBinder(p, strict()).entry("");
        } catch (jakarta.json.stream.JsonParsingException e) {
            throw new CatalogFormatException(org.gkml.catalog.io.Location.pointer(null, ""), "not valid JSON: " + e.getMessage());
        }
    }

    /** The JSON type a value's first event starts, as JSON-P names it. */
    private static String valueType(jakarta.json.stream.JsonParser.Event e) {
        switch (e) {
            case START_ARRAY: return "array";
            case VALUE_STRING: return "string";
            case VALUE_NUMBER: return "number";
            case VALUE_TRUE: return "true";
            case VALUE_FALSE: return "false";
            default: return "null";
        }
    }

    /** A parser over a JSON value's text, at its first event. */
    private static jakarta.json.stream.JsonParser parserAt(jakarta.json.JsonValue v) {
        jakarta.json.stream.JsonParser p = Provider.JSON.createParser(new java.io.StringReader(v.toString()));
        p.next();
        return p;
    }

    /**
     * An entry from its JSON object, checked like a document's entries (by the same binder).
     *
     * @param pointer the pointer of the object, used in messages (e.g. {@code /entries/3})
     */
    public static Entry entryFromJson(jakarta.json.JsonObject o, String pointer) throws CatalogFormatException {
        try (jakarta.json.stream.JsonParser p = parserAt(o)) {
            return new StreamingBinder(p, strict()).entry(pointer);
        }
    }

    /** A catalog header from a JSON object of catalog-level members ({@code entries} ignored). */
    public static Catalog headerFromJson(jakarta.json.JsonObject o) throws CatalogFormatException {
        Catalog.Builder c = Catalog.builder().specVersion(null);
        try (jakarta.json.stream.JsonParser p = parserAt(o)) {
            StreamingBinder b = new StreamingBinder(p, strict());
            for (jakarta.json.stream.JsonParser.Event e = p.next(); e != jakarta.json.stream.JsonParser.Event.END_OBJECT; e = p.next()) {
                String key = p.getString();
                jakarta.json.stream.JsonParser.Event v = p.next();
                if (key.equals("entries")) {
                    if (v == jakarta.json.stream.JsonParser.Event.START_ARRAY) {
                        p.skipArray();
                    } else if (v == jakarta.json.stream.JsonParser.Event.START_OBJECT) {
                        p.skipObject();
                    }
                } else {
                    b.catalogMember(c, key, v);
                }
            }
        }
        return c.build();
    }

    /**
     * Writes the members of a deadline ({@code type}, then its variant's members) into an object being written: how
     * the {@code catalog deadline} command prints one.
     */
    public static void writeDeadlineMembers(JsonOut o, org.gkml.catalog.model.Deadline d) throws IOException {
        org.gkml.catalog.io.internal.JsonModelWriter.deadlineFields(o, d);
    }

    /** Writes a duration as its JSON object. */
    public static void writeDuration(JsonOut o, org.gkml.catalog.model.Duration d) throws IOException {
        org.gkml.catalog.io.internal.JsonModelWriter.duration(o, d);
    }

    /**
     * Any JSON text as a JSON-P value, read with the limits of the catalog reader (nesting deeper than
     * {@value JsonCatalogReader#MAX_DEPTH} and duplicate keys refused): for the JSON the SDK reads beside catalogs
     * (change sets, the JSON text of XML {@code <extensions>}).
     *
     * @param name used in messages
     * @throws CatalogFormatException with the line and column of a syntax error, or the limit exceeded
     */
    public static jakarta.json.JsonValue parseValue(String json, String name) throws CatalogFormatException {
        try (jakarta.json.JsonReader r = Provider.LIMITED.createReader(new java.io.StringReader(json))) {
            return r.readValue();
        } catch (jakarta.json.stream.JsonParsingException e) {
            jakarta.json.stream.JsonLocation l = e.getLocation();
            throw new CatalogFormatException(org.gkml.catalog.io.Location.at(name, l == null ? 0 : l.getLineNumber(),
                    l == null ? 0 : l.getColumnNumber()), limitMessage(e), e);
        } catch (RuntimeException e) { // Parsson reports its nesting limit as a bare RuntimeException
            throw new CatalogFormatException(org.gkml.catalog.io.Location.at(name, 0, 0), limitMessage(e), e);
        }
    }

    private static String limitMessage(RuntimeException e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (m.contains("too deeply nested")) {
            return "nesting deeper than " + JsonCatalogReader.MAX_DEPTH + " levels";
        }
        return "not valid JSON: " + m;
    }

    /** The pretty JSON text of a catalog. */
    public static String toJson(Catalog c) {
        StringWriter sw = new StringWriter();
        try {
            write(c, sw, true);
        } catch (IOException e) {
            throw new AssertionError(e); // a StringWriter does not fail
        }
        return sw.toString();
    }
}
