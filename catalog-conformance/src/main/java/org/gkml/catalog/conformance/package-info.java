/**
 * Reference checks of documents against the normative schemas, independent of the SDK's own readers: networknt's
 * JSON Schema validator on {@code catalog.schema.json} (and the report and change-set schemas), the JDK's XSD
 * validator on {@code catalog.xsd}. The readers are tested against them; platforms may use them as a second opinion.
 * Whole-document and slower than the readers; not needed at run time.
 */
package org.gkml.catalog.conformance;
