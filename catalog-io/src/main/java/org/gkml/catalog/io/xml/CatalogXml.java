package org.gkml.catalog.io.xml;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;
import org.gkml.catalog.io.CatalogFormatException;
import org.gkml.catalog.io.CatalogReader;
import org.gkml.catalog.io.Location;
import org.gkml.catalog.io.internal.SafeXml;
import org.gkml.catalog.io.json.CatalogJson;
import org.gkml.catalog.model.Catalog;
import org.gkml.catalog.model.Entry;

/**
 * The XML form of the wire format: {@link #read(Path)}, {@link #open(InputStream, String)} for streaming, and
 * {@link #write(Catalog, OutputStream)}. Elements mirror the JSON members one to one (see
 * {@code schema/catalog.xsd}); the deadline and duration variants carry their tag in a {@code type} attribute;
 * {@code extensions} hold their JSON text. DTDs, external entities and XInclude are refused. Thread-safe.
 *
 * @since 0.1
 */
public final class CatalogXml {

    /** One JSON-P provider: the static {@code Json.create…} methods look the provider up on every call. */
    private static final jakarta.json.spi.JsonProvider JSON = jakarta.json.spi.JsonProvider.provider();


    /** The namespace of catalog documents. */
    public static final String NAMESPACE = "https://gkml.org/schema/catalog/1.0";

    private static final XMLInputFactory IN = SafeXml.inputFactory();
    private static final XMLOutputFactory OUT = XMLOutputFactory.newDefaultFactory();
    private static final Set<String> OBJECTS = Set.of("publisher", "region", "content", "audience", "responsibility",
            "deadline", "duration", "subject", "reference", "channel", "condition", "entry");

    private CatalogXml() {
    }

    // ---- reading -----------------------------------------------------------------------------------------------

    /** Reads a whole catalog from a file. */
    public static Catalog read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file); CatalogReader r = open(in, file.getFileName().toString())) {
            return r.readAll();
        }
    }

    /** Reads a whole catalog from bytes. */
    public static Catalog read(InputStream in, String name) throws IOException {
        try (CatalogReader r = open(in, name)) {
            return r.readAll();
        }
    }

    /** Opens a streaming reader: the header, then one entry at a time. */
    public static CatalogReader open(InputStream in, String name) throws CatalogFormatException {
        try {
            return new Reader(IN.createXMLStreamReader(in), name);
        } catch (XMLStreamException e) {
            throw new CatalogFormatException(Location.at(name, 0, 0), "not readable as XML: " + e.getMessage(), e);
        }
    }

    private static final class Reader implements CatalogReader {
        private final XMLStreamReader x;
        private final String file;
        private final java.util.Map<String, JsonValue> header = new java.util.LinkedHashMap<>();
        private int state;
        private int index;

        Reader(XMLStreamReader x, String file) {
            this.x = x;
            this.file = file;
        }

        private CatalogFormatException error(String message) {
            javax.xml.stream.Location l = x.getLocation();
            return new CatalogFormatException(Location.at(file, l == null ? 0 : l.getLineNumber(), l == null ? 0 : l.getColumnNumber()), message);
        }

        private CatalogFormatException error(XMLStreamException e) {
            javax.xml.stream.Location l = e.getLocation() != null ? e.getLocation() : x.getLocation();
            String m = e.getMessage() == null ? "malformed XML" : e.getMessage().replaceFirst("^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message: ", "");
            if (m.contains("DOCTYPE") || m.contains("DTD") || m.contains("entity")) {
                m = "a DTD or entity reference is not allowed in a catalog (possible XXE or entity-expansion attack): " + m;
            }
            return new CatalogFormatException(Location.at(file, l == null ? 0 : l.getLineNumber(), l == null ? 0 : l.getColumnNumber()), m, e);
        }

        /** The next start or end element, refusing DTDs, entity references and stray text. */
        private int nextTag() throws CatalogFormatException {
            try {
                while (x.hasNext()) {
                    int ev = x.next();
                    switch (ev) {
                        case XMLStreamConstants.START_ELEMENT:
                        case XMLStreamConstants.END_ELEMENT:
                        case XMLStreamConstants.END_DOCUMENT:
                            return ev;
                        case XMLStreamConstants.DTD:
                        case XMLStreamConstants.ENTITY_REFERENCE:
                            throw error("a DTD or entity reference is not allowed in a catalog (possible XXE or entity-expansion attack)");
                        case XMLStreamConstants.CHARACTERS:
                        case XMLStreamConstants.CDATA:
                            if (!x.isWhiteSpace()) {
                                throw error("unexpected text \"" + abbreviate(x.getText()) + "\"; expected an element");
                            }
                            break;
                        default:
                            break;
                    }
                }
                return XMLStreamConstants.END_DOCUMENT;
            } catch (XMLStreamException e) {
                throw error(e);
            }
        }

        private void expectOurs() throws CatalogFormatException {
            if (!NAMESPACE.equals(x.getNamespaceURI())) {
                throw error("element <" + x.getLocalName() + "> is not in the catalog namespace " + NAMESPACE);
            }
        }

        @Override
        public Catalog header() throws IOException {
            if (state == 0) {
                if (nextTag() != XMLStreamConstants.START_ELEMENT || !x.getLocalName().equals("catalog")) {
                    throw error("expected the root element <catalog xmlns=\"" + NAMESPACE + "\">");
                }
                expectOurs();
                state = members() ? 1 : 3;
            }
            return CatalogJson.headerFromJson(JSON.createObjectBuilder(header).build());
        }

        /** Reads catalog members up to <entries> (true) or the end of <catalog> (false). */
        private boolean members() throws IOException {
            while (true) {
                int ev = nextTag();
                if (ev == XMLStreamConstants.END_ELEMENT) {
                    if (nextTag() != XMLStreamConstants.END_DOCUMENT) {
                        throw error("unexpected content after </catalog>");
                    }
                    return false;
                }
                if (ev != XMLStreamConstants.START_ELEMENT) {
                    throw error("the document ends too early (truncated file?)");
                }
                expectOurs();
                String key = x.getLocalName();
                if (key.equals("entries")) {
                    return true;
                }
                if (header.containsKey(key)) {
                    throw error("element <" + key + "> appears twice");
                }
                header.put(key, value(key));
            }
        }

        @Override
        public Entry next() throws IOException {
            if (state == 0) {
                header();
            }
            while (state == 1) {
                int ev = nextTag();
                if (ev == XMLStreamConstants.END_ELEMENT) {
                    state = members() ? 1 : 3;
                    if (state == 1) {
                        throw error("<entries> appears twice");
                    }
                    return null;
                }
                if (ev != XMLStreamConstants.START_ELEMENT) {
                    throw error("the document ends too early (truncated file?); expected <entry> or </entries>");
                }
                expectOurs();
                if (!x.getLocalName().equals("entry")) {
                    throw error("unexpected element <" + x.getLocalName() + ">; expected <entry>");
                }
                javax.xml.stream.Location at = x.getLocation();
                String p = "/entries/" + index++;
                JsonValue o = value("entry");
                try {
                    return CatalogJson.entryFromJson(o.asJsonObject(), p);
                } catch (CatalogFormatException e) {
                    throw new CatalogFormatException(new Location(file, at.getLineNumber(), at.getColumnNumber(),
                            e.location().pointer(), null, null), e.problem(), e);
                }
            }
            return null;
        }

        /** Reads the value of the element just started, named {@code key}, up to its end. */
        private JsonValue value(String key) throws IOException {
            for (int i = 0; i < x.getAttributeCount(); i++) {
                String a = x.getAttributeLocalName(i);
                if (!(a.equals("type") && XmlShape.TAGGED.contains(key))) {
                    throw error("unexpected attribute " + a + " on <" + key + ">");
                }
            }
            if (XmlShape.JSON_TEXT.contains(key)) {
                String text = text();
                try (JsonReader r = JSON.createReader(new StringReader(text))) {
                    return r.readValue();
                } catch (JsonException | IllegalStateException e) {
                    throw error("<" + key + "> must hold a JSON object: " + e.getMessage());
                }
            }
            String item = XmlShape.LISTS.get(key);
            if (item != null) {
                JsonArrayBuilder a = JSON.createArrayBuilder();
                while (true) {
                    int ev = nextTag();
                    if (ev == XMLStreamConstants.END_ELEMENT) {
                        return a.build();
                    }
                    if (ev != XMLStreamConstants.START_ELEMENT) {
                        throw error("the document ends too early (truncated file?)");
                    }
                    expectOurs();
                    if (!x.getLocalName().equals(item)) {
                        throw error("unexpected element <" + x.getLocalName() + "> in <" + key + ">; expected <" + item + ">");
                    }
                    a.add(OBJECTS.contains(item) ? value(item) : JSON.createValue(text()));
                }
            }
            if (OBJECTS.contains(key)) {
                JsonObjectBuilder o = JSON.createObjectBuilder();
                String type = x.getAttributeValue(null, "type");
                if (type != null) {
                    o.add("type", type);
                }
                while (true) {
                    int ev = nextTag();
                    if (ev == XMLStreamConstants.END_ELEMENT) {
                        return o.build();
                    }
                    if (ev != XMLStreamConstants.START_ELEMENT) {
                        throw error("the document ends too early (truncated file?)");
                    }
                    expectOurs();
                    String k = x.getLocalName();
                    o.add(k, value(k));
                }
            }
            String t = text();
            if (XmlShape.INTEGERS.contains(key)) {
                try {
                    return JSON.createValue(new java.math.BigDecimal(t.strip()));
                } catch (NumberFormatException e) {
                    throw error("<" + key + "> must be an integer, found \"" + abbreviate(t) + "\"");
                }
            }
            if (XmlShape.BOOLEANS.contains(key)) {
                if (t.strip().equals("true")) {
                    return JsonValue.TRUE;
                }
                if (t.strip().equals("false")) {
                    return JsonValue.FALSE;
                }
                throw error("<" + key + "> must be true or false, found \"" + abbreviate(t) + "\"");
            }
            return JSON.createValue(t);
        }

        /** The text of a simple element (no child elements). */
        private String text() throws CatalogFormatException {
            StringBuilder b = new StringBuilder();
            try {
                while (x.hasNext()) {
                    int ev = x.next();
                    switch (ev) {
                        case XMLStreamConstants.CHARACTERS:
                        case XMLStreamConstants.CDATA:
                        case XMLStreamConstants.SPACE:
                            b.append(x.getText());
                            if (b.length() > (1 << 20)) {
                                throw error("a text of more than " + (1 << 20) + " characters");
                            }
                            break;
                        case XMLStreamConstants.END_ELEMENT:
                            return b.toString();
                        case XMLStreamConstants.START_ELEMENT:
                            throw error("unexpected element <" + x.getLocalName() + ">; expected text");
                        case XMLStreamConstants.DTD:
                        case XMLStreamConstants.ENTITY_REFERENCE:
                            throw error("a DTD or entity reference is not allowed in a catalog (possible XXE or entity-expansion attack)");
                        default:
                            break;
                    }
                }
            } catch (XMLStreamException e) {
                throw error(e);
            }
            throw error("the document ends too early (truncated file?)");
        }

        @Override
        public Catalog trailer() throws IOException {
            if (state != 3) {
                throw new IllegalStateException("trailer() is available after the last entry has been read");
            }
            JsonObject h = JSON.createObjectBuilder(header).build();
            for (String required : new String[] {"specVersion", "id", "title", "publisher"}) {
                if (!h.containsKey(required)) {
                    throw new CatalogFormatException(Location.pointer(file, "/" + required), "missing element <" + required + ">");
                }
            }
            return CatalogJson.headerFromJson(h);
        }

        @Override
        public void close() throws IOException {
            try {
                x.close();
            } catch (XMLStreamException e) {
                throw new IOException(e.getMessage(), e);
            }
        }
    }

    private static String abbreviate(String s) {
        String t = s.strip();
        return t.length() > 40 ? t.substring(0, 40) + "…" : t;
    }

    // ---- writing -----------------------------------------------------------------------------------------------

    /** Writes a catalog as UTF-8 XML with two-space indentation (byte-stable). */
    public static void write(Catalog c, OutputStream out) throws IOException {
        try {
            XMLStreamWriter w = OUT.createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            w.writeStartElement("catalog");
            w.writeDefaultNamespace(NAMESPACE);
            JsonObject h = CatalogJson.headerToJsonObject(c);
            for (Map.Entry<String, JsonValue> m : h.entrySet()) {
                member(w, m.getKey(), m.getValue(), 1);
            }
            indent(w, 1);
            w.writeStartElement("entries");
            for (Entry e : c.entries()) {
                member(w, "entry", CatalogJson.toJsonObject(e), 2);
            }
            indent(w, 1);
            w.writeEndElement();
            indent(w, 0);
            w.writeEndElement();
            w.writeCharacters("\n");
            w.writeEndDocument();
            w.flush();
        } catch (XMLStreamException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** The XML text of a catalog. */
    public static String toXml(Catalog c) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try {
            write(c, b);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return b.toString(StandardCharsets.UTF_8);
    }

    private static void indent(XMLStreamWriter w, int depth) throws XMLStreamException {
        w.writeCharacters("\n" + "  ".repeat(depth));
    }

    private static void member(XMLStreamWriter w, String key, JsonValue v, int depth) throws XMLStreamException {
        indent(w, depth);
        if (XmlShape.JSON_TEXT.contains(key)) {
            w.writeStartElement(key);
            w.writeCharacters(v.toString());
            w.writeEndElement();
            return;
        }
        String item = XmlShape.LISTS.get(key);
        if (item != null) {
            JsonArray a = v.asJsonArray();
            if (a.isEmpty()) {
                w.writeEmptyElement(key);
                return;
            }
            w.writeStartElement(key);
            for (JsonValue x : a) {
                member(w, item, x, depth + 1);
            }
            indent(w, depth);
            w.writeEndElement();
            return;
        }
        if (v instanceof JsonObject o) {
            w.writeStartElement(key);
            if (XmlShape.TAGGED.contains(key) && o.containsKey("type")) {
                w.writeAttribute("type", o.getString("type"));
            }
            for (Map.Entry<String, JsonValue> m : o.entrySet()) {
                if (m.getKey().equals("type") && XmlShape.TAGGED.contains(key)) {
                    continue;
                }
                member(w, m.getKey(), m.getValue(), depth + 1);
            }
            indent(w, depth);
            w.writeEndElement();
            return;
        }
        w.writeStartElement(key);
        if (v instanceof JsonString s) {
            w.writeCharacters(s.getString());
        } else if (v instanceof JsonNumber n) {
            w.writeCharacters(n.toString());
        } else {
            w.writeCharacters(v.toString());
        }
        w.writeEndElement();
    }
}
