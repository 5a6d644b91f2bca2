package org.gkml.catalog.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Random;
import org.gkml.catalog.model.CreditCode;
import org.gkml.catalog.model.WorkingDayCalendar;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Laws of the working-day calendar and the credit-code check character, over seeded random inputs. */
class CalendarAndIdentifierLawsTest {

    static java.util.stream.LongStream seeds() {
        return java.util.stream.LongStream.range(0, 200).map(i -> 8080L + i);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void addWorkingDays_isMonotonic_andAgreesWithADayByDayCount(long seed) {
        Random r = new Random(seed);
        WorkingDayCalendar cal = WorkingDayCalendar.official();
        LocalDate from = LocalDate.of(2020, 1, 1).plusDays(r.nextInt(6 * 365));
        int n = r.nextInt(40);
        LocalDate due = cal.addWorkingDays(from, n);
        int counted = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(due); d = d.plusDays(1)) {
            if (cal.isWorkingDay(d)) {
                counted++;
            }
        }
        assertEquals(n, counted, "seed " + seed + " from " + from);
        assertTrue(n == 0 || cal.isWorkingDay(due), "a due date is a working day, seed " + seed);
        assertFalse(cal.addWorkingDays(from, n + 1).isBefore(due.plusDays(1)), "monotonic, seed " + seed);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void creditCodes_withCorrectCheck_validate_andEverySingleCorruptionIsRejected(long seed) {
        String code = new CatalogGenerator(seed).creditCode();
        assertTrue(CreditCode.isValid(code), code);
        for (int i = 0; i < 18; i++) {
            for (int k = 0; k < CreditCode.ALPHABET.length(); k++) {
                char c = CreditCode.ALPHABET.charAt(k);
                if (c == code.charAt(i)) {
                    continue;
                }
                String bad = code.substring(0, i) + c + code.substring(i + 1);
                assertFalse(CreditCode.isValid(bad), "corruption at " + (i + 1) + ": " + bad + " (seed " + seed + ")");
            }
        }
    }
}
