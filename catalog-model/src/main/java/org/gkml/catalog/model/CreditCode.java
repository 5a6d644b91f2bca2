package org.gkml.catalog.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from
 * {@value #ALPHABET}, the last one a check character.
 *
 * <p>Immutable and thread-safe. Instances are always well formed; use {@link #check(String)} to learn what is
 * wrong with a string.
 *
 * @param value the code, upper case
 * @since 0.1
 */
public record CreditCode(String value) {

    /** The 31 characters of the code's alphabet (no I, O, S, V, Z). */
    public static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    public CreditCode {
        Objects.requireNonNull(value, "value");
        check(value).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
    }

    /**
     * Parses a code; surrounding spaces are ignored and lower case is accepted.
     *
     * @throws IllegalArgumentException quoting the input and saying what is wrong
     */
    public static CreditCode parse(String text) {
        Objects.requireNonNull(text, "text");
        return new CreditCode(text.strip().toUpperCase(java.util.Locale.ROOT));
    }

    /** Whether a string is a well-formed code with a correct check character (exactly as written). */
    public static boolean isValid(String text) {
        return text != null && check(text).isEmpty();
    }

    /** The check character for the first 17 characters. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        int c = 31 - sum % 31;
        return ALPHABET.charAt(c == 31 ? 0 : c);
    }

    /** What is wrong with a string as a credit code, in English, or empty when it is valid. */
    public static Optional<String> check(String text) {
        return check(text, java.util.Locale.ENGLISH);
    }

    /**
     * What is wrong with a string as a credit code, in the language of {@code locale} (English, or else Chinese), or
     * empty when it is valid.
     *
     * @since 0.2
     */
    public static Optional<String> check(String text, java.util.Locale locale) {
        boolean en = locale != null && locale.getLanguage().equals("en");
        if (text == null) {
            return Optional.of(en ? "credit code is missing" : "缺少统一社会信用代码");
        }
        if (text.length() != 18) {
            return Optional.of(en ? "credit code \"" + text + "\" has " + text.length() + " characters; expected 18"
                    : "统一社会信用代码“" + text + "”有" + text.length() + "位，应为18位");
        }
        for (int i = 0; i < 18; i++) {
            char ch = text.charAt(i);
            if (ALPHABET.indexOf(ch) < 0) {
                return Optional.of(en ? "credit code \"" + text + "\" has '" + ch + "' at position " + (i + 1)
                        + "; expected one of " + ALPHABET
                        : "统一社会信用代码“" + text + "”第" + (i + 1) + "位的“" + ch + "”不是代码字符（" + ALPHABET + "）");
            }
        }
        for (int i = 2; i < 8; i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return Optional.of(en ? "credit code \"" + text + "\" has '" + text.charAt(i) + "' at position " + (i + 1)
                        + "; positions 3-8 are the division code and must be digits"
                        : "统一社会信用代码“" + text + "”第" + (i + 1) + "位为“" + text.charAt(i) + "”；第3至8位是行政区划码，须为数字");
            }
        }
        char expected = checkCharacter(text);
        if (text.charAt(17) != expected) {
            return Optional.of(en ? "credit code \"" + text + "\" has check character '" + text.charAt(17)
                    + "'; expected '" + expected + "'"
                    : "统一社会信用代码“" + text + "”的校验码为“" + text.charAt(17) + "”，应为“" + expected + "”");
        }
        return Optional.empty();
    }

    /** Positions 3–8: the administrative division code. */
    public String divisionCode() {
        return value.substring(2, 8);
    }

    /** Positions 9–17: the organisation code (GB 11714). */
    public String organizationCode() {
        return value.substring(8, 17);
    }

    @Override
    public String toString() {
        return value;
    }
}
