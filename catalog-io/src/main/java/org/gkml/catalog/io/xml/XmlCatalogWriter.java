package org.gkml.catalog.io.xml;

import jakarta.xml.bind.JAXBElement;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import java.io.IOException;
import java.io.OutputStream;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import org.gkml.catalog.io.CatalogWriter;
import org.gkml.catalog.io.internal.WriterState;
import org.gkml.catalog.io.xml.XmlBinding.XEntry;
import org.gkml.catalog.io.xml.XmlBinding.XOrganization;
import org.gkml.catalog.io.xml.XmlBinding.XRegion;
import org.gkml.catalog.model.Catalog;
import org.gkml.catalog.model.Entry;

/**
 * Writes an XML catalog one entry at a time: {@link #begin(Catalog)} with the header, {@link #write(Entry)} for each
 * entry, {@link #end()}. Each entry is marshalled by JAXB from its binding object; the output is byte-stable (UTF-8,
 * two-space indentation, elements in schema order, a final newline) and valid against {@code schema/catalog.xsd}.
 * Not thread-safe.
 *
 * @since 0.1
 */
public final class XmlCatalogWriter implements CatalogWriter {

    private static final XMLOutputFactory OUT = XMLOutputFactory.newDefaultFactory();
    private static final QName ENTRY = new QName(CatalogXml.NAMESPACE, "entry");
    private static final QName PUBLISHER = new QName(CatalogXml.NAMESPACE, "publisher");
    private static final QName REGION = new QName(CatalogXml.NAMESPACE, "region");

    private final java.io.Writer stream;
    private final PrettyXmlWriter w;
    private final Marshaller marshaller;
    private final WriterState state = new WriterState();

    private XmlCatalogWriter(OutputStream out) throws IOException {
        // characters into a buffered UTF-8 writer: the JDK's StAX writer on a byte stream encodes and writes byte by byte
        this.stream = new java.io.BufferedWriter(new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8), 1 << 16);
        try {
            this.w = new PrettyXmlWriter(OUT.createXMLStreamWriter(stream), CatalogXml.NAMESPACE);
            this.marshaller = Jaxb.context().createMarshaller();
            marshaller.setProperty(Marshaller.JAXB_FRAGMENT, Boolean.TRUE);
        } catch (XMLStreamException | JAXBException e) {
            throw new IOException("cannot create the XML writer: " + e.getMessage(), e);
        }
    }

    /** A writer of UTF-8 XML to a stream (closed by {@link #close()}). */
    public static XmlCatalogWriter to(OutputStream out) throws IOException {
        return new XmlCatalogWriter(out);
    }

    /** Writes the document start and the catalog-level members (the header's entries are ignored). */
    @Override
    public XmlCatalogWriter begin(Catalog c) throws IOException {
        state.begin();
        try {
            w.writeStartDocument("UTF-8", "1.0");
            w.writeStartElement("catalog");
            text("specVersion", c.specVersion());
            text("id", c.id());
            text("title", c.title());
            if (c.publisher() != null) {
                marshal(new JAXBElement<>(PUBLISHER, XOrganization.class, XmlModel.toXml(c.publisher())));
            }
            if (c.region() != null) {
                marshal(new JAXBElement<>(REGION, XRegion.class, XmlModel.toXml(c.region())));
            }
            text("version", c.version());
            text("issued", c.issued() == null ? null : c.issued().toString());
            text("status", c.status() == null ? null : c.status().token());
            text("domain", c.domain());
            text("extensions", XmlModel.extensionsText(c.extensions()));
            w.writeStartElement("entries");
        } catch (XMLStreamException e) {
            throw new IOException(e.getMessage(), e);
        }
        return this;
    }

    private void text(String element, String value) throws XMLStreamException {
        if (value != null) {
            w.writeStartElement(element);
            w.writeCharacters(value);
            w.writeEndElement();
        }
    }

    private void marshal(JAXBElement<?> e) throws IOException {
        try {
            marshaller.marshal(e, w);
        } catch (JAXBException ex) {
            throw new IOException("cannot write <" + e.getName().getLocalPart() + ">: " + ex.getMessage(), ex);
        }
    }

    /** Writes one entry. */
    @Override
    public XmlCatalogWriter write(Entry entry) throws IOException {
        state.write();
        try {
            marshal(new JAXBElement<>(ENTRY, XEntry.class, XmlModel.toXml(entry)));
        } catch (IOException e) {
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            throw new IOException("entry " + entry.code() + ": " + (root.getMessage() == null ? e.getMessage() : root.getMessage()), e);
        }
        return this;
    }

    /** Closes the entries element and the document, and flushes. */
    @Override
    public void end() throws IOException {
        if (state.end()) {
            try {
                w.writeEndElement();
                w.writeEndElement();
                w.writeCharacters("\n");
                w.writeEndDocument();
                w.flush();
            } catch (XMLStreamException e) {
                throw new IOException(e.getMessage(), e);
            }
            stream.flush();
        }
    }

    @Override
    public void close() throws IOException {
        if (state.begun()) {
            end();
        }
        stream.close();
    }
}
