/** Helpers shared by the io packages; not API, may change without notice. */
package org.gkml.catalog.io.internal;
