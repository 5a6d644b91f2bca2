package org.gkml.catalog.model;

/**
 * Recurrence of a by-date or periodic deadline.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public enum Recurrence implements Token {
    DAILY("daily"),
    MONTHLY("monthly"),
    QUARTERLY("quarterly"),
    SEMIANNUAL("semiannual"),
    YEARLY("yearly");

    private final String token;

    Recurrence(String token) {
        this.token = token;
    }

    @Override
    public String token() {
        return token;
    }

    /** The value for a wire-format token; throws {@link IllegalArgumentException} quoting an unknown token. */
    public static Recurrence fromToken(String token) {
        return Token.fromToken(Recurrence.class, token);
    }
}
