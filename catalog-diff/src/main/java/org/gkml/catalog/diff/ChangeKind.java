package org.gkml.catalog.diff;

/**
 * What happened to an entry between two versions.
 *
 * @since 0.1
 */
public enum ChangeKind {
    ADDED("added"), REMOVED("removed"), MODIFIED("modified"), RECODED("recoded"), MOVED("moved");

    private final String token;

    ChangeKind(String token) {
        this.token = token;
    }

    /** The wire token. */
    public String token() {
        return token;
    }

    /** The kind for a token. */
    public static ChangeKind fromToken(String t) {
        for (ChangeKind k : values()) {
            if (k.token.equals(t)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown change kind \"" + t + "\"; expected added, removed, modified, recoded or moved");
    }
}
