package org.gkml.catalog.diff;

/**
 * A change set or patch does not apply: the base catalog is not the one it was made from. The message names the
 * entry, the field, and what was expected and found.
 *
 * @since 0.1
 */
public final class PatchConflictException extends Exception {
    private static final long serialVersionUID = 1L;

    /** A conflict with a message. */
    public PatchConflictException(String message) {
        super(message);
    }
}
