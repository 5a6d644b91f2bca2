/** Helpers shared by the SDK's modules; not API, may change without notice. */
package org.gkml.catalog.model.internal;
