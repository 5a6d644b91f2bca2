package org.gkml.catalog.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/** Due dates of deadlines; see {@link Deadline#dueDate}. */
final class DeadlineDates {

    private DeadlineDates() {
    }

    static Optional<LocalDate> due(Deadline d, LocalDate trigger, WorkingDayCalendar cal) {
        try {
            return dueOrThrow(d, trigger, cal);
        } catch (java.time.DateTimeException beyond) {
            return Optional.empty(); // past the last date java.time can hold (a deadline of 2,147,483,647 years)
        }
    }

    private static Optional<LocalDate> dueOrThrow(Deadline d, LocalDate trigger, WorkingDayCalendar cal) {
        if (d instanceof Deadline.Within w) {
            return Optional.of(plus(trigger, w.amount(), w.unit(), cal));
        }
        if (d instanceof Deadline.Prompt) {
            return Optional.of(cal.addWorkingDays(trigger, Deadline.STATUTORY_WORKING_DAYS));
        }
        if (d instanceof Deadline.Immediate) {
            return Optional.of(trigger);
        }
        if (d instanceof Deadline.ByDate b) {
            if (b.recurrence() != Recurrence.MONTHLY && b.month() != null && b.day() != null
                    && b.day() > java.time.Month.of(b.month()).maxLength()) {
                return Optional.empty(); // 2月30日: no such day in any year; no date is made up for it
            }
            if (b.oneOff()) {
                YearMonth ym = YearMonth.of(b.year(), b.month());
                if (b.day() != null && !b.endOfMonth() && b.day() > ym.lengthOfMonth()) {
                    return Optional.empty(); // 2025年2月29日: that year has no such day
                }
                return Optional.of(b.endOfMonth() || b.day() == null ? ym.atEndOfMonth() : ym.atDay(b.day()));
            }
            return Optional.of(byDate(b, trigger));
        }
        if (d instanceof Deadline.Periodic p) {
            LocalDate end = periodEnd(p.recurrence(), trigger);
            if (p.amount() == null) {
                return Optional.of(end);
            }
            return Optional.of(plus(end, p.amount(), p.unit(), cal));
        }
        return Optional.empty();
    }

    private static LocalDate plus(LocalDate from, int amount, TimeUnit unit, WorkingDayCalendar cal) {
        switch (unit) {
            case WORKING_DAY: return cal.addWorkingDays(from, amount);
            case CALENDAR_DAY: return from.plusDays(amount);
            case MONTH: return from.plusMonths(amount);
            case YEAR: return from.plusYears(amount);
            case HOUR: return from.plusDays((amount + 23L) / 24);
            default: throw new AssertionError(unit);
        }
    }

    private static LocalDate byDate(Deadline.ByDate b, LocalDate trigger) {
        if (b.recurrence() == Recurrence.MONTHLY) {
            for (int i = 0; i < 2; i++) {
                YearMonth ym = YearMonth.from(trigger).plusMonths(i);
                LocalDate c = dayIn(ym, b.endOfMonth() || b.day() == null ? 31 : b.day());
                if (!c.isBefore(trigger)) {
                    return c;
                }
            }
        }
        int month = b.month() == null ? 12 : b.month();
        int day = b.endOfMonth() || b.day() == null ? 31 : b.day();
        for (int i = 0; i < 2; i++) {
            LocalDate c = dayIn(YearMonth.of(trigger.getYear() + i, month), day);
            if (!c.isBefore(trigger)) {
                return c;
            }
        }
        throw new AssertionError("unreachable");
    }

    private static LocalDate dayIn(YearMonth ym, int day) {
        return ym.atDay(Math.min(day, ym.lengthOfMonth()));
    }

    private static LocalDate periodEnd(Recurrence r, LocalDate d) {
        switch (r) {
            case DAILY: return d;
            case MONTHLY: return YearMonth.from(d).atEndOfMonth();
            case QUARTERLY: return YearMonth.of(d.getYear(), ((d.getMonthValue() - 1) / 3) * 3 + 3).atEndOfMonth();
            case SEMIANNUAL: return YearMonth.of(d.getYear(), d.getMonthValue() <= 6 ? 6 : 12).atEndOfMonth();
            case YEARLY: return LocalDate.of(d.getYear(), 12, 31);
            default: throw new AssertionError(r);
        }
    }
}
