/** The JSON form of the wire format: whole-document and streaming reading and writing. */
package org.gkml.catalog.io.json;
