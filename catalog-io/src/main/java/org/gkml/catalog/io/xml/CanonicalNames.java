package org.gkml.catalog.io.xml;

import java.util.concurrent.ConcurrentHashMap;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;

/**
 * A StAX reader whose element, attribute and namespace names are canonical ({@link String#intern() interned}) and
 * that says so through the Stax2 properties JAXB asks for. Without this JAXB wraps the JDK's reader in a visitor that
 * calls {@code intern()} on every name of every element, which more than doubled the time to read an XML catalog.
 * Canonical strings come from a small cache; names beyond its bound (a hostile document) are interned directly.
 * It also keeps the path of open elements, so that a problem JAXB meets inside an entry can be given its JSON Pointer,
 * and refuses a text longer than {@link #MAX_TEXT} characters (the parser must not coalesce text for this to bound memory).
 */
final class CanonicalNames extends StreamReaderDelegate {

    private static final ConcurrentHashMap<String, String> NAMES = new ConcurrentHashMap<>();
    private static final int BOUND = 4096;

    /** Elements whose children are list items (their pointer segment is the item's index). */
    private static final java.util.Set<String> LISTS = java.util.Set.of("category", "elements", "basis", "subjects",
            "channels", "levels", "conditions", "entries");
    private static final int MAX_TRACKED = 64;
    private static final String XSI = javax.xml.XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI;

    /** Elements that hold elements only (no text of their own). */
    private static final java.util.Set<String> COMPLEX = java.util.Set.of("catalog", "entries", "entry", "publisher",
            "region", "category", "content", "elements", "basis", "reference", "deadline", "conditions", "condition",
            "duration", "subjects", "subject", "audience", "channels", "channel", "levels", "responsibility");
    /**
     * Told of what JAXB would pass over silently — text inside an element that holds elements only ({@code type}), an
     * {@code xsi:} attribute ({@code unknownKey}) — with a problem kind and message; true to go on (the problem is
     * reported), false to fail.
     */
    java.util.function.BiPredicate<String, String> passedOver;
    private final String[] names = new String[MAX_TRACKED];
    private final int[] ordinal = new int[MAX_TRACKED];
    private final int[] children = new int[MAX_TRACKED];
    private int depth;

    CanonicalNames(XMLStreamReader reader) {
        super(reader);
    }

    /** The longest text an element may hold (characters); the parser delivers text in chunks, so this bounds memory. */
    static final int MAX_TEXT = 1 << 20;
    private long text;

    @Override
    public int next() throws javax.xml.stream.XMLStreamException {
        int ev = super.next();
        if (ev == CHARACTERS || ev == CDATA || ev == SPACE) {
            text += getTextLength();
            if (text > MAX_TEXT) {
                throw new javax.xml.stream.XMLStreamException("a text of more than " + MAX_TEXT + " characters", getLocation());
            }
            if (ev != SPACE && depth > 0 && depth <= MAX_TRACKED && COMPLEX.contains(names[depth - 1]) && !isWhiteSpace()) {
                // JAXB would pass over text between the elements of a structured element: it is data, not layout
                String message = "unexpected text \"" + XmlModel.abbreviate(getText()) + "\" in <"
                        + names[depth - 1] + ">; expected elements only";
                if (passedOver == null || !passedOver.test("type", message)) {
                    throw new javax.xml.stream.XMLStreamException(message, getLocation());
                }
            }
            return ev;
        }
        if (ev == ENTITY_REFERENCE || ev == DTD) { // JAXB would pass over them silently
            throw new javax.xml.stream.XMLStreamException("a DTD or entity reference is not allowed in a catalog "
                    + "(possible XXE or entity-expansion attack)", getLocation());
        }
        text = 0;
        if (ev == START_ELEMENT) {
            if (depth < MAX_TRACKED) {
                names[depth] = getLocalName();
                ordinal[depth] = depth > 0 ? children[depth - 1]++ : 0;
                children[depth] = 0;
            }
            depth++;
            for (int a = 0; a < getAttributeCount(); a++) {
                if (XSI.equals(getAttributeNamespace(a))) { // xsi:nil, xsi:type would steer JAXB past the content
                    String message = "attribute xsi:" + getAttributeLocalName(a) + " on <" + getLocalName() + "> is not part of the format";
                    if (passedOver == null || !passedOver.test("unknownKey", message)) {
                        throw new javax.xml.stream.XMLStreamException(message, getLocation());
                    }
                }
            }
        } else if (ev == END_ELEMENT) {
            depth--;
        }
        return ev;
    }

    /** The depth of the element the cursor stands on (1 for the root). */
    int depth() {
        return depth;
    }

    /**
     * The JSON Pointer of the open element at the cursor, given the pointer of its ancestor at {@code fromDepth}
     * (for example the entry being read).
     */
    String pointer(int fromDepth, String from) {
        StringBuilder p = new StringBuilder(from);
        for (int d = fromDepth; d < Math.min(depth, MAX_TRACKED); d++) {
            p.append('/');
            if (LISTS.contains(names[d - 1])) {
                p.append(ordinal[d]);
            } else {
                p.append(names[d]);
            }
        }
        return p.toString();
    }

    private static String canonical(String s) {
        if (s == null) {
            return null;
        }
        String c = NAMES.get(s);
        if (c == null) {
            c = s.intern();
            if (NAMES.size() < BOUND) {
                NAMES.putIfAbsent(c, c);
            }
        }
        return c;
    }

    @Override
    public Object getProperty(String name) {
        if (name.equals("org.codehaus.stax2.internNames") || name.equals("org.codehaus.stax2.internNsUris")) {
            return Boolean.TRUE;
        }
        return super.getProperty(name);
    }

    @Override
    public String getLocalName() {
        return canonical(super.getLocalName());
    }

    @Override
    public String getNamespaceURI() {
        return canonical(super.getNamespaceURI());
    }

    @Override
    public String getNamespaceURI(int index) {
        return canonical(super.getNamespaceURI(index));
    }

    @Override
    public String getNamespaceURI(String prefix) {
        return canonical(super.getNamespaceURI(prefix));
    }

    @Override
    public String getNamespacePrefix(int index) {
        return canonical(super.getNamespacePrefix(index));
    }

    @Override
    public String getPrefix() {
        return canonical(super.getPrefix());
    }

    @Override
    public String getAttributeLocalName(int index) {
        return canonical(super.getAttributeLocalName(index));
    }

    @Override
    public String getAttributeNamespace(int index) {
        return canonical(super.getAttributeNamespace(index));
    }

    @Override
    public String getAttributePrefix(int index) {
        return canonical(super.getAttributePrefix(index));
    }
}
