package org.gkml.catalog.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.gkml.catalog.model.internal.Resources;

/**
 * The official working-day calendar: Monday–Friday except statutory days off, plus the weekend days the State
 * Council's yearly notice turns into working days (调休). The data is a versioned resource file; users add later
 * years from a file of the same form with {@link #with(Reader, String)}. Counting through a year without data
 * throws {@link CalendarDataException}: it never falls back to weekends only.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class WorkingDayCalendar {

    private static final WorkingDayCalendar OFFICIAL = loadOfficial();

    private final Days daysOff;
    private final Days makeUpDays;
    private final SortedSet<Integer> years;
    private final String version;
    /** Whether years without official data are answered provisionally (see {@link #withProvisionalYears()}). */
    private final boolean provisional;

    private WorkingDayCalendar(Days daysOff, Days makeUpDays, SortedSet<Integer> years, String version) {
        this(daysOff, makeUpDays, years, version, false);
    }

    private WorkingDayCalendar(Days daysOff, Days makeUpDays, SortedSet<Integer> years, String version,
                               boolean provisional) {
        this.daysOff = daysOff;
        this.makeUpDays = makeUpDays;
        this.years = Collections.unmodifiableSortedSet(new TreeSet<>(years));
        this.version = version;
        this.provisional = provisional;
    }

    /**
     * This calendar, answering also the years it has no official notice for (2027–2050 at the time of writing) from the
     * law alone: weekends, the statutory days off of the 2024 holiday law (元旦, 春节 four days, 清明, 劳动节 two days, 端午,
     * 中秋, 国庆 three days) and 补假 (a statutory day off on a Saturday or Sunday is given back on the next weekday not
     * already off), without the make-up working days only the notice fixes. An answer counted through such a year is an
     * estimate: {@link #isProvisional(int)} says which years are. Loading the year's notice ({@link #with}) replaces
     * its provisional data.
     */
    public WorkingDayCalendar withProvisionalYears() {
        return provisional ? this : new WorkingDayCalendar(daysOff, makeUpDays, years, version, true);
    }

    /** Whether a year is answered provisionally (no official notice, but provisional data). */
    public boolean isProvisional(int year) {
        return provisional && !years.contains(year) && ProvisionalYears.covers(year);
    }

    /** The calendar shipped with the SDK (2020–2026 at the time of writing; see {@link #years()}). */
    public static WorkingDayCalendar official() {
        return OFFICIAL;
    }

    private static WorkingDayCalendar loadOfficial() {
        try {
            return parse(new java.io.StringReader(Resources.text(WorkingDayCalendar.class, "calendar-cn.txt")), "calendar-cn.txt",
                    new TreeSet<>(), "unversioned");
        } catch (IOException e) { // a string is read without fail
            throw new UncheckedIOException(e);
        }
    }

    /**
     * This calendar plus the years in a calendar file (same form as the bundled {@code calendar-cn.txt}); a year
     * in the file replaces that year's data here.
     *
     * @param source the file's content
     * @param name the file's name, used in error messages
     * @throws IllegalArgumentException naming the file and line when a line is malformed
     * @throws IOException when reading fails
     */
    public WorkingDayCalendar with(Reader source, String name) throws IOException {
        Objects.requireNonNull(source, "source");
        SortedSet<Integer> newYears = new TreeSet<>();
        WorkingDayCalendar added = parse(source, name, newYears, version);
        SortedSet<Integer> allYears = new TreeSet<>(years);
        allYears.addAll(newYears);
        return new WorkingDayCalendar(daysOff.without(newYears).and(added.daysOff), makeUpDays.without(newYears).and(added.makeUpDays),
                allYears, added.version, provisional);
    }

    private static WorkingDayCalendar parse(Reader source, String name, SortedSet<Integer> years, String version)
            throws IOException {
        Days.Builder off = new Days.Builder();
        Days.Builder work = new Days.Builder();
        BufferedReader r = new BufferedReader(source);
        int lineNo = 0;
        String v = version;
        Set<Integer> workYears = new HashSet<>();
        for (String line; (line = r.readLine()) != null; ) {
            lineNo++;
            String s = line.strip();
            if (s.isEmpty() || s.startsWith("#")) {
                continue;
            }
            String[] parts = words(s);
            if (parts[0].equals("version")) {
                if (parts.length != 2) {
                    throw bad(name, lineNo, line, "\"version <label>\"");
                }
                v = parts[1];
                continue;
            }
            if (parts.length < 2 || !digits(parts[0], 4) || !(parts[1].equals("off") || parts[1].equals("work"))) {
                throw bad(name, lineNo, line, "\"<year> off|work MM-DD[..MM-DD] …\"");
            }
            int year = Integer.parseInt(parts[0]);
            boolean isOff = parts[1].equals("off");
            if (isOff) {
                years.add(year);
            } else {
                workYears.add(year);
            }
            for (int i = 2; i < parts.length; i++) {
                String[] range = range(parts[i]);
                try {
                    long from = date(year, range[0]).toEpochDay();
                    long to = range.length == 2 ? date(year, range[1]).toEpochDay() : from;
                    if (range.length > 2 || to < from) {
                        throw new DateTimeException("bad range");
                    }
                    for (long d = from; d <= to; d++) {
                        if (isOff) {
                            off.add(d);
                        } else {
                            if (!isWeekend(d)) {
                                LocalDate day = LocalDate.ofEpochDay(d);
                                throw bad(name, lineNo, line, "make-up working days on Saturday or Sunday, but "
                                        + day + " is a " + day.getDayOfWeek());
                            }
                            work.add(d);
                        }
                    }
                } catch (DateTimeException | NumberFormatException e) {
                    throw bad(name, lineNo, line, "dates as MM-DD or MM-DD..MM-DD, not \"" + parts[i] + "\"");
                }
            }
        }
        for (int y : workYears) {
            if (!years.contains(y)) {
                throw new IllegalArgumentException(name + ": year " + y + " has a \"work\" line but no \"off\" line");
            }
        }
        return new WorkingDayCalendar(off.build(), work.build(), years, v);
    }

    // the calendar file is read by hand, not by regular expressions: it is read on the way to a first answer, when
    // compiling a pattern (each String.split or matches call compiles one) costs more than the reading

    /** The words of a line between runs of ASCII white space (as {@code split("\\s+")} on a stripped line). */
    static String[] words(String s) {
        java.util.List<String> out = new java.util.ArrayList<>();
        int start = -1;
        for (int i = 0; i <= s.length(); i++) {
            boolean white = i == s.length() || " \t\n\u000b\f\r".indexOf(s.charAt(i)) >= 0;
            if (white && start >= 0) {
                out.add(s.substring(start, i));
                start = -1;
            } else if (!white && start < 0) {
                start = i;
            }
        }
        return out.toArray(new String[0]);
    }

    /** A token split at each "..", trailing empty pieces dropped (as {@code split("\\.\\.")}). */
    static String[] range(String token) {
        java.util.List<String> out = new java.util.ArrayList<>();
        int start = 0;
        for (int at; (at = token.indexOf("..", start)) >= 0; start = at + 2) {
            out.add(token.substring(start, at));
        }
        out.add(token.substring(start));
        int n = out.size();
        while (n > 1 && out.get(n - 1).isEmpty()) {
            n--;
        }
        return out.subList(0, n).toArray(new String[0]);
    }

    /** Whether {@code s} is exactly {@code n} ASCII digits. */
    private static boolean digits(String s, int n) {
        if (s.length() != n) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static LocalDate date(int year, String mmdd) {
        if (mmdd.length() != 5 || mmdd.charAt(2) != '-' || !digits(mmdd.substring(0, 2), 2) || !digits(mmdd.substring(3), 2)) {
            throw new DateTimeException(mmdd);
        }
        return LocalDate.of(year, Integer.parseInt(mmdd.substring(0, 2)), Integer.parseInt(mmdd.substring(3)));
    }

    private static IllegalArgumentException bad(String name, int line, String text, String expected) {
        return new IllegalArgumentException(name + " line " + line + ": expected " + expected + ", found \"" + text.strip() + "\"");
    }

    private static boolean isWeekend(LocalDate d) {
        return isWeekend(d.toEpochDay());
    }

    /** Whether an epoch day is a Saturday or Sunday (as {@link LocalDate#getDayOfWeek()} counts: day 0 was a Thursday). */
    static boolean isWeekend(long epochDay) {
        return Math.floorMod(epochDay + 3, 7) >= 5;
    }

    /**
     * A set of dates as sorted epoch days. The bundled calendar is built on the way to a first answer, by the
     * interpreter: hashing its 250-odd {@link LocalDate}s into sets took most of the 4 ms its loading cost.
     */
    private static final class Days {
        private final long[] sorted;

        private Days(long[] sorted) {
            this.sorted = sorted;
        }

        boolean contains(LocalDate d) {
            return Arrays.binarySearch(sorted, d.toEpochDay()) >= 0;
        }

        /** These days without those of the given years. */
        Days without(Set<Integer> years) {
            long[] kept = new long[sorted.length];
            int n = 0;
            for (long d : sorted) {
                if (!years.contains(LocalDate.ofEpochDay(d).getYear())) {
                    kept[n++] = d;
                }
            }
            return new Days(Arrays.copyOf(kept, n));
        }

        /** These days and those. */
        Days and(Days other) {
            Builder b = new Builder();
            for (long d : sorted) {
                b.add(d);
            }
            for (long d : other.sorted) {
                b.add(d);
            }
            return b.build();
        }

        static final class Builder {
            private long[] days = new long[256];
            private int size;

            void add(long day) {
                if (size == days.length) {
                    days = Arrays.copyOf(days, size * 2);
                }
                days[size++] = day;
            }

            Days build() {
                long[] a = Arrays.copyOf(days, size);
                Arrays.sort(a);
                int n = 0;
                for (int i = 0; i < a.length; i++) {
                    if (n == 0 || a[n - 1] != a[i]) {
                        a[n++] = a[i];
                    }
                }
                return new Days(Arrays.copyOf(a, n));
            }
        }
    }

    /** The years this calendar holds official data for, ascending. */
    public SortedSet<Integer> years() {
        return years;
    }

    /** The data version label (e.g. {@code 2026.1}). */
    public String version() {
        return version;
    }

    /** Whether this calendar holds data for a year. */
    public boolean covers(int year) {
        return years.contains(year);
    }

    /**
     * Whether a date is a working day.
     *
     * @throws CalendarDataException if the calendar has no data for the date's year
     */
    public boolean isWorkingDay(LocalDate date) {
        Objects.requireNonNull(date, "date");
        if (isProvisional(date.getYear())) {
            return !isWeekend(date) && !ProvisionalYears.isDayOff(date);
        }
        if (!covers(date.getYear())) {
            throw new CalendarDataException(date.getYear(), "no official working-day data for " + date.getYear()
                    + " (calendar " + version + " covers " + describeYears() + (provisional ? " and provisionally "
                    + ProvisionalYears.describe() : "") + "); load that year's official notice with WorkingDayCalendar.with(...)");
        }
        if (makeUpDays.contains(date)) {
            return true;
        }
        return !isWeekend(date) && !daysOff.contains(date);
    }

    /**
     * The date {@code days} working days after {@code from}; the day {@code from} itself is not counted (a
     * deadline of 20 working days from 2025-09-26 falls on 2025-10-30). {@code days} = 0 gives {@code from}.
     *
     * @throws IllegalArgumentException if {@code days} is negative
     * @throws CalendarDataException when counting reaches a year without data
     */
    public LocalDate addWorkingDays(LocalDate from, int days) {
        Objects.requireNonNull(from, "from");
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative: " + days);
        }
        LocalDate d = from;
        int left = days;
        while (left > 0) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                left--;
            }
        }
        return d;
    }

    private String describeYears() {
        if (years.isEmpty()) {
            return "no year";
        }
        return years.first() + "–" + years.last();
    }

    @Override
    public String toString() {
        return "WorkingDayCalendar[" + version + ", " + describeYears() + "]";
    }
}
