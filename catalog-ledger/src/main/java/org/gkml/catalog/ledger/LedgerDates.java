package org.gkml.catalog.ledger;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gkml.catalog.model.ChineseText;

/** Dates as registers write them: ISO, 2025/3/4, 2025年3月4日, 2025.3.4, 20250304, or an Excel serial number. Stateless. */
final class LedgerDates {

    private LedgerDates() {
    }

    private static final Pattern YMD = Pattern.compile("^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?(?:\\s.*)?$");
    private static final Pattern SERIAL = Pattern.compile("^\\d{5}(?:\\.\\d+)?$");
    private static final Pattern COMPACT = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})$");

    /** The date a cell holds, or null when it holds none (blank, or not a date). */
    static LocalDate parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        // a time after the date (2025-3-4 00:00:00, as CMS exports often add) is dropped before folding joins them
        String t = ChineseText.fold(text.strip().replaceFirst("\\s+\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?$", "")).strip();
        Matcher m = YMD.matcher(t);
        try {
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            }
            Matcher c = COMPACT.matcher(t);
            if (c.matches()) { // 20250304
                return LocalDate.of(Integer.parseInt(c.group(1)), Integer.parseInt(c.group(2)), Integer.parseInt(c.group(3)));
            }
            if (SERIAL.matcher(t).matches()) { // an Excel date the export left as a number
                return LocalDate.of(1899, 12, 30).plusDays((long) Double.parseDouble(t));
            }
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
        return null;
    }
}
