package org.gkml.catalog.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IsoDatesTest {

    /** What the readers accepted before: the shape by regular expression, then java.time's ISO parser. */
    private static LocalDate reference(String s) {
        if (s.length() == 10 && s.matches("\\d{4}-\\d{2}-\\d{2}")) {
            try {
                return LocalDate.parse(s);
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        return null;
    }

    @Test
    void sameAsTheRegexAndJavaTime_onSeededDatesAndNearMisses() {
        Random r = new Random(42);
        String alphabet = "0123456789-/ +０１２٣x";
        int valid = 0;
        for (int i = 0; i < 200_000; i++) {
            LocalDate d = LocalDate.ofEpochDay(r.nextInt(800_000) - 400_000);
            String s = d.getYear() >= 0 && d.getYear() <= 9999 ? d.toString() : String.format("%04d-%02d-%02d",
                    Math.floorMod(d.getYear(), 10_000), d.getMonthValue(), d.getDayOfMonth());
            StringBuilder b = new StringBuilder(s);
            int edits = r.nextInt(3);
            for (int k = 0; k < edits; k++) {
                int at = r.nextInt(b.length() + 1);
                switch (r.nextInt(3)) {
                    case 0 -> b.insert(at, alphabet.charAt(r.nextInt(alphabet.length())));
                    case 1 -> { if (at < b.length()) b.deleteCharAt(at); }
                    default -> { if (at < b.length()) b.setCharAt(at, alphabet.charAt(r.nextInt(alphabet.length()))); }
                }
            }
            if (r.nextInt(10) == 0) { // a day or month out of range
                b.replace(Math.min(8, b.length()), Math.min(10, b.length()), String.format("%02d", r.nextInt(100)));
            }
            String text = b.toString();
            LocalDate expected = reference(text);
            valid += expected == null ? 0 : 1;
            assertEquals(expected, IsoDates.parse(text), text);
        }
        assertEquals(true, valid > 50_000 && valid < 150_000, "both kinds generated: " + valid);
    }

    @Test
    void edges() {
        assertEquals(LocalDate.of(2024, 2, 29), IsoDates.parse("2024-02-29"));
        assertEquals(null, IsoDates.parse("2025-02-29"));
        assertEquals(null, IsoDates.parse("2025-13-01"));
        assertEquals(null, IsoDates.parse("2025-00-10"));
        assertEquals(LocalDate.of(0, 1, 1), IsoDates.parse("0000-01-01"));
        assertEquals(null, IsoDates.parse(null));
        assertEquals(null, IsoDates.parse("+2025-01-01"));
    }
}
