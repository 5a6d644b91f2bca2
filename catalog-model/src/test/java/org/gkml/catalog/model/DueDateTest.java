package org.gkml.catalog.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link Deadline#due}: the date of {@link Deadline#dueDate}, provisional exactly when counted through a provisional year. */
class DueDateTest {

    static java.util.stream.LongStream seeds() {
        return java.util.stream.LongStream.range(0, 300).map(i -> 4_400L + i);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theDueDate_saysWhetherAProvisionalYearWasCounted(long seed) {
        Random r = new Random(seed);
        WorkingDayCalendar cal = WorkingDayCalendar.official().withProvisionalYears();
        LocalDate trigger = LocalDate.of(2024, 1, 1).plusDays(r.nextInt(365 * 5));
        Deadline d = Deadline.Within.of(Trigger.values()[r.nextInt(Trigger.values().length)], 1 + r.nextInt(60),
                r.nextBoolean() ? TimeUnit.WORKING_DAY : TimeUnit.CALENDAR_DAY);
        Optional<LocalDate> plain = d.dueDate(trigger, cal);
        Optional<DueDate> due = d.due(trigger, cal);
        assertEquals(plain, due.map(DueDate::date));
        boolean expected = false;
        for (LocalDate day = trigger; plain.isPresent() && !day.isAfter(plain.get()); day = day.plusDays(1)) {
            expected |= day.getYear() > 2026; // the notices end with 2026
        }
        assertEquals(plain.isPresent() && expected, due.map(DueDate::provisional).orElse(false), trigger + " " + d);
    }
}
