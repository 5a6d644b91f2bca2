package org.gkml.catalog.io;

/**
 * A structural problem met while binding a document to the model (wrong type, unknown key, bad token). Readers
 * in strict mode throw it as a {@link CatalogFormatException}; the validator collects it instead.
 *
 * @param location where: file, line/column of the offending member (JSON) or of the enclosing entry, and the JSON Pointer of the value
 * @param message what was found and what was expected
 * @param kind what kind of problem it is
 * @param value the offending value's text (a token not in its vocabulary, a value of the wrong type), or {@code null}
 * @since 0.1
 */
public record BindingProblem(Location location, String message, Kind kind, String value) {

    /** The kinds of structural problem. @since 0.2 */
    public enum Kind {
        /** A value of the wrong JSON type or XML shape (a string where an object belongs). */
        TYPE("type"),
        /** A key or element the format does not define. */
        UNKNOWN_KEY("unknownKey"),
        /** A string that is not one of its vocabulary's tokens. */
        TOKEN("token"),
        /** A structurally required key or element that is missing. */
        REQUIRED("required"),
        /** A number outside its range (a month of 13, a negative amount). */
        RANGE("range"),
        /** A string in the wrong format (a date that is not ISO-8601). */
        FORMAT("format"),
        /** Input that cannot be read on (malformed text, limits exceeded); never collected, always thrown. */
        SYNTAX("syntax");

        private final String token;

        Kind(String token) {
            this.token = token;
        }

        /** The stable machine-readable token ({@code unknownKey}), as reports write it. */
        public String token() {
            return token;
        }

        /**
         * The kind of a token.
         *
         * @throws IllegalArgumentException for a token that names no kind
         */
        public static Kind of(String token) {
            for (Kind k : values()) {
                if (k.token.equals(token)) {
                    return k;
                }
            }
            throw new IllegalArgumentException("no binding problem kind \"" + token + "\"; expected one of "
                    + java.util.Arrays.stream(values()).map(Kind::token).toList());
        }

        @Override
        public String toString() {
            return token;
        }
    }

    public BindingProblem {
        java.util.Objects.requireNonNull(kind, "kind");
    }

    /** A problem without a value to show. */
    public BindingProblem(Location location, String message, Kind kind) {
        this(location, message, kind, null);
    }

    /** A problem whose kind is given by its token ({@code "unknownKey"}). */
    public BindingProblem(Location location, String message, String kind) {
        this(location, message, Kind.of(kind), null);
    }
}
