package org.gkml.catalog.validation;

import org.gkml.catalog.model.Catalog;

/**
 * What a rule sees while checking one entry, and where it reports. Valid only during the call. Not thread-safe.
 *
 * @since 0.1
 */
public interface RuleContext {

    /** The catalog-level fields (without entries). */
    Catalog header();

    /** The 0-based index of the entry. */
    int index();

    /** The JSON Pointer of the entry, e.g. {@code /entries/3}. */
    String pointer();

    /**
     * The language of the report ({@link java.util.Locale#ROOT} for Chinese, the default), for a rule that words a
     * message parameter itself.
     *
     * @since 0.2
     */
    default java.util.Locale locale() {
        return java.util.Locale.ROOT;
    }

    /**
     * Reports an issue of the running rule.
     *
     * @param subPath the path below the entry (e.g. {@code /deadline}), or {@code ""} for the entry itself
     * @param value the offending value, or {@code null}
     * @param args the message's parameters (values only; never put user data into a template)
     */
    void report(String subPath, Object value, Object... args);
}
