package org.gkml.catalog.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Wordings the grammar must not read as something else: numbers too large, days no calendar has. */
class DeadlineLimitsTest {

    @ParameterizedTest
    @ValueSource(strings = {"99999999999个工作日内", "自收到申请之日起99999999999个工作日内", "每月99999999999日前",
        "信息形成之日起2147483648日内"})
    void aNumberTooLargeForItsField_leavesTheClauseUnparsed(String text) {
        Deadline d = Deadline.parse(text);
        assertInstanceOf(Deadline.Unparsed.class, d, text + " → " + d);
        assertEquals(text, d.text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"每年13月1日前", "每月32日前", "每年0月5日前", "每年5月32日前"})
    void aMonthOrDayOutOfRange_isNotReadAsAnotherDateOrPeriod(String text) {
        Deadline d = Deadline.parse(text);
        assertInstanceOf(Deadline.Unparsed.class, d, text + " → " + d);
    }

    @ParameterizedTest
    @ValueSource(strings = {"每年2月30日前", "每年4月31日前", "每年11月31日前"})
    void aDayItsMonthNeverHas_isHeldAsWritten_andGetsNoDueDate(String text) {
        Deadline d = Deadline.parse(text);
        assertInstanceOf(Deadline.ByDate.class, d, text + " → " + d);
        assertEquals(java.util.Optional.empty(), d.dueDate(java.time.LocalDate.of(2026, 1, 5), WorkingDayCalendar.official()),
                "no date is made up (validation names it: DL-006)");
    }

    @Test
    void aDeadlineBeyondTheLastDate_hasNoDueDate_andNoCrash() {
        Deadline d = new Deadline.Within(Trigger.FORMED_OR_CHANGED, null, Integer.MAX_VALUE, TimeUnit.YEAR, "x", java.util.List.of());
        assertEquals(java.util.Optional.empty(), d.dueDate(java.time.LocalDate.of(2026, 1, 5), WorkingDayCalendar.official()));
    }

    @Test
    void realDays_atTheEdgesOfTheirMonths_areStillRead() {
        assertEquals(Deadline.ByDate.yearly(2, 29).withText("每年2月29日前"), Deadline.parse("每年2月29日前"));
        assertEquals(Deadline.ByDate.yearly(12, 31).withText("每年12月31日前"), Deadline.parse("每年12月31日前"));
        assertInstanceOf(Deadline.ByDate.class, Deadline.parse("每月31日前"));
        assertEquals(java.time.LocalDate.of(2027, 2, 28), Deadline.parse("每年2月29日前").dueDate(java.time.LocalDate.of(2026, 3, 1),
                WorkingDayCalendar.official()).orElseThrow(), "29 February in a year without it: the last day of February");
    }

    @Test
    void aDateNamingItsYear_isAOneOffDate_dueThatDay() {
        Deadline d = Deadline.parse("2025年12月31日前");
        assertEquals(Deadline.ByDate.once(2025, 12, 31).withText("2025年12月31日前"), d);
        assertEquals(null, ((Deadline.ByDate) d).recurrence());
        java.time.LocalDate due = java.time.LocalDate.of(2025, 12, 31);
        assertEquals(due, d.dueDate(java.time.LocalDate.of(2025, 3, 1), WorkingDayCalendar.official()).orElseThrow());
        assertEquals(due, d.dueDate(java.time.LocalDate.of(2026, 3, 1), WorkingDayCalendar.official()).orElseThrow(),
                "a one-off date does not move to the next year: past it, the item is late");
        assertEquals("2025年12月31日前", d.toText());
        assertEquals(Deadline.ByDate.once(2025, 12, 31).withText("2025年12月31日前").withConditions(java.util.List.of()),
                Deadline.parse(Deadline.ByDate.once(2025, 12, 31).toText()).withText("2025年12月31日前"));
        Deadline end = Deadline.parse("2026年6月底前");
        assertEquals(java.time.LocalDate.of(2026, 6, 30), end.dueDate(java.time.LocalDate.of(2026, 1, 5), WorkingDayCalendar.official()).orElseThrow());
        assertEquals(java.util.Optional.empty(), Deadline.parse("2025年2月29日前").dueDate(java.time.LocalDate.of(2025, 1, 5),
                WorkingDayCalendar.official()), "2025 has no 29 February");
        assertEquals(java.time.LocalDate.of(2024, 2, 29), Deadline.parse("2024年2月29日前").dueDate(java.time.LocalDate.of(2024, 1, 5),
                WorkingDayCalendar.official()).orElseThrow());
        assertEquals(Deadline.ByDate.yearly(12, 31).withText("每年12月31日前"), Deadline.parse("每年12月31日前"), "every year stays every year");
    }
}
