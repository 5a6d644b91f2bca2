/**
 * The XML form of the wire format (namespace {@value org.gkml.catalog.io.xml.CatalogXml#NAMESPACE}, defined by
 * {@code schema/catalog.xsd}): Jakarta XML Binding (JAXB) on package-private binding classes mapped to the model,
 * entry by entry over a hardened StAX parser (no DTDs, no external entities), for reading and for writing.
 * JSON and XML carry the same information.
 */
@XmlSchema(namespace = CatalogXml.NAMESPACE, elementFormDefault = XmlNsForm.QUALIFIED,
        xmlns = @XmlNs(prefix = "", namespaceURI = CatalogXml.NAMESPACE))
@XmlAccessorType(XmlAccessType.FIELD)
package org.gkml.catalog.io.xml;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlNs;
import jakarta.xml.bind.annotation.XmlNsForm;
import jakarta.xml.bind.annotation.XmlSchema;
