package org.gkml.catalog.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * When an entry must be disclosed (公开时限): a closed family of structured forms, tagged by {@link #type()}.
 *
 * <p>Every form keeps the publisher's wording in {@link #text()} (required when parsed from text) and may
 * carry {@link #conditions()} for cells such as "1.除处罚决定外其他内容:长期公开; 2.处罚决定:20个工作日内".
 * {@link #parse(String)} structures wording; {@link #toText()} gives canonical Chinese wording, and
 * {@code parse(d.toText())} equals {@code d.withText(d.toText())}. All implementations are immutable and
 * thread-safe.
 *
 * @since 0.1
 */
public sealed interface Deadline
        permits Deadline.Within, Deadline.ByDate, Deadline.Periodic, Deadline.Immediate, Deadline.Prompt,
        Deadline.SameAsAbove, Deadline.Unparsed {

    /** The statutory period of Art. 26: 20 working days. */
    int STATUTORY_WORKING_DAYS = 20;

    /** The wire-format tag, e.g. {@code "within"}. */
    String type();

    /** The original wording, or {@code null} for a deadline built in code. */
    String text();

    /** Conditional alternatives stated in the same cell (never {@code null}). */
    List<Condition> conditions();

    /** A copy with other wording. */
    Deadline withText(String text);

    /** A copy with other conditions. */
    Deadline withConditions(List<Condition> conditions);

    /** Canonical Chinese wording of this deadline, including its conditions. */
    default String toText() {
        return DeadlineFormat.format(this);
    }

    /**
     * The due date for information formed (or a request received, a decision made …) on {@code trigger}:
     * {@code within} counts working days on {@code calendar}, calendar days, months or years after the trigger;
     * {@code prompt} gets the statutory 20 working days; {@code immediate} is the trigger day; {@code byDate}
     * the next such date on or after the trigger; {@code periodic} the end of the trigger's period plus its
     * offset. Empty for {@code unparsed} and {@code sameAsAbove}, for a day its month never has (2月30日), and for a
     * date beyond what {@link LocalDate} can hold.
     *
     * @throws CalendarDataException when working days must be counted through a year the calendar has no data for
     */
    default Optional<LocalDate> dueDate(LocalDate trigger, WorkingDayCalendar calendar) {
        return DeadlineDates.due(this, Objects.requireNonNull(trigger, "trigger"),
                Objects.requireNonNull(calendar, "calendar"));
    }

    /**
     * The due date as {@link #dueDate(LocalDate, WorkingDayCalendar)} gives it, saying whether it was counted through a
     * provisional year (see {@link WorkingDayCalendar#withProvisionalYears()}).
     */
    default Optional<DueDate> due(LocalDate trigger, WorkingDayCalendar calendar) {
        LocalDate d = dueDate(trigger, calendar).orElse(null); // no lambda on a first answer's way
        if (d == null) {
            return Optional.empty();
        }
        boolean provisional = false;
        for (int y = Math.min(trigger.getYear(), d.getYear()); y <= Math.max(trigger.getYear(), d.getYear()); y++) {
            provisional |= calendar.isProvisional(y);
        }
        return Optional.of(new DueDate(d, provisional));
    }

    /**
     * Structures 公开时限 wording. Never fails: text that cannot be structured becomes {@link Unparsed} with the
     * text kept. A duration stated in the same cell is ignored here; use {@link #parseCell(String)} to get both.
     *
     * @param text the cell text
     * @throws NullPointerException if {@code text} is null
     */
    static Deadline parse(String text) {
        return DeadlineParser.parse(Objects.requireNonNull(text, "text")).deadline();
    }

    /**
     * Structures a 公开时限 cell that may also state a duration ("…20个工作日内公开,保持长期公开").
     *
     * @param text the cell text
     */
    static DeadlineCell parseCell(String text) {
        return DeadlineParser.parse(Objects.requireNonNull(text, "text"));
    }

    /**
     * A parser for the many cells of one sheet: gives what {@link #parseCell(String)} gives, remembering the clauses
     * it has structured, since sheets combine the same clauses in many ways (实时公开;涉及重大事项:每月6日前 beside
     * 及时公开;涉及重大事项:每月6日前). Its memory is bounded. Not thread-safe: one per sheet being read.
     *
     * @since 0.1
     */
    static java.util.function.Function<String, DeadlineCell> cellParser() {
        return DeadlineParser.memo();
    }

    /** A conditional alternative: when {@code when} applies, {@code deadline} holds. @since 0.1 */
    record Condition(String when, Deadline deadline) {
        public Condition {
            Objects.requireNonNull(deadline, "deadline");
        }
    }

    /** N units after a trigger (信息形成或者变更之日起20个工作日内). @since 0.1 */
    record Within(Trigger trigger, String triggerText, int amount, TimeUnit unit, String text,
                  List<Condition> conditions) implements Deadline {
        public Within {
            Objects.requireNonNull(trigger, "trigger");
            Objects.requireNonNull(unit, "unit");
            if (amount < 0) {
                throw new IllegalArgumentException("amount must not be negative: " + amount);
            }
            conditions = conditions == null ? List.of() : List.copyOf(conditions);
        }

        /** A deadline built in code, without wording or conditions. */
        public static Within of(Trigger trigger, int amount, TimeUnit unit) {
            return new Within(trigger, null, amount, unit, null, List.of());
        }

        @Override public String type() { return "within"; }
        @Override public Within withText(String t) { return new Within(trigger, triggerText, amount, unit, t, conditions); }
        @Override public Within withConditions(List<Condition> c) { return new Within(trigger, triggerText, amount, unit, text, c); }
    }

    /**
     * A fixed date in each year or month (每年1月31日前, 6月底前), or a one-off date naming its year (2025年12月31日前):
     * a one-off has a {@code year} and no {@code recurrence}. @since 0.1
     */
    record ByDate(Recurrence recurrence, Integer month, Integer day, boolean endOfMonth, String text,
                  List<Condition> conditions, Integer year) implements Deadline {
        public ByDate {
            if (recurrence == null && year == null) {
                throw new IllegalArgumentException("a byDate deadline needs a recurrence, or a year for a one-off date");
            }
            if (recurrence != null && year != null) {
                throw new IllegalArgumentException("a one-off date (year " + year + ") has no recurrence: " + recurrence);
            }
            if (year != null && (year < 1 || year > 9999)) {
                throw new IllegalArgumentException("year must be 1..9999: " + year);
            }
            if (year != null && month == null) {
                throw new IllegalArgumentException("a one-off date names its month");
            }
            if (month != null && (month < 1 || month > 12)) {
                throw new IllegalArgumentException("month must be 1..12: " + month);
            }
            if (day != null && (day < 1 || day > 31)) {
                throw new IllegalArgumentException("day must be 1..31: " + day);
            }
            conditions = conditions == null ? List.of() : List.copyOf(conditions);
        }

        /** A date recurring every year or month. */
        public ByDate(Recurrence recurrence, Integer month, Integer day, boolean endOfMonth, String text, List<Condition> conditions) {
            this(java.util.Objects.requireNonNull(recurrence, "recurrence"), month, day, endOfMonth, text, conditions, null);
        }

        /** By a day of a month every year. */
        public static ByDate yearly(int month, int day) {
            return new ByDate(Recurrence.YEARLY, month, day, false, null, List.of());
        }

        /** By one date, once (2025年12月31日前). */
        public static ByDate once(int year, int month, int day) {
            return new ByDate(null, month, day, false, null, List.of(), year);
        }

        /** Whether this is a one-off date (it names its year). */
        public boolean oneOff() {
            return year != null;
        }

        @Override public String type() { return "byDate"; }
        @Override public ByDate withText(String t) { return new ByDate(recurrence, month, day, endOfMonth, t, conditions, year); }
        @Override public ByDate withConditions(List<Condition> c) { return new ByDate(recurrence, month, day, endOfMonth, text, c, year); }
    }

    /** Once per period (按季度公开), optionally within an offset after the period ends. @since 0.1 */
    record Periodic(Recurrence recurrence, Integer amount, TimeUnit unit, String text, List<Condition> conditions)
            implements Deadline {
        public Periodic {
            Objects.requireNonNull(recurrence, "recurrence");
            if ((amount == null) != (unit == null)) {
                throw new IllegalArgumentException("a periodic offset needs both amount and unit: " + amount + ", " + unit);
            }
            conditions = conditions == null ? List.of() : List.copyOf(conditions);
        }

        /** Once per period, without offset. */
        public static Periodic of(Recurrence recurrence) {
            return new Periodic(recurrence, null, null, null, List.of());
        }

        @Override public String type() { return "periodic"; }
        @Override public Periodic withText(String t) { return new Periodic(recurrence, amount, unit, t, conditions); }
        @Override public Periodic withConditions(List<Condition> c) { return new Periodic(recurrence, amount, unit, text, c); }
    }

    /** Real-time disclosure (实时公开, 即时). @since 0.1 */
    record Immediate(String text, List<Condition> conditions) implements Deadline {
        public Immediate {
            conditions = conditions == null ? List.of() : List.copyOf(conditions);
        }

        @Override public String type() { return "immediate"; }
        @Override public Immediate withText(String t) { return new Immediate(t, conditions); }
        @Override public Immediate withConditions(List<Condition> c) { return new Immediate(text, c); }
    }

    /** Prompt disclosure (及时公开); the statutory 20 working days apply. @since 0.1 */
    record Prompt(String text, List<Condition> conditions) implements Deadline {
        public Prompt {
            conditions = conditions == null ? List.of() : List.copyOf(conditions);
        }

        @Override public String type() { return "prompt"; }
        @Override public Prompt withText(String t) { return new Prompt(t, conditions); }
        @Override public Prompt withConditions(List<Condition> c) { return new Prompt(text, c); }
    }

    /** A ditto mark (同上): only inside importers, never in a finished catalog. @since 0.1 */
    record SameAsAbove(String text) implements Deadline {
        @Override public String type() { return "sameAsAbove"; }
        @Override public List<Condition> conditions() { return List.of(); }
        @Override public SameAsAbove withText(String t) { return new SameAsAbove(t); }
        @Override public SameAsAbove withConditions(List<Condition> c) { return this; }
    }

    /** Wording the parser could not structure, kept verbatim. @since 0.1 */
    record Unparsed(String text, List<Condition> conditions) implements Deadline {
        public Unparsed {
            conditions = conditions == null ? List.of() : List.copyOf(conditions);
        }

        @Override public String type() { return "unparsed"; }
        @Override public Unparsed withText(String t) { return new Unparsed(t, conditions); }
        @Override public Unparsed withConditions(List<Condition> c) { return new Unparsed(text, c); }
    }
}
