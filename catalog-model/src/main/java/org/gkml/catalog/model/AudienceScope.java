package org.gkml.catalog.model;

/**
 * Audience scope (公开对象): 全社会 or 特定群体.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public enum AudienceScope implements Token {
    PUBLIC("public"),
    SPECIFIC_GROUP("specificGroup");

    private final String token;

    AudienceScope(String token) {
        this.token = token;
    }

    @Override
    public String token() {
        return token;
    }

    /** The value for a wire-format token; throws {@link IllegalArgumentException} quoting an unknown token. */
    public static AudienceScope fromToken(String token) {
        return Token.fromToken(AudienceScope.class, token);
    }
}
