package org.gkml.catalog.io.xml;

import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Unmarshaller;
import jakarta.xml.bind.ValidationEvent;
import jakarta.xml.bind.ValidationEventLocator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.gkml.catalog.io.BindingProblem;
import org.gkml.catalog.io.CatalogFormatException;
import org.gkml.catalog.io.CatalogReader;
import org.gkml.catalog.io.Location;

import org.gkml.catalog.model.Catalog;
import org.gkml.catalog.model.CatalogStatus;
import org.gkml.catalog.model.Entry;

/**
 * The XML form of the wire format: {@link #read(Path)}, {@link #open(InputStream, String)} for streaming, and
 * {@link #write(Catalog, OutputStream)} ({@link XmlCatalogWriter} for streaming). Elements mirror the JSON members
 * one to one (see {@code schema/catalog.xsd}); the deadline and duration variants carry their tag in a {@code type}
 * attribute; {@code extensions} hold their JSON text. Entries are bound with Jakarta XML Binding (JAXB) one at a
 * time on a hardened StAX parser: DTDs, external entities and XInclude are refused. Thread-safe.
 *
 * @since 0.1
 */
public final class CatalogXml {

    /** The namespace of catalog documents. */
    public static final String NAMESPACE = "https://gkml.org/schema/catalog/1.0";

    /**
     * The hardened factory, not coalescing: text arrives in chunks, so that an oversized text is refused early. Made
     * when this reader first reads (the fast reader uses this class's constants; starting StAX costs a first answer
     * some 15 ms).
     */
    private static final class Factory {
        static final XMLInputFactory IN = nonCoalescing();
    }

    private static XMLInputFactory nonCoalescing() {
        XMLInputFactory f = SafeXml.inputFactory();
        f.setProperty(XMLInputFactory.IS_COALESCING, false);
        return f;
    }

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

    /** Reads a whole catalog from an XML string (the inverse of {@link #toXml}). */
    public static Catalog fromXml(String xml) throws CatalogFormatException {
        try {
            return read(new java.io.ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "<string>");
        } catch (CatalogFormatException e) {
            throw e;
        } catch (IOException e) {
            throw new CatalogFormatException(null, e.getMessage(), e);
        }
    }

    /** Opens a strict streaming reader; {@code name} is used in messages. The stream is closed with the reader. */
    public static CatalogReader open(InputStream in, String name) throws CatalogFormatException {
        return open(in, name, null);
    }

    /**
     * Opens a reader that reports structural problems (unknown elements and attributes, bad values and tokens,
     * missing elements) to {@code problems} with their JSON Pointers and goes on; malformed XML and hostile input
     * still throw. Used by validation to report every problem at once.
     */
    public static CatalogReader open(InputStream in, String name, Consumer<BindingProblem> problems) throws CatalogFormatException {
        try {
            return new Reader(new CanonicalNames(Factory.IN.createXMLStreamReader(in)), in, name, problems);
        } catch (XMLStreamException e) {
            throw new CatalogFormatException(Location.at(name, 0, 0), "not readable as XML: " + e.getMessage(), e);
        }
    }

    private static final class Reader implements CatalogReader {
        private final CanonicalNames x;
        /** The bytes, closed with the reader (closing a StAX reader leaves its source open). */
        private final InputStream in;
        private final String file;
        private final Consumer<BindingProblem> lenient;
        private final XmlModel model;
        /** The entry being read: its pointer, start position and element depth (for problem locations). */
        private String entryPointer = "";
        private int entryLine;
        private int entryColumn;
        private int entryDepth;
        private final Catalog.Builder header = Catalog.builder().specVersion(null);
        private final Set<String> seen = new HashSet<>();
        private Unmarshaller unmarshaller;
        private ValidationEvent event;
        /** Whether JAXB is reading an element (an entry or a header object) from the parser. */
        private boolean unmarshalling;
        /** Problems JAXB reported on the current unmarshaller and was told to go past. */
        private int tolerated;
        /** The cursor stands on an event not yet handed out (JAXB leaves it after the element it read). */
        private boolean peeked;
        private int state;
        private int index;

        Reader(CanonicalNames x, InputStream in, String file, Consumer<BindingProblem> lenient) {
            this.x = x;
            this.in = in;
            this.file = file;
            this.lenient = lenient;
            this.model = new XmlModel(file, lenient == null ? null : (pointer, kind, message, value) ->
                    lenient.accept(new BindingProblem(new Location(file, entryLine, entryColumn, pointer, null, null), message,
                            BindingProblem.Kind.of(kind), value)));
            if (lenient != null) {
                x.passedOver = (kind, message) -> {
                    if (!unmarshalling || x.depth() < entryDepth) {
                        // outside the entry or header object being read (JAXB also reads one event past its end):
                        // the document is malformed
                        return false;
                    }
                    javax.xml.stream.Location l = x.getLocation();
                    lenient.accept(new BindingProblem(new Location(file, l.getLineNumber(), l.getColumnNumber(),
                            x.pointer(entryDepth, entryPointer), null, null), message, kind));
                    return true;
                };
            }
        }

        private CatalogFormatException error(String message) {
            javax.xml.stream.Location l = x.getLocation();
            return new CatalogFormatException(Location.at(file, l == null ? 0 : l.getLineNumber(), l == null ? 0 : l.getColumnNumber()), message);
        }

        private CatalogFormatException error(XMLStreamException e) {
            javax.xml.stream.Location l = e.getLocation() != null ? e.getLocation() : x.getLocation();
            String m = e.getMessage() == null ? "malformed XML" : e.getMessage().replaceFirst("^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message: ", "");
            if (m.contains("must start and end within the same entity") || m.contains("Premature end of file")
                    || m.contains("end of file")) {
                m = "unexpected end of file: the document is cut short (" + m + ")";
            } else if ((m.contains("DOCTYPE") || m.contains("DTD") || m.contains("entity")) && !m.startsWith("a DTD or entity reference")) {
                m = "a DTD or entity reference is not allowed in a catalog (possible XXE or entity-expansion attack): " + m;
            }
            return new CatalogFormatException(Location.at(file, l == null ? 0 : l.getLineNumber(), l == null ? 0 : l.getColumnNumber()), m, e);
        }

        /** The next start or end element, refusing DTDs, entity references and stray text. */
        private int nextTag() throws CatalogFormatException {
            try {
                while (peeked || x.hasNext()) {
                    int ev;
                    if (peeked) {
                        peeked = false;
                        ev = x.getEventType();
                    } else {
                        ev = x.next();
                    }
                    // DTDs, entity references and text between elements never get here: CanonicalNames refuses them
                    if (ev == XMLStreamConstants.START_ELEMENT || ev == XMLStreamConstants.END_ELEMENT
                            || ev == XMLStreamConstants.END_DOCUMENT) {
                        return ev;
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

        /** Unmarshals the element the cursor stands on with JAXB; the cursor is left after its end. */
        private <T> T unmarshal(Class<T> type) throws CatalogFormatException {
            try {
                if (unmarshaller == null) {
                    unmarshaller = Jaxb.context().createUnmarshaller();
                    unmarshaller.setEventHandler(e -> {
                        String m = e.getMessage();
                        if (lenient != null && m != null && m.startsWith("unexpected element")) {
                            ValidationEventLocator l = e.getLocator();
                            lenient.accept(new BindingProblem(new Location(file, l == null ? entryLine : l.getLineNumber(),
                                    l == null ? entryColumn : l.getColumnNumber(), x.pointer(entryDepth, entryPointer), null, null),
                                    clean(m), "unknownKey"));
                            tolerated++;
                            return true; // JAXB skips the element and goes on
                        }
                        event = e;
                        return false; // strict: an unknown element or a malformed value ends reading
                    });
                }
                event = null;
                String name = x.getLocalName();
                T value;
                unmarshalling = true;
                try {
                    value = unmarshaller.unmarshal(x, type).getValue();
                } finally {
                    unmarshalling = false;
                }
                if (tolerated > 4) {
                    // JAXB stops after ten reported events per unmarshaller ("Errors limit exceeded"): start afresh
                    unmarshaller = null;
                    tolerated = 0;
                }
                peeked = !(x.getEventType() == XMLStreamConstants.END_ELEMENT && name.equals(x.getLocalName()));
                return value;
            } catch (JAXBException e) {
                throw jaxbError(e);
            }
        }

        private CatalogFormatException jaxbError(JAXBException e) {
            Throwable cause = e.getLinkedException() != null ? e.getLinkedException() : e.getCause();
            if (cause instanceof XMLStreamException xe) {
                return error(xe);
            }
            if (event != null) {
                ValidationEventLocator l = event.getLocator();
                String m = event.getMessage() == null ? "malformed element" : clean(event.getMessage());
                return new CatalogFormatException(Location.at(file, l == null ? 0 : l.getLineNumber(), l == null ? 0 : l.getColumnNumber()), m, e);
            }
            return error(e.getMessage() == null ? "malformed element" : e.getMessage());
        }

        /** A JAXB message without namespace noise: {@code unexpected element <colour>. Expected elements are <code>,…}. */
        private String clean(String m) {
            return m.replace("{" + NAMESPACE + "}", "")
                    .replaceAll("unexpected element \\(uri:\"[^\"]*\", local:\"([^\"]+)\"\\)", "unexpected element <$1>");
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
            return header.build();
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
                    noAttributes(key);
                    return true;
                }
                if (!seen.add(key)) {
                    throw error("element <" + key + "> appears twice");
                }
                member(key);
            }
        }

        private void noAttributes(String element) throws CatalogFormatException {
            if (x.getAttributeCount() > 0) {
                throw error("unexpected attribute " + x.getAttributeLocalName(0) + " on <" + element + ">");
            }
        }

        /** One catalog-level member, the cursor on its start tag. */
        private void member(String key) throws IOException {
            String p = "/" + key;
            entryPointer = p;
            entryLine = x.getLocation().getLineNumber();
            entryColumn = x.getLocation().getColumnNumber();
            entryDepth = x.depth();
            switch (key) {
                case "publisher":
                    header.publisher(model.organization(unmarshal(XmlBinding.XOrganization.class), p));
                    return;
                case "region":
                    header.region(model.region(unmarshal(XmlBinding.XRegion.class), p));
                    return;
                default:
                    break;
            }
            if (!HEADER.contains(key)) {
                CatalogFormatException e = error("unknown element <" + key + ">; expected one of " + new java.util.TreeSet<>(HEADER));
                if (lenient == null) {
                    throw e;
                }
                lenient.accept(new BindingProblem(new Location(file, e.location().line(), e.location().column(), p, null, null),
                        e.problem(), "unknownKey"));
                skipElement();
                return;
            }
            noAttributes(key);
            javax.xml.stream.Location at = x.getLocation();
            String t = text();
            try { // the model reports bad values to the lenient sink, or throws them (located here) when strict
                switch (key) {
                    case "specVersion": header.specVersion(t); break;
                    case "id": header.id(t); break;
                    case "title": header.title(t); break;
                    case "version": header.version(t); break;
                    case "domain": header.domain(t); break;
                    case "issued": header.issued(model.date(t, p)); break;
                    case "status": header.status(model.token(CatalogStatus.class, t, p)); break;
                    default: header.extensions(model.extensions(t, p)); break; // "extensions"
                }
            } catch (CatalogFormatException e) {
                throw located(e, at);
            }
        }

        /** Skips the element the cursor stands on, with everything inside it. */
        private void skipElement() throws CatalogFormatException {
            try {
                for (int depth = 1; depth > 0; ) {
                    int ev = x.next();
                    if (ev == XMLStreamConstants.START_ELEMENT) {
                        depth++;
                    } else if (ev == XMLStreamConstants.END_ELEMENT) {
                        depth--;
                    }
                }
            } catch (XMLStreamException e) {
                throw error(e);
            }
        }

        private CatalogFormatException located(CatalogFormatException e, javax.xml.stream.Location at) {
            if (e.location().line() > 0) {
                return e;
            }
            return new CatalogFormatException(new Location(file, at.getLineNumber(), at.getColumnNumber(),
                    e.location().pointer(), null, null), e.problem(), e);
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
                at = new SimpleLocation(at.getLineNumber(), at.getColumnNumber());
                String p = "/entries/" + index++;
                entryPointer = p;
                entryLine = at.getLineNumber();
                entryColumn = at.getColumnNumber();
                entryDepth = x.depth();
                try {
                    return model.entry(unmarshal(XmlBinding.XEntry.class), p);
                } catch (CatalogFormatException e) {
                    throw located(e, at);
                }
            }
            return null;
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
                            b.append(x.getText()); // bounded by CanonicalNames.MAX_TEXT
                            break;
                        case XMLStreamConstants.END_ELEMENT:
                            return b.toString();
                        case XMLStreamConstants.START_ELEMENT:
                            throw error("unexpected element <" + x.getLocalName() + ">; expected text");
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
            for (String required : STRUCTURAL_HEADER) {
                if (!seen.contains(required)) {
                    CatalogFormatException e = new CatalogFormatException(Location.pointer(file, "/" + required),
                            "missing element <" + required + ">");
                    if (lenient == null) {
                        throw e;
                    }
                    lenient.accept(new BindingProblem(e.location(), e.problem(), "required"));
                }
            }
            return header.build();
        }

        @Override
        public Location entryLocation() {
            return Location.at(file, entryLine, entryColumn);
        }

        @Override
        public void close() throws IOException {
            try (InputStream bytes = in) {
                x.close();
            } catch (XMLStreamException e) {
                throw new IOException(e.getMessage(), e);
            }
        }
    }

    /** A position kept after the parser has moved on (the JDK's location object is live). */
    private record SimpleLocation(int line, int column) implements javax.xml.stream.Location {
        @Override public int getLineNumber() { return line; }
        @Override public int getColumnNumber() { return column; }
        @Override public int getCharacterOffset() { return -1; }
        @Override public String getPublicId() { return null; }
        @Override public String getSystemId() { return null; }
    }

    /** The catalog members a document must have to be read at all (WireFormat.CATALOG_REQUIRED but the entries). */
    static final java.util.List<String> STRUCTURAL_HEADER = java.util.List.of("specVersion", "id", "title");

    private static final Set<String> HEADER = Set.of("specVersion", "id", "title", "publisher", "region", "version",
            "issued", "status", "domain", "extensions", "entries");


    // ---- writing -----------------------------------------------------------------------------------------------

    /** Writes a catalog as UTF-8 XML with two-space indentation (byte-stable); the stream is left open. */
    public static void write(Catalog c, OutputStream out) throws IOException {
        XmlCatalogWriter w = XmlCatalogWriter.to(out);
        w.begin(c);
        for (Entry e : c.entries()) {
            w.write(e);
        }
        w.end();
    }

    /** Writes a catalog to a file. */
    public static void write(Catalog c, Path file) throws IOException {
        try (XmlCatalogWriter w = XmlCatalogWriter.to(Files.newOutputStream(file))) {
            w.begin(c);
            for (Entry e : c.entries()) {
                w.write(e);
            }
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
}
