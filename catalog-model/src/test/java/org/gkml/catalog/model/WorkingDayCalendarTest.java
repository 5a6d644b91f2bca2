package org.gkml.catalog.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingDayCalendarTest {

    private final WorkingDayCalendar cal = WorkingDayCalendar.official();

    @ParameterizedTest(name = "{0} + 20 working days = {1}")
    @CsvSource({"2025-09-26,2025-10-30", "2026-02-10,2026-03-16", "2024-09-27,2024-10-30", "2026-09-18,2026-10-22"})
    void addWorkingDays_domainWorkedExamples(LocalDate formed, LocalDate due) {
        assertEquals(due, cal.addWorkingDays(formed, 20));
        assertEquals(due, Deadline.parse("信息形成或者变更之日起20个工作日内").dueDate(formed, cal).orElseThrow());
    }

    @Test
    void isWorkingDay_holidaysAndMakeUpDays() {
        assertFalse(cal.isWorkingDay(LocalDate.of(2025, 10, 8)), "National Day holiday, a Wednesday");
        assertTrue(cal.isWorkingDay(LocalDate.of(2025, 9, 28)), "make-up Sunday");
        assertFalse(cal.isWorkingDay(LocalDate.of(2025, 9, 27)), "ordinary Saturday");
        assertTrue(cal.isWorkingDay(LocalDate.of(2025, 9, 26)), "ordinary Friday");
        assertEquals(7, cal.years().size(), "2020-2026 shipped");
    }

    @Test
    void addWorkingDays_throughYearWithoutData_isClearError() {
        CalendarDataException e = assertThrows(CalendarDataException.class,
                () -> cal.addWorkingDays(LocalDate.of(2026, 12, 20), 20));
        assertEquals(2027, e.year());
        assertTrue(e.getMessage().contains("2027"), e.getMessage());
    }

    @Test
    void with_userFileAddsYear() throws Exception {
        WorkingDayCalendar more = cal.with(new StringReader("version test\n2027 off 01-01\n2027 work\n"), "2027.txt");
        assertEquals(LocalDate.of(2027, 1, 5), more.addWorkingDays(LocalDate.of(2026, 12, 31), 2));
        assertEquals("test", more.version());
    }

    @Test
    void with_badLine_namesFileAndLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> cal.with(new StringReader("2027 off 13-01\n"), "my.txt"));
        assertTrue(e.getMessage().startsWith("my.txt line 1"), e.getMessage());
        assertTrue(e.getMessage().contains("13-01"), e.getMessage());
    }

    @Test
    void dueDate_otherForms() {
        LocalDate d = LocalDate.of(2025, 2, 10);
        assertEquals(LocalDate.of(2025, 3, 2), Deadline.parse("批准后20日内").dueDate(d, cal).orElseThrow());
        assertEquals(LocalDate.of(2026, 1, 31), Deadline.parse("每年1月31日前").dueDate(d, cal).orElseThrow());
        assertEquals(LocalDate.of(2025, 6, 30), Deadline.parse("6月底前").dueDate(d, cal).orElseThrow());
        assertEquals(d, Deadline.parse("实时公开").dueDate(d, cal).orElseThrow());
        assertEquals(LocalDate.of(2025, 4, 20), Deadline.parse("每季度的首个月20日").dueDate(d, cal).orElseThrow());
        assertTrue(Deadline.parse("视情况而定").dueDate(d, cal).isEmpty());
    }
}
