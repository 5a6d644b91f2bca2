/** The page for clerks and the HTTP API: {@link org.gkml.catalog.server.CatalogServer}. */
package org.gkml.catalog.server;
