package org.gkml.catalog.validation;

import java.util.Locale;

/**
 * How serious an issue is. Only {@code error} makes a catalog invalid. Immutable and thread-safe.
 *
 * @since 0.1
 */
public enum Severity {
    ERROR, WARNING, INFO;

    /** The report token: {@code error}, {@code warning}, {@code info}. */
    public String token() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The severity for a token; throws {@link IllegalArgumentException} quoting an unknown one. */
    public static Severity fromToken(String token) {
        for (Severity s : values()) {
            if (s.token().equals(token)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown severity \"" + token + "\"; expected error, warning or info");
    }
}
