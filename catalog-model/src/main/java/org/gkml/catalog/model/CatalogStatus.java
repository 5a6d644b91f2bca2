package org.gkml.catalog.model;

/**
 * Lifecycle of a catalog document.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public enum CatalogStatus implements Token {
    DRAFT("draft"),
    ACTIVE("active"),
    SUPERSEDED("superseded"),
    WITHDRAWN("withdrawn");

    private final String token;

    CatalogStatus(String token) {
        this.token = token;
    }

    @Override
    public String token() {
        return token;
    }

    /** The value for a wire-format token; throws {@link IllegalArgumentException} quoting an unknown token. */
    public static CatalogStatus fromToken(String token) {
        return Token.fromToken(CatalogStatus.class, token);
    }
}
