package org.gkml.catalog.model;

/**
 * The administrative division a catalog belongs to.
 *
 * <p>Immutable and thread-safe.
 *
 * @param code the 6-digit GB/T 2260 code as written (may be invalid; the validator reports it)
 * @param name the division's name, or {@code null}
 * @since 0.1
 */
public record Region(String code, String name) {
}
