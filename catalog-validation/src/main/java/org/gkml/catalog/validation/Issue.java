package org.gkml.catalog.validation;

import java.util.Objects;
import org.gkml.catalog.io.Location;

/**
 * One problem found in a catalog. Immutable and thread-safe.
 *
 * @param rule the stable rule id, e.g. {@code DL-001}
 * @param severity the severity after the profile's overrides
 * @param path the JSON Pointer of the offending value (e.g. {@code /entries/3/deadline})
 * @param entry the code of the entry, or {@code null} for catalog-level issues
 * @param location the file line/column or sheet cell, or {@code null} for catalogs built in code
 * @param message the localized message
 * @param value the offending value (String, Number, Boolean, List or Map), or {@code null}
 * @since 0.1
 */
public record Issue(String rule, Severity severity, String path, String entry, Location location, String message, Object value) {
    public Issue {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(path, "path");
    }
}
