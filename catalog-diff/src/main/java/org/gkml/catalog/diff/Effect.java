package org.gkml.catalog.diff;

/**
 * Whether a change widens or narrows what the public gets (DOMAIN.md, "Openness effects").
 *
 * @since 0.1
 */
public enum Effect {
    LESS_OPEN("lessOpen"), MORE_OPEN("moreOpen"), NEUTRAL("neutral");

    private final String token;

    Effect(String token) {
        this.token = token;
    }

    /** The wire token. */
    public String token() {
        return token;
    }

    /** The effect for a token. */
    public static Effect fromToken(String t) {
        for (Effect e : values()) {
            if (e.token.equals(t)) {
                return e;
            }
        }
        throw new IllegalArgumentException("unknown effect \"" + t + "\"; expected lessOpen, moreOpen or neutral");
    }

    /** The combined effect of several changes: lessOpen if any is, else moreOpen if any is, else neutral. */
    static Effect combine(Iterable<Effect> effects) {
        boolean more = false;
        for (Effect e : effects) {
            if (e == LESS_OPEN) {
                return LESS_OPEN;
            }
            more |= e == MORE_OPEN;
        }
        return more ? MORE_OPEN : NEUTRAL;
    }
}
