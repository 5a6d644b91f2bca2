package org.gkml.catalog.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.gkml.catalog.model.internal.Resources;

/**
 * The statutory days off of years without an official notice, from the law (《全国年节及纪念日放假办法》 as amended in 2024)
 * and the moving dates in {@code calendar-provisional.tsv}: 元旦 01-01; 春节 除夕 and 正月初一 to 初三; 清明; 劳动节
 * 05-01 and 05-02; 端午; 中秋; 国庆 10-01 to 10-03; and 补假, each such day on a Saturday or Sunday given back on the next
 * weekday not already off. Immutable.
 */
final class ProvisionalYears {

    private ProvisionalYears() {
    }

    /** The moving dates of one year: 正月初一, 清明, 端午, 中秋, and where they come from. */
    record Moving(LocalDate springFestival, LocalDate qingming, LocalDate duanwu, LocalDate midAutumn, String source) {
    }

    static final Map<Integer, Moving> MOVING = load();
    private static final Map<Integer, Set<LocalDate>> DAYS_OFF = new java.util.concurrent.ConcurrentHashMap<>();

    private static Map<Integer, Moving> load() {
        Map<Integer, Moving> m = new TreeMap<>();
        for (String line : Resources.lines(ProvisionalYears.class, "calendar-provisional.tsv")) {
            String[] c = line.split("\t");
            m.put(Integer.parseInt(c[0]), new Moving(date(c[1]), date(c[2]), date(c[3]), date(c[4]), c[5]));
        }
        return java.util.Collections.unmodifiableMap(m);
    }

    private static LocalDate date(String text) {
        LocalDate d = IsoDates.parse(text);
        if (d == null) {
            throw new IllegalStateException("calendar-provisional.tsv: \"" + text + "\" is not a yyyy-MM-dd date");
        }
        return d;
    }

    static boolean covers(int year) {
        return MOVING.containsKey(year);
    }

    static String describe() {
        List<Integer> ys = List.copyOf(MOVING.keySet());
        return ys.get(0) + "–" + ys.get(ys.size() - 1);
    }

    /** Whether a day of a provisional year is a statutory day off or a 补假. */
    static boolean isDayOff(LocalDate d) {
        return DAYS_OFF.computeIfAbsent(d.getYear(), ProvisionalYears::daysOff).contains(d);
    }

    /** The statutory days off of a year, with their 补假 (the Spring Festival's 除夕 may fall in January). */
    static Set<LocalDate> daysOff(int year) {
        Moving m = MOVING.get(year);
        List<LocalDate> statutory = new java.util.ArrayList<>();
        statutory.add(LocalDate.of(year, 1, 1));
        for (int k = -1; k <= 2; k++) {
            statutory.add(m.springFestival().plusDays(k));
        }
        statutory.add(m.qingming());
        statutory.add(LocalDate.of(year, 5, 1));
        statutory.add(LocalDate.of(year, 5, 2));
        statutory.add(m.duanwu());
        statutory.add(m.midAutumn());
        for (int k = 1; k <= 3; k++) {
            statutory.add(LocalDate.of(year, 10, k));
        }
        statutory.sort(null);
        Set<LocalDate> off = new HashSet<>(statutory);
        for (LocalDate d : statutory) {
            if (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
                LocalDate back = d.plusDays(1);
                while (back.getDayOfWeek() == DayOfWeek.SATURDAY || back.getDayOfWeek() == DayOfWeek.SUNDAY || off.contains(back)) {
                    back = back.plusDays(1);
                }
                off.add(back);
            }
        }
        return Set.copyOf(off);
    }

    /** For the data test: the moving dates by year. */
    static Map<Integer, Moving> moving() {
        return new HashMap<>(MOVING);
    }
}
