/**
 * Reading and writing catalogs in any format: {@link org.gkml.catalog.io.Catalogs} detects a file's format once and
 * hands back the streaming {@link org.gkml.catalog.io.CatalogReader} of the {@link org.gkml.catalog.io.CatalogFormat}
 * registered for it (JSON and XML here; CSV and XLSX from {@code catalog-sheets}, found through
 * {@link java.util.ServiceLoader}); {@link org.gkml.catalog.io.WireFormat} declares the wire format's members once;
 * and the one checked exception for unreadable input, {@link org.gkml.catalog.io.CatalogFormatException}, always
 * names where in the input the problem is.
 */
package org.gkml.catalog.io;
