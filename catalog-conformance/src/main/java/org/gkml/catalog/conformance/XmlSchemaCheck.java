package org.gkml.catalog.conformance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.transform.stax.StAXSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.gkml.catalog.io.BindingProblem;
import org.gkml.catalog.io.Location;
import org.gkml.catalog.io.xml.SafeXml;

import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Checks a raw XML document against the normative {@code catalog.xsd} (JDK validator, secure processing, no
 * external access), returning every problem with its line and column. The document is read through the same
 * hardened StAX parser as {@link org.gkml.catalog.io.xml.CatalogXml}. Thread-safe.
 *
 * @since 0.1
 */
public final class XmlSchemaCheck {

    private static final Schema SCHEMA = load();

    private XmlSchemaCheck() {
    }

    private static Schema load() {
        try (InputStream in = XmlSchemaCheck.class.getResourceAsStream("/org/gkml/catalog/schema/catalog.xsd")) {
            if (in == null) {
                throw new IllegalStateException("missing schema resource catalog.xsd");
            }
            SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return f.newSchema(new javax.xml.transform.stream.StreamSource(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SAXException e) {
            throw new IllegalStateException("catalog.xsd is not a valid schema: " + e.getMessage(), e);
        }
    }

    /** The problems of an XML document; empty when it conforms. An unreadable document gives one problem. */
    public static List<BindingProblem> check(InputStream in, String file) {
        List<BindingProblem> out = new ArrayList<>();
        Validator v = SCHEMA.newValidator();
        try {
            v.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            v.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            v.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        } catch (SAXException e) {
            throw new IllegalStateException(e);
        }
        v.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                out.add(new BindingProblem(Location.at(file, e.getLineNumber(), e.getColumnNumber()), e.getMessage(), BindingProblem.Kind.TYPE));
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        });
        try {
            v.validate(new StAXSource(SafeXml.inputFactory().createXMLStreamReader(in)));
        } catch (SAXParseException e) {
            if (out.isEmpty()) {
                out.add(new BindingProblem(Location.at(file, e.getLineNumber(), e.getColumnNumber()), e.getMessage(), BindingProblem.Kind.SYNTAX));
            }
        } catch (SAXException | XMLStreamException | IOException | RuntimeException e) {
            out.add(new BindingProblem(Location.at(file, 0, 0), String.valueOf(e.getMessage()), BindingProblem.Kind.SYNTAX));
        }
        return out;
    }
}
