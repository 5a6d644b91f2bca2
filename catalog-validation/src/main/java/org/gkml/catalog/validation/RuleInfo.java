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
        if (!id.matches("[A-Z][A-Z0-9]*(-[A-Z0-9]+)+")) {
            throw new IllegalArgumentException("rule id \"" + id + "\" must look like ABC-001");
        }
        Objects.requireNonNull(severity, "severity");
    }

    /** The description in a language ({@code zh} unless the locale's language is English). */
    public String title(Locale locale) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? titleEn : titleZh;
    }
}
