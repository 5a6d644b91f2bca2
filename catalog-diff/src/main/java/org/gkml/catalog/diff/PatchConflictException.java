package org.gkml.catalog.diff;

/**
 * A change set or patch does not apply: the base catalog is not the one it was made from. The message names the
 * entry, the field, and what was expected and found.
 *
 * @since 0.1
 */
public final class PatchConflictException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String chinese;

    /** A conflict with a message. */
    public PatchConflictException(String message) {
        this(message, null);
    }

    /**
     * A conflict with a message in English and in Chinese.
     *
     * @since 0.2
     */
    public PatchConflictException(String message, String chinese) {
        super(message);
        this.chinese = chinese;
    }

    /**
     * The message in a language: Chinese unless English is asked for (the English message where no Chinese was given).
     *
     * @since 0.2
     */
    public String getMessage(java.util.Locale locale) {
        return "en".equals(locale.getLanguage()) || chinese == null ? getMessage() : chinese;
    }
}
