package org.gkml.catalog.model;

/**
 * Disclosure level (公开层级), outermost first.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public enum Level implements Token {
    NATIONAL("national"),
    PROVINCIAL("provincial"),
    PREFECTURAL("prefectural"),
    COUNTY("county"),
    TOWNSHIP("township"),
    VILLAGE("village");

    private final String token;

    Level(String token) {
        this.token = token;
    }

    @Override
    public String token() {
        return token;
    }

    /** The value for a wire-format token; throws {@link IllegalArgumentException} quoting an unknown token. */
    public static Level fromToken(String token) {
        return Token.fromToken(Level.class, token);
    }
}
