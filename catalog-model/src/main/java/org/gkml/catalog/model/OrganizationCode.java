package org.gkml.catalog.model;

import java.util.Objects;
import java.util.Optional;

/**
 * An organisation code (组织机构代码, GB 11714): 8 characters (digits or capital letters) and a check character
 * ({@code 0}–{@code 9} or {@code X}). Accepts the hyphenated form {@code 12345678-9}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param value the 9-character code without hyphen
 * @since 0.1
 */
public record OrganizationCode(String value) {

    private static final int[] WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

    public OrganizationCode {
        Objects.requireNonNull(value, "value");
        check(value).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
    }

    /**
     * Parses a code, with or without the hyphen before the check character.
     *
     * @throws IllegalArgumentException quoting the input and saying what is wrong
     */
    public static OrganizationCode parse(String text) {
        Objects.requireNonNull(text, "text");
        String s = text.strip().toUpperCase(java.util.Locale.ROOT);
        if (s.length() == 10 && s.charAt(8) == '-') {
            s = s.substring(0, 8) + s.charAt(9);
        }
        return new OrganizationCode(s);
    }

    /** Whether a 9-character string is a valid code. */
    public static boolean isValid(String text) {
        return text != null && check(text).isEmpty();
    }

    private static int value(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'A' && c <= 'Z') {
            return c - 'A' + 10;
        }
        return -1;
    }

    /** The check character for the first 8 characters. */
    public static char checkCharacter(String first8) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += value(first8.charAt(i)) * WEIGHTS[i];
        }
        int c = 11 - sum % 11;
        return c == 10 ? 'X' : c == 11 ? '0' : (char) ('0' + c);
    }

    /** What is wrong with a string as an organisation code, or empty when it is valid. */
    public static Optional<String> check(String text) {
        if (text.length() != 9) {
            return Optional.of("organisation code \"" + text + "\" has " + text.length() + " characters; expected 9");
        }
        for (int i = 0; i < 8; i++) {
            if (value(text.charAt(i)) < 0) {
                return Optional.of("organisation code \"" + text + "\" has '" + text.charAt(i) + "' at position "
                        + (i + 1) + "; expected a digit or capital letter");
            }
        }
        char expected = checkCharacter(text);
        if (text.charAt(8) != expected) {
            return Optional.of("organisation code \"" + text + "\" has check character '" + text.charAt(8)
                    + "'; expected '" + expected + "'");
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
