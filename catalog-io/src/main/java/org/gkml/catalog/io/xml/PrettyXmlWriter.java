package org.gkml.catalog.io.xml;

import java.util.ArrayList;
import java.util.List;
import javax.xml.namespace.NamespaceContext;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A StAX writer in front of another that gives catalog documents their stable layout, whoever writes the events
 * (our envelope code or a JAXB marshaller writing one fragment at a time): elements indented by two spaces, text-only
 * elements on one line, elements without content as {@code <x/>}, and the catalog namespace declared once on the root
 * (declarations below it are dropped; an element of another namespace is refused, the format has none).
 */
final class PrettyXmlWriter implements XMLStreamWriter {

    private final XMLStreamWriter w;
    private final String namespace;
    private int depth;
    /** Per open element: whether it has child elements (its end tag then goes on its own line). */
    private final List<Boolean> hasChildren = new ArrayList<>();
    /** A start tag not yet written: it becomes an empty-element tag if the element ends without content. */
    private String pending;
    private boolean pendingIsRoot;
    private final List<String[]> pendingAttributes = new ArrayList<>();

    PrettyXmlWriter(XMLStreamWriter w, String namespace) {
        this.w = w;
        this.namespace = namespace;
    }

    private void flushPending(boolean empty) throws XMLStreamException {
        if (pending == null) {
            return;
        }
        if (empty) {
            w.writeEmptyElement(pending);
        } else {
            w.writeStartElement(pending);
        }
        if (pendingIsRoot) {
            w.writeDefaultNamespace(namespace);
        }
        for (String[] a : pendingAttributes) {
            w.writeAttribute(a[0], a[1]);
        }
        pending = null;
        pendingAttributes.clear();
    }

    private void indent(int level) throws XMLStreamException {
        StringBuilder b = new StringBuilder(1 + 2 * level).append('\n');
        for (int i = 0; i < level; i++) {
            b.append("  ");
        }
        w.writeCharacters(b.toString());
    }

    private void start(String namespaceURI, String localName) throws XMLStreamException {
        if (namespaceURI != null && !namespaceURI.isEmpty() && !namespaceURI.equals(namespace)) {
            throw new XMLStreamException("element {" + namespaceURI + "}" + localName + " is not in the catalog namespace");
        }
        flushPending(false);
        if (depth > 0) {
            hasChildren.set(depth - 1, Boolean.TRUE);
            indent(depth);
        }
        pending = localName;
        pendingIsRoot = depth == 0;
        hasChildren.add(Boolean.FALSE);
        depth++;
    }

    @Override
    public void writeStartElement(String localName) throws XMLStreamException {
        start(null, localName);
    }

    @Override
    public void writeStartElement(String namespaceURI, String localName) throws XMLStreamException {
        start(namespaceURI, localName);
    }

    @Override
    public void writeStartElement(String prefix, String localName, String namespaceURI) throws XMLStreamException {
        start(namespaceURI, localName);
    }

    @Override
    public void writeEmptyElement(String namespaceURI, String localName) throws XMLStreamException {
        start(namespaceURI, localName);
        writeEndElement();
    }

    @Override
    public void writeEmptyElement(String prefix, String localName, String namespaceURI) throws XMLStreamException {
        start(namespaceURI, localName);
        writeEndElement();
    }

    @Override
    public void writeEmptyElement(String localName) throws XMLStreamException {
        start(null, localName);
        writeEndElement();
    }

    @Override
    public void writeEndElement() throws XMLStreamException {
        depth--;
        boolean children = hasChildren.remove(depth);
        if (pending != null) {
            flushPending(true);
            return;
        }
        if (children) {
            indent(depth);
        }
        w.writeEndElement();
    }

    @Override
    public void writeEndDocument() throws XMLStreamException {
        w.writeEndDocument();
    }

    @Override
    public void close() throws XMLStreamException {
        w.close();
    }

    @Override
    public void flush() throws XMLStreamException {
        w.flush();
    }

    @Override
    public void writeAttribute(String localName, String value) throws XMLStreamException {
        refuseUnwritable(value);
        attribute(null, localName, value);
    }

    @Override
    public void writeAttribute(String prefix, String namespaceURI, String localName, String value) throws XMLStreamException {
        attribute(namespaceURI, localName, value);
    }

    @Override
    public void writeAttribute(String namespaceURI, String localName, String value) throws XMLStreamException {
        attribute(namespaceURI, localName, value);
    }

    private void attribute(String namespaceURI, String localName, String value) throws XMLStreamException {
        if (pending == null) {
            throw new XMLStreamException("attribute " + localName + " outside a start tag");
        }
        if (namespaceURI != null && !namespaceURI.isEmpty()) {
            throw new XMLStreamException("attribute {" + namespaceURI + "}" + localName + " is not part of the format");
        }
        pendingAttributes.add(new String[] {localName, value});
    }

    @Override
    public void writeNamespace(String prefix, String namespaceURI) throws XMLStreamException {
        if (!namespace.equals(namespaceURI)) {
            throw new XMLStreamException("namespace " + namespaceURI + " is not part of the format");
        }
    }

    @Override
    public void writeDefaultNamespace(String namespaceURI) throws XMLStreamException {
        writeNamespace("", namespaceURI);
    }

    @Override
    public void writeComment(String data) throws XMLStreamException {
        flushPending(false);
        w.writeComment(data);
    }

    @Override
    public void writeProcessingInstruction(String target) throws XMLStreamException {
        throw new XMLStreamException("processing instructions are not part of the format");
    }

    @Override
    public void writeProcessingInstruction(String target, String data) throws XMLStreamException {
        throw new XMLStreamException("processing instructions are not part of the format");
    }

    @Override
    public void writeCData(String data) throws XMLStreamException {
        writeCharacters(data);
    }

    @Override
    public void writeDTD(String dtd) throws XMLStreamException {
        throw new XMLStreamException("a DTD is not part of the format");
    }

    @Override
    public void writeEntityRef(String name) throws XMLStreamException {
        throw new XMLStreamException("entity references are not part of the format");
    }

    @Override
    public void writeStartDocument() throws XMLStreamException {
        writeStartDocument("UTF-8", "1.0");
    }

    @Override
    public void writeStartDocument(String version) throws XMLStreamException {
        writeStartDocument("UTF-8", version);
    }

    @Override
    public void writeStartDocument(String encoding, String version) throws XMLStreamException {
        w.writeStartDocument(encoding, version);
        w.writeCharacters("\n");
    }

    @Override
    public void writeCharacters(String text) throws XMLStreamException {
        if (text.isEmpty()) {
            return;
        }
        refuseUnwritable(text);
        flushPending(false);
        w.writeCharacters(text);
    }

    /** XML 1.0 cannot carry a C0 control other than tab, line feed and carriage return, nor a lone surrogate. */
    private static void refuseUnwritable(String text) throws XMLStreamException {
        String problem = org.gkml.catalog.io.WireFormat.textProblem(text);
        if (problem != null) {
            throw new XMLStreamException(problem + ", which XML 1.0 cannot carry");
        }
    }

    @Override
    public void writeCharacters(char[] text, int start, int len) throws XMLStreamException {
        if (len == 0) {
            return;
        }
        refuseUnwritable(new String(text, start, len));
        flushPending(false);
        w.writeCharacters(text, start, len);
    }

    @Override
    public String getPrefix(String uri) throws XMLStreamException {
        return namespace.equals(uri) ? "" : null;
    }

    @Override
    public void setPrefix(String prefix, String uri) {
        // the one namespace is the default one
    }

    @Override
    public void setDefaultNamespace(String uri) {
        // declared on the root
    }

    @Override
    public void setNamespaceContext(NamespaceContext context) {
        // fixed
    }

    @Override
    public NamespaceContext getNamespaceContext() {
        return w.getNamespaceContext();
    }

    @Override
    public Object getProperty(String name) {
        return w.getProperty(name);
    }
}
