package org.gkml.catalog.io.json;

import jakarta.json.JsonException;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import jakarta.json.stream.JsonParsingException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.gkml.catalog.io.BindingProblem;
import org.gkml.catalog.io.CatalogFormatException;
import org.gkml.catalog.io.CatalogReader;
import org.gkml.catalog.io.Location;
import org.gkml.catalog.model.Catalog;
import org.gkml.catalog.model.Entry;

/**
 * Streams a JSON catalog one entry at a time (JSON-P), checking every key and type as it binds. Memory use is
 * bounded by the largest single entry, so million-entry catalogs read in a small heap.
 *
 * <p>Strict by default: the first problem throws {@link CatalogFormatException} with the line/column of the
 * entry and the JSON Pointer of the value. With a problem consumer, structural problems inside values are
 * reported and reading goes on (syntax errors still throw). Not thread-safe.
 *
 * @since 0.1
 */
public final class JsonCatalogReader implements CatalogReader {

    /** Nesting deeper than this is refused (a catalog needs fewer than 20 levels; extensions get the rest). */
    public static final int MAX_DEPTH = 200;
    /** Strings longer than this many characters are refused. */
    public static final int MAX_STRING = 1 << 20;

    /** The JSON-P parser for character input (bytes have a parser of their own), started when first needed. */
    private static final class Factory {
        static final JsonParserFactory FACTORY = JsonProvider.provider().createParserFactory(Map.of(
                "org.eclipse.parsson.rejectDuplicateKeys", true,
                "org.eclipse.parsson.maxDepth", MAX_DEPTH,
                "org.eclipse.parsson.maxParsingLimit", Integer.MAX_VALUE));
    }

    private final String file;
    private final JsonParser parser;
    private final StreamingBinder.Sink sink;
    private final StreamingBinder streaming;
    private final Catalog.Builder header = Catalog.builder().specVersion(null);
    private final Set<String> seen = new HashSet<>();
    private int state; // 0 before header, 1 in entries, 2 after entries, 3 done
    private int index;

    private JsonCatalogReader(JsonParser parser, String file, Consumer<BindingProblem> lenient) {
        this.file = file;
        this.parser = parser;
        this.sink = new StreamingBinder.Sink() {
            @Override
            public void problem(String pointer, String kind, String message) throws CatalogFormatException {
                problem(pointer, kind, message, null);
            }

            @Override
            public void problem(String pointer, String kind, String message, String value) throws CatalogFormatException {
                problemAt(0, 0, pointer, kind, message, value);
            }

            @Override
            public void problemAt(long line, long column, String pointer, String kind, String message, String value)
                    throws CatalogFormatException {
                Location loc = line > 0 ? new Location(file, line, column, pointer, null, null) : memberLocation(pointer);
                if (message.length() > 0 && lenient != null && !"syntax".equals(kind)) {
                    lenient.accept(new BindingProblem(loc, message, BindingProblem.Kind.of(kind), value));
                } else {
                    throw new CatalogFormatException(loc, message);
                }
            }
        };
        this.streaming = new StreamingBinder(parser, sink);
    }

    private long entryLine;
    private long entryColumn;

    /** Where the member a problem is about begins: the token being read (the entry's start when not known). */
    private Location memberLocation(String pointer) {
        if (parser instanceof Utf8JsonParser u) {
            return new Location(file, u.tokenLine(), u.tokenColumn(), pointer, null, null);
        }
        JsonLocation l = location();
        return l == null ? new Location(file, currentLine(), currentColumn(), pointer, null, null)
                : new Location(file, l.getLineNumber(), l.getColumnNumber(), pointer, null, null);
    }

    private long currentLine() {
        return entryLine;
    }

    private long currentColumn() {
        return entryColumn;
    }

    /**
     * Opens a strict reader over UTF-8 bytes (no byte order mark, as RFC 8259 requires).
     *
     * @param in the bytes; closed with the reader
     * @param file the name used in messages
     */
    public static JsonCatalogReader open(InputStream in, String file) throws CatalogFormatException {
        return open(in, file, null);
    }

    /**
     * Opens a reader that reports structural problems to {@code problems} instead of throwing (syntax errors and
     * hostile input still throw). Used by validation to report every problem at once.
     */
    public static JsonCatalogReader open(InputStream in, String file, Consumer<BindingProblem> problems)
            throws CatalogFormatException {
        return new JsonCatalogReader(new Utf8JsonParser(utf8(in, file)), file, problems);
    }

    /** Opens a strict reader over characters. */
    public static JsonCatalogReader open(Reader in, String file) {
        return new JsonCatalogReader(Factory.FACTORY.createParser(in), file, null);
    }

    /** The bytes of a UTF-8 JSON text, after refusing a byte order mark and UTF-16 or binary content. */
    static InputStream utf8(InputStream raw, String file) throws CatalogFormatException {
        BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
        try {
            in.mark(4);
            int b0 = in.read();
            int b1 = in.read();
            int b2 = in.read();
            in.reset();
            if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
                throw new CatalogFormatException(Location.at(file, 1, 1),
                        "the file starts with a UTF-8 byte order mark; JSON text must not begin with one (RFC 8259 §8.1): save it as UTF-8 without BOM");
            }
            if ((b0 == 0xFE && b1 == 0xFF) || (b0 == 0xFF && b1 == 0xFE) || b0 == 0 || b1 == 0) {
                throw new CatalogFormatException(Location.at(file, 1, 1), "the file is UTF-16 or binary; expected UTF-8 JSON");
            }
        } catch (CatalogFormatException e) {
            throw e;
        } catch (IOException e) {
            throw new CatalogFormatException(Location.at(file, 0, 0), "cannot read: " + e.getMessage(), e);
        }
        return in;
    }

    private CatalogFormatException syntax(RuntimeException e) {
        Throwable c = e;
        while (c != null) {
            if (c instanceof CharacterCodingException) {
                JsonLocation l = location();
                return new CatalogFormatException(Location.at(file, l == null ? 0 : l.getLineNumber(), l == null ? 0 : l.getColumnNumber()),
                        "invalid UTF-8 byte sequence; expected UTF-8 text", e);
            }
            c = c.getCause();
        }
        JsonLocation l = e instanceof JsonParsingException pe ? pe.getLocation() : location();
        String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (msg.contains("depth") || msg.contains("Depth") || msg.contains("nested")) {
            msg = "nesting deeper than " + MAX_DEPTH + " levels; a catalog is never that deep";
        } else if (msg.contains("EOF") || msg.contains("End of") || msg.contains("char -1")) {
            msg = "the document ends too early (truncated file?): " + msg;
        } else if (msg.contains("Duplicate") || msg.contains("duplicate")) {
            msg = "duplicate key: " + msg;
        }
        return new CatalogFormatException(Location.at(file, l == null ? 0 : l.getLineNumber(), l == null ? 0 : l.getColumnNumber()), msg, e);
    }

    private JsonLocation location() {
        try {
            return parser.getLocation();
        } catch (RuntimeException ignored) {
            return null;
        }
    }

    private JsonParser.Event next(String expected) throws CatalogFormatException {
        try {
            if (!parser.hasNext()) {
                JsonLocation l = location();
                throw new CatalogFormatException(Location.at(file, l == null ? 0 : l.getLineNumber(), l == null ? 0 : l.getColumnNumber()),
                        "the document ends too early (truncated file?); expected " + expected);
            }
            return parser.next();
        } catch (RuntimeException e) {
            throw syntax(e);
        }
    }

    private void mark() {
        JsonLocation l = location();
        entryLine = l == null ? 0 : l.getLineNumber();
        entryColumn = l == null ? 0 : l.getColumnNumber();
    }

    @Override
    public Catalog header() throws IOException {
        if (state == 0) {
            JsonParser.Event e = next("a JSON object (the catalog)");
            if (e != JsonParser.Event.START_OBJECT) {
                mark();
                throw new CatalogFormatException(Location.at(file, entryLine, entryColumn),
                        "expected a JSON object (the catalog), found " + eventWords(e));
            }
            state = members() ? 1 : 3;
        }
        return header.build();
    }

    /** Reads catalog members up to "entries" (true) or the end of the object (false). */
    private boolean members() throws IOException {
        while (true) {
            JsonParser.Event e = next("a key or }");
            if (e == JsonParser.Event.END_OBJECT) {
                checkEnd();
                return false;
            }
            String key = parser.getString();
            mark();
            if (!seen.add(key)) {
                throw new CatalogFormatException(new Location(file, entryLine, entryColumn, "/" + BindingMessages.escape(key), null, null),
                        "duplicate key \"" + key + "\"; each key may appear once");
            }
            if (key.equals("entries")) {
                JsonParser.Event a = next("an array of entries");
                if (a != JsonParser.Event.START_ARRAY) {
                    throw new CatalogFormatException(new Location(file, entryLine, entryColumn, "/entries", null, null),
                            "expected an array of entries, found " + eventWords(a));
                }
                return true;
            }
            JsonParser.Event v = next("a value");
            try {
                streaming.catalogMember(header, key, v);
            } catch (RuntimeException ex) {
                throw syntax(ex);
            }
        }
    }

    private void checkEnd() throws CatalogFormatException {
        try {
            if (parser.hasNext()) {
                JsonLocation l = location();
                throw new CatalogFormatException(Location.at(file, l.getLineNumber(), l.getColumnNumber()),
                        "unexpected content after the end of the catalog object");
            }
        } catch (RuntimeException e) {
            CatalogFormatException s = syntax(e);
            throw new CatalogFormatException(s.location(), "unexpected content after the end of the catalog object: " + s.problem(), e);
        }
    }

    @Override
    public Entry next() throws IOException {
        if (state == 0) {
            header();
        }
        while (state == 1) {
            JsonParser.Event e = next("an entry object or ]");
            if (e == JsonParser.Event.END_ARRAY) {
                state = members() ? 1 : 3;
                return null;
            }
            mark();
            String p = "/entries/" + index++;
            if (e != JsonParser.Event.START_OBJECT) {
                throw new CatalogFormatException(new Location(file, entryLine, entryColumn, p, null, null),
                        "expected an entry object, found " + eventWords(e));
            }
            Entry entry;
            try {
                entry = streaming.entry(p);
            } catch (RuntimeException ex) {
                throw syntax(ex);
            }
            if (entry != null) {
                return entry;
            }
        }
        return null;
    }

    /** Where the entry last returned by {@link #next()} starts (file, line, column). */
    @Override
    public Location entryLocation() {
        return Location.at(file, entryLine, entryColumn);
    }

    /** The number of entries read so far. */
    public int entriesRead() {
        return index;
    }

    @Override
    public Catalog trailer() throws IOException {
        if (state != 3) {
            throw new IllegalStateException("trailer() is available after the last entry has been read");
        }
        for (String required : org.gkml.catalog.io.WireFormat.CATALOG_REQUIRED) {
            if (!seen.contains(required)) {
                sink.problem("/" + required, "required", "missing key \"" + required + "\"");
            }
        }
        return header.build();
    }

    @Override
    public void close() throws IOException {
        try {
            parser.close();
        } catch (JsonException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** A parser event as a person names the value it starts. */
    private static String eventWords(JsonParser.Event e) {
        switch (e) {
            case START_ARRAY: return "an array";
            case START_OBJECT: return "an object";
            case VALUE_STRING: return "a string";
            case VALUE_NUMBER: return "a number";
            case VALUE_TRUE:
            case VALUE_FALSE: return "true or false";
            case VALUE_NULL: return "null";
            default: return "the end of a value";
        }
    }
}
