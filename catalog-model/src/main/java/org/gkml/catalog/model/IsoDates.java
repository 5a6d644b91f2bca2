package org.gkml.catalog.model;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Calendar dates written as the wire format writes them ({@code 2024-12-31}: four-digit year, two-digit month and
 * day), read without {@link java.time.format.DateTimeFormatter}, whose first use costs a short command's start some
 * milliseconds. Accepts exactly what {@code text.matches("\\d{4}-\\d{2}-\\d{2}")} and then
 * {@link LocalDate#parse(CharSequence)} accept ({@code IsoDatesTest} compares them).
 *
 * @since 0.2
 */
public final class IsoDates {

    private IsoDates() {
    }

    /** The date, or null when the text is not a valid {@code yyyy-MM-dd} date. */
    public static LocalDate parse(CharSequence text) {
        if (text == null || text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        if (year < 0 || month < 0 || day < 0) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null; // 2025-02-30, month 13
        }
    }

    private static int digits(CharSequence s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }
}
