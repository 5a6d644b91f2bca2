package org.gkml.catalog.model;

/**
 * A closed vocabulary value with its wire-format token (lowerCamelCase).
 *
 * @since 0.1
 */
public interface Token {
    /** The wire-format token, e.g. {@code "governmentWebsite"}. */
    String token();

    /**
     * Looks a token up in an enum type.
     *
     * @throws IllegalArgumentException naming the type and quoting the token when it is unknown
     */
    static <E extends Enum<E> & Token> E fromToken(Class<E> type, String token) {
        for (E e : type.getEnumConstants()) {
            if (e.token().equals(token)) {
                return e;
            }
        }
        throw new IllegalArgumentException("unknown " + describe(type) + " token \"" + token + "\"");
    }

    /** A vocabulary's name for people, not its Java type: {@code AudienceScope} → "audience scope". */
    static String describe(Class<?> type) {
        return type.getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    }

    /** The one message for a text that is none of a vocabulary's tokens: {@code unknown audience scope "x"; expected one of [...]}. */
    static <E extends Enum<E> & Token> String unknownMessage(Class<E> type, String text) {
        java.util.List<String> tokens = new java.util.ArrayList<>();
        for (Object o : TokenConstants.OF.get(type)) {
            tokens.add(((Token) o).token());
        }
        return "unknown " + describe(type) + " \"" + text + "\"; expected one of " + tokens;
    }

    /** Like {@link #fromToken} but returns {@code null} for an unknown token. */
    static <E extends Enum<E> & Token> E fromTokenOrNull(Class<E> type, String token) {
        for (Object o : TokenConstants.OF.get(type)) { // getEnumConstants() would copy the array on every call
            Token t = (Token) o;
            if (t.token().equals(token)) {
                return type.cast(o);
            }
        }
        return null;
    }
}
