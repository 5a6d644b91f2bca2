package org.gkml.catalog.model;

/**
 * Lifecycle of one entry.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public enum EntryStatus implements Token {
    ACTIVE("active"),
    SUSPENDED("suspended"),
    REPEALED("repealed");

    private final String token;

    EntryStatus(String token) {
        this.token = token;
    }

    @Override
    public String token() {
        return token;
    }

    /** The value for a wire-format token; throws {@link IllegalArgumentException} quoting an unknown token. */
    public static EntryStatus fromToken(String token) {
        return Token.fromToken(EntryStatus.class, token);
    }
}
