package org.gkml.catalog.validation;

import java.util.Locale;
import java.util.Objects;

/**
 * What a rule checks: its stable id, default severity and description in Chinese and English. Immutable and
 * thread-safe.
 *
 * @param id the stable id (letters, digits and dashes), e.g. {@code CH-001}
 * @param severity the default severity
 * @param titleZh the description in Chinese
 * @param titleEn the description in English
 * @since 0.1
 */
public record RuleInfo(String id, Severity severity, String titleZh, String titleEn) {
    public RuleInfo {
        Objects.requireNonNull(id, "id");
        if (!wellFormed(id)) {
            throw new IllegalArgumentException("rule id \"" + id + "\" must look like ABC-001");
        }
        Objects.requireNonNull(severity, "severity");
    }

    /** Whether an id matches {@code [A-Z][A-Z0-9]*(-[A-Z0-9]+)+} (checked by hand: 35 built-in rules start each run). */
    static boolean wellFormed(String id) {
        if (id.isEmpty() || id.charAt(0) < 'A' || id.charAt(0) > 'Z' || id.charAt(id.length() - 1) == '-') {
            return false;
        }
        boolean dash = false;
        for (int i = 1; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c == '-') {
                if (id.charAt(i - 1) == '-') {
                    return false;
                }
                dash = true;
            } else if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return dash;
    }

    /** The description in a language ({@code zh} unless the locale's language is English). */
    public String title(Locale locale) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? titleEn : titleZh;
    }
}
