package org.gkml.catalog.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EpochWeekendTest {

    @Test
    void weekendByEpochDay_isJavaTimesDayOfWeek() {
        Random r = new Random(11);
        for (int i = 0; i < 100_000; i++) {
            long day = i < 5_000 ? i - 2_500 : r.nextInt(7_000_000) - 3_500_000L;
            DayOfWeek dow = LocalDate.ofEpochDay(day).getDayOfWeek();
            assertEquals(dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY, WorkingDayCalendar.isWeekend(day), () -> LocalDate.ofEpochDay(day).toString());
        }
    }
}
