package org.gkml.catalog.io;

/**
 * A structural problem met while binding a document to the model (wrong type, unknown key, bad token). Readers
 * in strict mode throw it as a {@link CatalogFormatException}; the validator collects it instead.
 *
 * @param location where: file, line/column of the enclosing entry, and the JSON Pointer of the value
 * @param message what was found and what was expected
 * @param kind a stable machine-readable kind: {@code type}, {@code unknownKey}, {@code token}, {@code required},
 *     {@code format}
 * @since 0.1
 */
public record BindingProblem(Location location, String message, String kind) {
}
