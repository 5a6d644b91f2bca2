/**
 * The XML form of the wire format (namespace {@value org.gkml.catalog.io.xml.CatalogXml#NAMESPACE}, defined by
 * {@code schema/catalog.xsd}): streaming reading with a hardened StAX parser (no DTDs, no external entities) and
 * writing. JSON and XML carry the same information.
 */
package org.gkml.catalog.io.xml;
