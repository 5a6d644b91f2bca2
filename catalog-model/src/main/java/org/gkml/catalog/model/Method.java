package org.gkml.catalog.model;

/**
 * Disclosure method (公开方式): 主动 or 依申请.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public enum Method implements Token {
    PROACTIVE("proactive"),
    ON_REQUEST("onRequest");

    private final String token;

    Method(String token) {
        this.token = token;
    }

    @Override
    public String token() {
        return token;
    }

    /** The value for a wire-format token; throws {@link IllegalArgumentException} quoting an unknown token. */
    public static Method fromToken(String token) {
        return Token.fromToken(Method.class, token);
    }
}
