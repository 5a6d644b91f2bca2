package org.gkml.catalog.model;

import java.util.Objects;
import java.util.Optional;

/**
 * An administrative division code (行政区划代码, GB/T 2260): 6 digits, province (2) + prefecture (2) + county (2).
 * Validity here is structural (codes are retired over time, so historical codes stay acceptable): the province
 * part is 11–82 and a county part is only present under a prefecture part.
 *
 * <p>Immutable and thread-safe.
 *
 * @param value the six digits
 * @since 0.1
 */
public record DivisionCode(String value) {

    public DivisionCode {
        Objects.requireNonNull(value, "value");
        check(value).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
    }

    /** Parses a code, ignoring surrounding spaces. @throws IllegalArgumentException quoting the input */
    public static DivisionCode parse(String text) {
        Objects.requireNonNull(text, "text");
        return new DivisionCode(text.strip());
    }

    /** Whether a string is a plausible division code. */
    public static boolean isValid(String text) {
        return text != null && check(text).isEmpty();
    }

    /** What is wrong with a string as a division code, in English, or empty when it is plausible. */
    public static Optional<String> check(String text) {
        return check(text, java.util.Locale.ENGLISH);
    }

    /**
     * What is wrong with a string as a division code, in the language of {@code locale} (English, or else Chinese),
     * or empty when it is plausible.
     *
     * @since 0.2
     */
    public static Optional<String> check(String text, java.util.Locale locale) {
        boolean en = locale != null && locale.getLanguage().equals("en");
        if (!sixDigits(text)) {
            return Optional.of(en ? "division code \"" + text + "\" must be 6 digits" : "行政区划代码“" + text + "”须为6位数字");
        }
        int province = Integer.parseInt(text.substring(0, 2));
        if (province < 11 || province > 82) {
            return Optional.of(en ? "division code \"" + text + "\" has province part " + text.substring(0, 2) + "; expected 11–82"
                    : "行政区划代码“" + text + "”的省级部分为" + text.substring(0, 2) + "，应在11至82之间");
        }
        if (text.startsWith("00", 2) && !text.startsWith("00", 4)) {
            return Optional.of(en ? "division code \"" + text + "\" has a county part without a prefecture part"
                    : "行政区划代码“" + text + "”有县级部分而无地市级部分");
        }
        return Optional.empty();
    }

    /** The province-level code (first two digits followed by 0000). */
    public String province() {
        return value.substring(0, 2) + "0000";
    }

    /** Whether this is a county-level code (last two digits not 00). */
    public boolean isCountyLevel() {
        return !value.endsWith("00");
    }

    @Override
    public String toString() {
        return value;
    }

    private static boolean sixDigits(String text) {
        if (text.length() != 6) {
            return false;
        }
        for (int i = 0; i < 6; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
