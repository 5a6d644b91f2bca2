/**
 * Reading and writing catalogs: format detection, the streaming {@link org.gkml.catalog.io.CatalogReader}, and
 * the one checked exception for unreadable input, {@link org.gkml.catalog.io.CatalogFormatException}, which
 * always names where in the input the problem is.
 */
package org.gkml.catalog.io;
