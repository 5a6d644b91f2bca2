package org.gkml.catalog.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.TimeZone;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Provisional years: the moving dates of the data file against ICU4J's Chinese calendar (and the 清明 formula), the
 * rule against the years the official notices fix, and the worked examples of the working-day rules.
 */
class CalendarProvisionalDataTest {

    private static LocalDate lunar(int year, int month, int day) {
        ChineseCalendar c = new ChineseCalendar(TimeZone.getTimeZone("Asia/Shanghai"));
        java.util.GregorianCalendar jan = new java.util.GregorianCalendar(java.util.TimeZone.getTimeZone("Asia/Shanghai"));
        jan.clear();
        jan.set(year, 0, 1, 12, 0);
        c.setTimeInMillis(jan.getTimeInMillis());
        int ext = c.get(ChineseCalendar.EXTENDED_YEAR) + 1; // 1 January is still in the Chinese year before
        c.clear();
        c.set(ChineseCalendar.EXTENDED_YEAR, ext);
        c.set(ChineseCalendar.MONTH, month - 1);
        c.set(ChineseCalendar.IS_LEAP_MONTH, 0);
        c.set(ChineseCalendar.DAY_OF_MONTH, day);
        java.util.GregorianCalendar g = new java.util.GregorianCalendar(java.util.TimeZone.getTimeZone("Asia/Shanghai"));
        g.setTimeInMillis(c.getTimeInMillis());
        return LocalDate.of(g.get(java.util.Calendar.YEAR), g.get(java.util.Calendar.MONTH) + 1, g.get(java.util.Calendar.DAY_OF_MONTH));
    }

    @Test
    void theMovingDates_agreeWithIcu_exceptTheListedAlmanacYears() {
        List<String> exceptions = new ArrayList<>();
        for (Map.Entry<Integer, ProvisionalYears.Moving> e : ProvisionalYears.moving().entrySet()) {
            int y = e.getKey();
            ProvisionalYears.Moving m = e.getValue();
            int yy = y % 100;
            assertEquals(LocalDate.of(y, 4, (int) Math.floor(yy * 0.2422 + 4.81) - yy / 4), m.qingming(), "清明 " + y);
            assertEquals(lunar(y, 5, 5), m.duanwu(), "端午 " + y);
            assertEquals(lunar(y, 8, 15), m.midAutumn(), "中秋 " + y);
            if (!lunar(y, 1, 1).equals(m.springFestival())) {
                exceptions.add(y + " " + m.source());
            }
        }
        assertEquals(List.of("2027 almanac"), exceptions, "years where the data follows the almanac, not ICU");
    }

    @Test
    void theRule_givesOnlyDaysTheOfficialNoticesGiveOff() {
        WorkingDayCalendar official = WorkingDayCalendar.official();
        for (int y = 2025; y <= 2026; y++) { // the amended law (with 除夕) is in force from 2025
            for (LocalDate d : ProvisionalYears.daysOff(y)) {
                if (d.getYear() == y) {
                    assertFalse(official.isWorkingDay(d), d + " is off by the rule and must be off in the " + y + " notice");
                }
            }
        }
    }

    @Test
    void workedExamples_andTheProvisionalFlag() throws Exception {
        WorkingDayCalendar strict = WorkingDayCalendar.official();
        assertThrows(CalendarDataException.class, () -> strict.addWorkingDays(LocalDate.of(2026, 12, 10), 20));
        WorkingDayCalendar cal = strict.withProvisionalYears();
        assertEquals(LocalDate.of(2027, 1, 8), cal.addWorkingDays(LocalDate.of(2026, 12, 10), 20));
        assertEquals(LocalDate.of(2027, 2, 26), cal.addWorkingDays(LocalDate.of(2027, 1, 25), 20));
        for (String off : new String[] {"2027-02-05", "2027-02-08", "2027-02-09", "2027-02-10", "2027-01-01", "2027-10-01", "2027-05-03"}) {
            assertFalse(cal.isWorkingDay(LocalDate.parse(off)), off);
        }
        assertTrue(cal.isWorkingDay(LocalDate.of(2027, 2, 11)));
        assertTrue(cal.isProvisional(2027));
        assertFalse(cal.isProvisional(2026));
        assertFalse(strict.isProvisional(2027));
        WorkingDayCalendar notice = cal.with(new StringReader("2027 off 01-01 02-05..02-11\n2027 work 02-20\n"), "2027.txt");
        assertFalse(notice.isProvisional(2027), "the official notice replaces the provisional year");
        assertTrue(notice.isWorkingDay(LocalDate.of(2027, 2, 20)));
        assertThrows(CalendarDataException.class, () -> cal.isWorkingDay(LocalDate.of(2051, 1, 3)));
    }
}
