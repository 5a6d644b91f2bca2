package org.gkml.catalog.ledger;

import java.io.IOException;
import java.io.Writer;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gkml.catalog.io.json.JsonOut;
import org.gkml.catalog.model.CalendarDataException;
import org.gkml.catalog.model.Catalog;
import org.gkml.catalog.model.CreditCode;
import org.gkml.catalog.model.Deadline;
import org.gkml.catalog.model.DivisionCode;
import org.gkml.catalog.model.Entry;
import org.gkml.catalog.model.OrganizationCode;
import org.gkml.catalog.model.Recurrence;
import org.gkml.catalog.model.TimeUnit;
import org.gkml.catalog.model.WorkingDayCalendar;

/**
 * The compliance audit of a catalog's registers as of a day: publications against the catalog's deadlines (PUB-001 …
 * PUB-007) and requests against the statutory periods (RQ-001 … RQ-004), counted on the working-day calendar. Immutable
 * and thread-safe once built.
 *
 * @since 0.2
 */
public final class Audit {

    /** The statutory period of a proactive item with no usable deadline, and of a reply (《条例》第二十六、三十三条). */
    static final int STATUTORY_WORKING_DAYS = 20;
    /** The period within which a supplement must be asked for (《条例》第三十条). */
    static final int SUPPLEMENT_WORKING_DAYS = 7;

    private final WorkingDayCalendar calendar;
    private final int interpretationDays;
    private final Locale locale;
    /** Each rule's message pattern in this audit's language, looked up once (a large register has many findings). */
    private final Map<String, String> patterns;

    private Audit(WorkingDayCalendar calendar, int interpretationDays, Locale locale) {
        this.calendar = calendar;
        this.interpretationDays = interpretationDays;
        this.locale = locale;
        ResourceBundle b = messages(locale);
        Map<String, String> p = new HashMap<>();
        for (String rule : SEVERITIES.keySet()) {
            p.put(rule, b.getString(rule + ".message"));
        }
        this.patterns = Map.copyOf(p);
    }

    /** The messages (audit.properties, audit_en.properties), read from the jar rather than by a class-path-wide bundle search. */
    private static ResourceBundle messages(Locale locale) {
        return org.gkml.catalog.model.internal.Resources.bundle(Audit.class,
                locale.getLanguage().equals("en") ? "audit_en.properties" : "audit.properties");
    }

    /**
     * An audit on a calendar.
     *
     * @param interpretationDays the working days within which a normative document's interpretation must follow it (3 by default)
     */
    public static Audit on(WorkingDayCalendar calendar, int interpretationDays, Locale locale) {
        if (interpretationDays < 0) {
            throw new IllegalArgumentException("interpretationDays must not be negative: " + interpretationDays);
        }
        return new Audit(Objects.requireNonNull(calendar, "calendar"), interpretationDays, Objects.requireNonNull(locale, "locale"));
    }

    /** The severity of each rule. */
    static final Map<String, String> SEVERITIES = Map.ofEntries(Map.entry("PUB-001", "error"), Map.entry("PUB-002", "error"),
            Map.entry("PUB-003", "error"), Map.entry("PUB-004", "warning"), Map.entry("PUB-005", "warning"),
            Map.entry("PUB-006", "warning"), Map.entry("PUB-007", "error"), Map.entry("RQ-001", "error"),
            Map.entry("RQ-002", "error"), Map.entry("RQ-003", "warning"), Map.entry("RQ-004", "error"));

    /**
     * One finding.
     *
     * @param rule the rule id
     * @param severity error or warning
     * @param record the record's index number (publications) or id (requests); null for a missing period (PUB-002)
     * @param entry the catalog entry's code, or null
     * @param due the due date where one applies
     * @param actual the actual date where one applies
     * @param late days late (working days, calendar days for a calendar-day deadline), or null
     * @param provisional whether a day counted lies in a year the calendar has no official data for
     * @param where where the record is in its register ({@code publications.csv!B12}), or the entry
     * @param message the localized message
     */
    public record Finding(String rule, String severity, String record, String entry, LocalDate due, LocalDate actual,
                          Integer late, boolean provisional, String where, String message) {
    }

    /** The findings of one audit. */
    public record Result(LocalDate asOf, List<Finding> findings) {
        public Result {
            findings = List.copyOf(findings);
        }

        /** How many findings have a severity. */
        public long count(String severity) {
            return findings.stream().filter(f -> f.severity().equals(severity)).count();
        }

        /** The result as JSON. */
        public void writeJson(Writer w) throws IOException {
            JsonOut o = new JsonOut(w, true);
            o.beginObject();
            o.field("asOf", asOf.toString());
            o.key("summary").beginObject().key("errors").value(count("error")).key("warnings").value(count("warning"))
                    .key("infos").value(count("info")).endObject();
            o.key("findings").beginArray();
            for (Finding f : findings) {
                o.beginObject().field("rule", f.rule()).field("severity", f.severity());
                o.fieldOrNull("record", f.record()).fieldOrNull("entry", f.entry()).fieldOrNull("due", f.due())
                        .fieldOrNull("actual", f.actual()).fieldOrNull("late", f.late());
                o.key("provisional").value(f.provisional());
                o.key("location").beginObject().field("where", f.where()).endObject();
                o.field("message", f.message());
                o.endObject();
            }
            o.endArray();
            o.endObject();
            o.drain();
            w.write("\n");
            w.flush();
        }
    }

    /** Audits the registers of a catalog as of a day. */
    public Result audit(Catalog catalog, List<Publication> publications, List<Request> requests, LocalDate asOf) {
        Run run = start(catalog, asOf);
        publications.forEach(run::publication);
        requests.forEach(run::request);
        return run.finish();
    }

    /**
     * An audit fed one record at a time, for registers too large to hold: it keeps what the rules need across records
     * (the index numbers seen, each entry's answered periods, the normative documents awaiting their interpretation and
     * the findings), not the records.
     */
    public Run start(Catalog catalog, LocalDate asOf) {
        return new Run(Objects.requireNonNull(catalog, "catalog"), Objects.requireNonNull(asOf, "asOf"));
    }

    /** One audit in progress: {@link #publication}, {@link #request} in any order, then {@link #finish} once. Not thread-safe. */
    public final class Run {
        private final Catalog catalog;
        private final LocalDate asOf;
        private final Map<String, Entry> entries = new HashMap<>();
        private final List<Finding> out = new ArrayList<>();
        private final Set<String> indexSeen = new HashSet<>();
        /** The earliest year a publication was formed in (the first period PUB-002 looks at). */
        private int firstYear = Integer.MAX_VALUE;
        /** For each entry, the due dates of the occurrences some publication answers. */
        private final Map<String, Set<LocalDate>> answered = new HashMap<>();
        /** Normative documents, to be matched with their interpretations at the end. */
        private final List<Publication> normative = new ArrayList<>();
        /** For each index or document number an interpretation names, the day the first one was published. */
        private final Map<String, LocalDate> interpreted = new HashMap<>();
        private boolean finished;

        private Run(Catalog catalog, LocalDate asOf) {
            this.catalog = catalog;
            this.asOf = asOf;
            for (Entry e : catalog.entries()) {
                if (e.code() != null) {
                    entries.putIfAbsent(e.code(), e);
                }
            }
        }

        /** Audits one publication record. */
        public void publication(Publication p) {
            open();
            publicationFindings(entries, p, indexSeen, asOf, out);
            if (p.kind() == Publication.Kind.NORMATIVE_DOCUMENT && p.published() != null) {
                normative.add(p);
            }
            if (p.kind() == Publication.Kind.INTERPRETATION && p.interprets() != null && p.published() != null) {
                interpreted.merge(p.interprets(), p.published(), (a, b) -> a.isBefore(b) ? a : b);
            }
            if (p.formed() != null) {
                firstYear = Math.min(firstYear, p.formed().getYear());
                Entry e = p.item() == null ? null : entries.get(p.item());
                LocalDate d = e == null ? null : occurrenceDue(e.deadline(), p.formed());
                if (d != null) {
                    answered.computeIfAbsent(e.code(), k -> new HashSet<>()).add(d);
                }
            }
        }

        /** Audits one request record. */
        public void request(Request r) {
            open();
            Audit.this.request(r, asOf, out);
        }

        /** The findings, in rule, record and due-date order; the run takes no more records. */
        public Result finish() {
            open();
            finished = true;
            for (Publication doc : normative) {
                LocalDate a = doc.indexNumber() == null ? null : interpreted.get(doc.indexNumber());
                LocalDate b = doc.docNumber() == null ? null : interpreted.get(doc.docNumber());
                LocalDate first = a == null ? b : b == null || a.isBefore(b) ? a : b;
                interpretation(doc, first, asOf, doc.title() != null ? doc.title() : doc.indexNumber(), out);
            }
            normative.clear();
            periods(catalog, answered, firstYear == Integer.MAX_VALUE ? asOf.getYear() : firstYear, asOf, out);
            out.sort(Comparator.comparing(Finding::rule).thenComparing(f -> f.record() == null ? "" : f.record())
                    .thenComparing(f -> f.due() == null ? LocalDate.MIN : f.due()));
            return new Result(asOf, out);
        }

        private void open() {
            if (finished) {
                throw new IllegalStateException("the audit run has finished");
            }
        }
    }

    // ---- publications -------------------------------------------------------------------------------------------

    private void publicationFindings(Map<String, Entry> entries, Publication p, Set<String> indexSeen, LocalDate asOf, List<Finding> out) {
        boolean reused = p.indexNumber() != null && !indexSeen.add(p.indexNumber()); // the second and later uses
        String label = p.title() != null ? p.title() : p.indexNumber();
        Entry entry = p.item() == null ? null : entries.get(p.item());
        if (p.item() != null && entry == null) {
            add(out, "PUB-003", p.indexNumber(), p.item(), null, null, null, false, p.source(), label, p.item());
        }
        // PUB-001: on the entry's deadline (20 working days with no usable one)
        if (p.formed() != null && p.published() != null && !p.published().isBefore(p.formed())) {
            Counted due = due(entry, p.formed());
            if (due != null && p.published().isAfter(due.date())) {
                Counted late = late(due, p.published());
                add(out, "PUB-001", p.indexNumber(), entry == null ? null : entry.code(), due.date(), p.published(),
                        late.days(), due.provisional() || late.provisional(), p.source(), label, due.date(), p.published(), late.days());
            }
        }
        // PUB-004
        if (p.validity().status() == Publication.Status.VALID) {
            String why = p.validity().repealedBy() != null ? (english() ? "it is repealed by " : "它已被废止：") + p.validity().repealedBy()
                    : p.validity().expires() != null && p.validity().expires().isBefore(asOf)
                    ? (english() ? "it expired on " : "有效期已于") + p.validity().expires() + (english() ? "" : "届满") : null;
            if (why != null) {
                add(out, "PUB-004", p.indexNumber(), p.item(), null, null, null, false, p.source(), label, why);
            }
        }
        // PUB-005 is decided at the end, when every interpretation has been seen
        // PUB-006
        for (String problem : metadataProblems(p, reused)) {
            add(out, "PUB-006", p.indexNumber(), p.item(), null, null, null, false, p.source(), label, problem);
        }
        // PUB-007
        if (p.formed() != null && p.published() != null && p.published().isBefore(p.formed())) {
            add(out, "PUB-007", p.indexNumber(), p.item(), null, p.published(), null, false, p.source(), label,
                    (english() ? "published on " + p.published() + ", before it was formed on " + p.formed()
                            : "发布日期" + p.published() + "早于成文日期" + p.formed()));
        } else {
            LocalDate future = p.published() != null && p.published().isAfter(asOf) ? p.published()
                    : p.formed() != null && p.formed().isAfter(asOf) ? p.formed() : null;
            if (future != null) {
                add(out, "PUB-007", p.indexNumber(), p.item(), null, future, null, false, p.source(), label,
                        (english() ? "dated " + future + ", after the audit date " + asOf : "日期" + future + "晚于审计日" + asOf));
            }
        }
    }

    /** PUB-005 for a normative document whose first interpretation was published on {@code first} (null for none). */
    private void interpretation(Publication doc, LocalDate first, LocalDate asOf, String label, List<Finding> out) {
        Counted due = addWorkingDays(doc.published(), interpretationDays);
        if (due == null) {
            return;
        }
        if (first == null) {
            if (due.date().isBefore(asOf)) {
                add(out, "PUB-005", doc.indexNumber(), doc.item(), due.date(), null, null, due.provisional(), doc.source(), label,
                        due.date(), english() ? "none has been published" : "至今未发布");
            }
        } else if (first.isAfter(due.date())) {
            Counted late = late(due, first);
            add(out, "PUB-005", doc.indexNumber(), doc.item(), due.date(), first, late.days(), due.provisional() || late.provisional(),
                    doc.source(), label, due.date(), english() ? "it was published on " + first : "实际于" + first + "发布");
        }
    }

    private static final Pattern INDEX = Pattern.compile("^([0-9A-Z]+)/(\\d{4})(\\d{2})?-(\\d+)$");

    private List<String> metadataProblems(Publication p, boolean reused) {
        List<String> problems = new ArrayList<>();
        boolean en = english();
        if (p.title() == null) {
            problems.add(en ? "no title" : "缺少标题");
        }
        if (p.formed() == null) {
            problems.add(en ? "no date formed" : "缺少成文日期");
        }
        if (p.published() == null) {
            problems.add(en ? "no publication date" : "缺少发布日期");
        }
        if (p.kind() == Publication.Kind.NORMATIVE_DOCUMENT && p.docNumber() == null) {
            problems.add(en ? "a normative document without its document number" : "行政规范性文件缺少发文字号");
        }
        if (p.indexNumber() == null) {
            problems.add(en ? "no index number" : "缺少索引号");
        } else {
            Matcher m = INDEX.matcher(p.indexNumber().strip());
            boolean prefixOk = m.matches() && validPrefix(m.group(1));
            if (!prefixOk) {
                problems.add((en ? "malformed index number " : "索引号格式有误：") + p.indexNumber());
            }
            if (reused) {
                problems.add((en ? "index number used twice: " : "索引号重复：") + p.indexNumber());
            }
        }
        return problems;
    }

    /** An index number's prefix: an 18-character credit code, a 9-character organisation code, or a division-based code. */
    private static boolean validPrefix(String prefix) {
        if (prefix.length() == 18) {
            return CreditCode.isValid(prefix);
        }
        if (prefix.length() == 9) {
            return OrganizationCode.isValid(prefix);
        }
        return prefix.matches("\\d{6,12}") && DivisionCode.isValid(prefix.substring(0, 6));
    }

    // ---- periods (PUB-002) --------------------------------------------------------------------------------------

    private void periods(Catalog catalog, Map<String, Set<LocalDate>> answered, int firstYear, LocalDate asOf, List<Finding> out) {
        LocalDate from = LocalDate.of(firstYear, 1, 1);
        if (catalog.issued() != null && catalog.issued().isAfter(from)) {
            from = catalog.issued();
        }
        for (Entry e : catalog.entries()) {
            if (e.code() == null || e.deadline() == null || e.method() != org.gkml.catalog.model.Method.PROACTIVE) {
                continue;
            }
            for (LocalDate day = from; !day.isAfter(asOf); ) {
                LocalDate due = occurrenceDue(e.deadline(), day);
                if (due == null) {
                    break;
                }
                if (due.isBefore(asOf) && !answered.getOrDefault(e.code(), Set.of()).contains(due)) {
                    add(out, "PUB-002", null, e.code(), due, null, null, false, e.code(), e.code(), due);
                }
                day = periodEnd(e.deadline(), day).plusDays(1);
            }
        }
    }

    /** The due date of the occurrence a day falls in, for entries due by date or periodically; null for the others. */
    static LocalDate occurrenceDue(Deadline d, LocalDate day) {
        if (d instanceof Deadline.ByDate b && !b.oneOff() && b.recurrence() == Recurrence.YEARLY && b.month() != null) {
            YearMonth ym = YearMonth.of(day.getYear(), b.month());
            return b.endOfMonth() || b.day() == null ? ym.atEndOfMonth() : ym.atDay(Math.min(b.day(), ym.lengthOfMonth()));
        }
        if (d instanceof Deadline.ByDate b && !b.oneOff() && b.recurrence() == Recurrence.MONTHLY) {
            YearMonth ym = YearMonth.from(day);
            return b.endOfMonth() || b.day() == null ? ym.atEndOfMonth() : ym.atDay(Math.min(b.day(), ym.lengthOfMonth()));
        }
        if (d instanceof Deadline.Periodic p && p.recurrence() != Recurrence.DAILY) {
            LocalDate end = periodEnd(p, day);
            if (p.amount() == null || p.unit() == null) {
                return end;
            }
            return p.unit() == TimeUnit.CALENDAR_DAY ? end.plusDays(p.amount()) : null; // working-day offsets: not a fixed date
        }
        return null;
    }

    private static LocalDate periodEnd(Deadline d, LocalDate day) {
        Recurrence r = d instanceof Deadline.Periodic p ? p.recurrence() : ((Deadline.ByDate) d).recurrence();
        switch (r) {
            case MONTHLY: return YearMonth.from(day).atEndOfMonth();
            case QUARTERLY: return YearMonth.of(day.getYear(), ((day.getMonthValue() - 1) / 3) * 3 + 3).atEndOfMonth();
            case SEMIANNUAL: return YearMonth.of(day.getYear(), day.getMonthValue() <= 6 ? 6 : 12).atEndOfMonth();
            default: return LocalDate.of(day.getYear(), 12, 31);
        }
    }

    // ---- requests -----------------------------------------------------------------------------------------------

    private void request(Request r, LocalDate asOf, List<Finding> out) {
        if (r.received() == null) {
            return;
        }
        if (r.supplement() != null && r.supplement().requested() != null) {
            Counted by = addWorkingDays(r.received(), SUPPLEMENT_WORKING_DAYS);
            if (by != null && r.supplement().requested().isAfter(by.date())) {
                Counted late = late(by, r.supplement().requested());
                add(out, "RQ-003", r.id(), null, by.date(), r.supplement().requested(), late.days(), by.provisional() || late.provisional(),
                        r.source(), r.id(), by.date(), r.supplement().requested(), late.days());
            }
        }
        if (r.replied() != null && r.outcome() == null) {
            add(out, "RQ-004", r.id(), null, null, null, null, false, r.source(), r.id(),
                    r.outcomeText() == null ? (english() ? "(none)" : "（空）") : "“" + r.outcomeText() + "”");
        }
        Counted due = replyDue(r);
        if (due == null) {
            return;
        }
        if (r.replied() != null && r.replied().isAfter(due.date())) {
            Counted late = late(due, r.replied());
            add(out, "RQ-001", r.id(), null, due.date(), r.replied(), late.days(), due.provisional() || late.provisional(),
                    r.source(), r.id(), due.date(), r.replied(), late.days());
        } else if (r.replied() == null && asOf.isAfter(due.date())) {
            Counted late = late(due, asOf);
            add(out, "RQ-002", r.id(), null, due.date(), null, late.days(), due.provisional() || late.provisional(),
                    r.source(), r.id(), due.date(), asOf, late.days());
        }
    }

    /**
     * The reply's due date: 20 working days from receipt, or from the completed supplement when one was asked for; 20 more
     * when extended; the working days of a consultation (sent excluded, answered included) added. Null while a
     * supplement or a consultation's answer is awaited.
     */
    /** The day a request's reply is due, or null while a supplement or a consultation's answer is awaited. */
    LocalDate replyDueDate(Request r) {
        Counted c = replyDue(r);
        return c == null ? null : c.date();
    }

    private Counted replyDue(Request r) {
        LocalDate start = r.received();
        if (r.supplement() != null && r.supplement().requested() != null) {
            if (r.supplement().received() == null) {
                return null;
            }
            start = r.supplement().received();
        }
        int days = STATUTORY_WORKING_DAYS + (r.extended() ? STATUTORY_WORKING_DAYS : 0);
        boolean provisional = false;
        if (r.consultation() != null && r.consultation().sent() != null) {
            if (r.consultation().answered() == null) {
                return null;
            }
            Counted paused = workingDaysBetween(r.consultation().sent(), r.consultation().answered());
            if (paused == null) {
                return null;
            }
            days += paused.days();
            provisional = paused.provisional();
        }
        Counted due = addWorkingDays(start, days);
        return due == null ? null : new Counted(due.date(), due.days(), due.provisional() || provisional, false);
    }

    // ---- counting -----------------------------------------------------------------------------------------------

    /** A day (or a count) with whether a provisional year was counted through, and whether calendar days are meant. */
    private record Counted(LocalDate date, Integer days, boolean provisional, boolean calendarDays) {
    }

    /** A publication's due date on its entry's deadline, counted from the day it was formed. */
    private Counted due(Entry entry, LocalDate formed) {
        Deadline d = entry == null ? null : entry.deadline();
        LocalDate occurrence = d == null ? null : occurrenceDue(d, formed);
        if (occurrence != null) {
            return new Counted(occurrence, null, false, false);
        }
        if (d instanceof Deadline.Within w) {
            switch (w.unit()) {
                case CALENDAR_DAY: return new Counted(formed.plusDays(w.amount()), null, false, true);
                case MONTH: return new Counted(formed.plusMonths(w.amount()), null, false, true);
                case YEAR: return new Counted(formed.plusYears(w.amount()), null, false, true);
                case HOUR: return new Counted(formed.plusDays((w.amount() + 23L) / 24), null, false, true);
                default: return addWorkingDays(formed, w.amount());
            }
        }
        if (d instanceof Deadline.Immediate) {
            return addWorkingDays(formed, 1);
        }
        if (d instanceof Deadline.ByDate b && b.oneOff()) {
            return d.dueDate(formed, calendar).map(x -> new Counted(x, null, false, false)).orElse(null);
        }
        return addWorkingDays(formed, STATUTORY_WORKING_DAYS); // prompt, unparsed, no entry, unknown entry
    }

    private Counted addWorkingDays(LocalDate from, int days) {
        try {
            LocalDate to = calendar.addWorkingDays(from, days);
            return new Counted(to, days, provisional(from, to), false);
        } catch (CalendarDataException e) {
            return null; // a year the calendar has no data for, not even provisional
        }
    }

    /** Whether a day counted in (from, to] lies in a year the calendar answers provisionally. */
    private boolean provisional(LocalDate from, LocalDate to) {
        for (int y = from.plusDays(1).getYear(); y <= to.getYear(); y++) {
            if (calendar.isProvisional(y)) {
                return true;
            }
        }
        return false;
    }

    /** The working days in (from, to]. */
    private Counted workingDaysBetween(LocalDate from, LocalDate to) {
        int n = 0;
        try {
            for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
                if (calendar.isWorkingDay(d)) {
                    n++;
                }
            }
        } catch (CalendarDataException e) {
            return null;
        }
        return new Counted(to, n, provisional(from, to), false);
    }

    /** How late a day is after a due date: calendar days for a calendar-day deadline, else working days in (due, actual]. */
    private Counted late(Counted due, LocalDate actual) {
        if (due.calendarDays()) {
            return new Counted(actual, (int) ChronoUnit.DAYS.between(due.date(), actual), false, false);
        }
        Counted n = workingDaysBetween(due.date(), actual);
        return n == null ? new Counted(actual, null, true, false) : n;
    }

    // ---- messages -----------------------------------------------------------------------------------------------

    private boolean english() {
        return locale.getLanguage().equals("en");
    }

    private void add(List<Finding> out, String rule, String record, String entry, LocalDate due, LocalDate actual, Integer late,
                     boolean provisional, String where, Object... args) {
        String message = new MessageFormat(patterns.get(rule), locale).format(args); // a MessageFormat is not thread-safe: one per use
        out.add(new Finding(rule, SEVERITIES.get(rule), record, entry, due, actual, late, provisional, where, message));
    }

    /** The audit's rule ids, in order. */
    public static List<String> rules() {
        return SEVERITIES.keySet().stream().sorted().toList();
    }

    /** The severity of a rule ({@code error}, {@code warning}). */
    public static String severity(String rule) {
        return SEVERITIES.get(rule);
    }

    /** The title of a rule in a language (for the rule catalogue). */
    public static String title(String rule, Locale locale) {
        return messages(locale).getString(rule + ".title");
    }
}
