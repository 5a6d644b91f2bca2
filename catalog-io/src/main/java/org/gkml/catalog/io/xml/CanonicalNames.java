package org.gkml.catalog.io.xml;

import java.util.concurrent.ConcurrentHashMap;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;

/**
 * A StAX reader whose element, attribute and namespace names are canonical ({@link String#intern() interned}) and
 * that says so through the Stax2 properties JAXB asks for. Without this JAXB wraps the JDK's reader in a visitor that
 * calls {@code intern()} on every name of every element, which more than doubled the time to read an XML catalog.
 * Canonical strings come from a small cache; names beyond its bound (a hostile document) are interned directly.
 */
final class CanonicalNames extends StreamReaderDelegate {

    private static final ConcurrentHashMap<String, String> NAMES = new ConcurrentHashMap<>();
    private static final int BOUND = 4096;

    CanonicalNames(XMLStreamReader reader) {
        super(reader);
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
