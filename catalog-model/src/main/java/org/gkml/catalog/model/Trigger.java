package org.gkml.catalog.model;

/**
 * What starts the counting of a {@code within} deadline.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public enum Trigger implements Token {
    FORMED_OR_CHANGED("formedOrChanged"),
    DECIDED("decided"),
    APPROVED("approved"),
    REQUEST_RECEIVED("requestReceived"),
    RESULT_DETERMINED("resultDetermined"),
    EVENT("event");

    private final String token;

    Trigger(String token) {
        this.token = token;
    }

    @Override
    public String token() {
        return token;
    }

    /** The value for a wire-format token; throws {@link IllegalArgumentException} quoting an unknown token. */
    public static Trigger fromToken(String token) {
        return Token.fromToken(Trigger.class, token);
    }
}
