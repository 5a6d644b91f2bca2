package org.gkml.catalog.validation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.gkml.catalog.model.Channel;
import org.gkml.catalog.model.ChannelType;
import org.gkml.catalog.model.ChineseText;
import org.gkml.catalog.model.Deadline;
import org.gkml.catalog.model.Entry;
import org.gkml.catalog.model.LegalReference;
import org.gkml.catalog.model.Method;
import org.gkml.catalog.model.Recurrence;
import org.gkml.catalog.model.TimeUnit;
import org.gkml.catalog.model.Trigger;

/** The rules of DOMAIN.md ("Rules a validator can check"), with their ids and default severities. */
final class BuiltInRules {

    private BuiltInRules() {
    }

    /** Every built-in rule id with its default severity, in catalogue order. */
    static final Map<String, Severity> SEVERITIES = new LinkedHashMap<>();

    static {
        String[][] table = {
            {"STRUCT-001", "error"}, {"STRUCT-002", "error"}, {"STRUCT-003", "error"}, {"VOC-001", "error"},
            {"REQ-001", "error"}, {"REQ-002", "error"}, {"REQ-003", "warning"}, {"REQ-004", "error"},
            {"REQ-005", "error"}, {"REQ-006", "error"}, {"REQ-007", "error"}, {"REQ-008", "error"}, {"REQ-009", "error"},
            {"DL-001", "error"}, {"DL-002", "warning"}, {"DL-003", "error"}, {"DL-004", "error"}, {"DL-005", "warning"},
            {"DL-006", "error"},
            {"CH-001", "error"}, {"CH-002", "error"}, {"CH-003", "info"},
            {"AUD-001", "error"},
            {"UNQ-001", "error"}, {"UNQ-002", "error"},
            {"ID-001", "error"}, {"ID-002", "error"}, {"ID-003", "warning"},
            {"LAW-001", "warning"},
            {"CAT-001", "error"}, {"CAT-002", "error"}, {"CAT-003", "error"}, {"CAT-004", "error"}, {"CAT-005", "error"},
            {"RULE-ERR", "error"},
        };
        for (String[] r : table) {
            SEVERITIES.put(r[0], Severity.fromToken(r[1]));
        }
    }

    static RuleInfo info(String id) {
        return new RuleInfo(id, SEVERITIES.get(id), Messages.get(Locale.ROOT, id + ".title"), Messages.get(Locale.ENGLISH, id + ".title"));
    }

    static List<RuleInfo> catalogue() {
        List<RuleInfo> out = new ArrayList<>();
        for (String id : SEVERITIES.keySet()) {
            out.add(info(id));
        }
        return out;
    }

    /** The per-entry rules, by id, in catalogue order. */
    static Map<String, Rule> entryRules() {
        Map<String, Rule> m = new LinkedHashMap<>();
        for (EntryRule r : EntryRule.values()) {
            m.put(r.id, r);
        }
        return m;
    }

    /**
     * The per-entry rules: constants with bodies rather than lambdas, as the readers' members are — linking a lambda
     * costs a first answer some 0.2 ms, loading a class from the archive a tenth of that.
     */
    private enum EntryRule implements Rule {
        REQ_009("REQ-009") {
            @Override
            public void check(Entry e, RuleContext c) {
                if (blank(e.code())) {
                    c.report("/code", e.code(), label(e));
                }
            }
        },
        REQ_001("REQ-001") {
            @Override
            public void check(Entry e, RuleContext c) {
                if (blank(e.name())) {
                    c.report("/name", e.name());
                }
            }
        },
        REQ_002("REQ-002") {
            @Override
            public void check(Entry e, RuleContext c) {
                if (e.content() == null || (blank(e.content().summary()) && e.content().elements().isEmpty())) {
                    c.report("/content", null, label(e));
                }
            }
        },
        REQ_003("REQ-003") {
            @Override
            public void check(Entry e, RuleContext c) {
                if (e.basis().isEmpty()) {
                    c.report("/basis", null, label(e));
                }
            }
        },
        REQ_004("REQ-004") {
            @Override
            public void check(Entry e, RuleContext c) {
                if (e.deadline() == null) {
                    c.report("/deadline", null, label(e));
                }
            }
        },
        REQ_005("REQ-005") {
            @Override
            public void check(Entry e, RuleContext c) {
                if (e.subjects().isEmpty()) {
                    c.report("/subjects", null, label(e));
                }
                for (int i = 0; i < e.subjects().size(); i++) { // a subject without a name, at its own path
                    if (blank(e.subjects().get(i).name())) {
                        c.report("/subjects/" + i + "/name", e.subjects().get(i).name(), label(e));
                    }
                }
            }
        },
        REQ_006("REQ-006") {
            @Override
            public void check(Entry e, RuleContext c) {
                if (e.method() == null) {
                    c.report("/method", null, label(e));
                }
            }
        },
        REQ_007("REQ-007") {
            @Override
            public void check(Entry e, RuleContext c) {
                if (e.audience() == null) {
                    c.report("/audience", null, label(e));
                }
            }
        },
        REQ_008("REQ-008") {
            @Override
            public void check(Entry e, RuleContext c) {
                if (e.levels().isEmpty()) {
                    c.report("/levels", null, label(e));
                }
            }
        },
        AUD_001("AUD-001") {
            @Override
            public void check(Entry e, RuleContext c) {
                if (e.audience() != null && e.audience().scope() == null) {
                    c.report("/audience/scope", null, label(e));
                }
            }
        },
        DL_001("DL-001") {
            @Override
            public void check(Entry e, RuleContext c) {
                if (e.deadline() instanceof Deadline.Within w && w.trigger() == Trigger.FORMED_OR_CHANGED
                        && w.unit() == TimeUnit.WORKING_DAY && w.amount() > Deadline.STATUTORY_WORKING_DAYS
                        && !citesLawOrRegulation(e)) {
                    c.report("/deadline", w.text() != null ? w.text() : w.amount(), w.amount());
                }
            }
        },
        DL_002("DL-002") {
            @Override
            public void check(Entry e, RuleContext c) {
                if (e.deadline() instanceof Deadline.Unparsed u) {
                    c.report("/deadline", u.text(), u.text());
                }
            }
        },
        DL_003("DL-003") {
            @Override
            public void check(Entry e, RuleContext c) {
                if (e.deadline() instanceof Deadline.Within w && w.text() != null) {
                    String unitWord = statedUnit(w.text(), w.amount());
                    if (!unitWord.isEmpty()) {
                        boolean saysWorking = unitWord.equals("工作日");
                        boolean isWorking = w.unit() == TimeUnit.WORKING_DAY;
                        boolean dayUnit = w.unit() == TimeUnit.WORKING_DAY || w.unit() == TimeUnit.CALENDAR_DAY;
                        if (dayUnit && saysWorking != isWorking) {
                            c.report("/deadline/unit", w.unit().token(), w.text(), w.unit().token());
                        }
                    }
                }
            }
        },
        DL_004("DL-004") {
            @Override
            public void check(Entry e, RuleContext c) {
                if (e.deadline() instanceof Deadline.SameAsAbove s) {
                    c.report("/deadline", s.text());
                }
            }
        },
        DL_005("DL-005") {
            @Override
            public void check(Entry e, RuleContext c) {
                if (e.name() != null && e.name().contains("年度报告") && e.deadline() instanceof Deadline.ByDate b
                        && b.recurrence() == Recurrence.YEARLY && b.month() != null) {
                    boolean government = c.header().publisher() != null && c.header().publisher().name() != null
                            && (c.header().publisher().name().endsWith("人民政府") || c.header().publisher().name().endsWith("人民政府办公室"));
                    // due 31 March (governments) or 31 January (departments); not java.time.MonthDay, whose class
                    // initialisation builds a date formatter (some 2 ms of a first answer)
                    int limitMonth = government ? 3 : 1;
                    int limitDay = 31;
                    int day = b.endOfMonth() || b.day() == null ? 31 : b.day();
                    if (b.month() > limitMonth || (b.month() == limitMonth && day > limitDay)) {
                        c.report("/deadline", b.text(), b.text() == null ? b.month() + "/" + day : b.text(), limitMonth + "/" + limitDay);
                    }
                }
            }
        },
        DL_006("DL-006") {
            @Override
            public void check(Entry e, RuleContext c) {
                if (e.deadline() instanceof Deadline.ByDate b && b.month() != null && b.day() != null) {
                    int max = java.time.Month.of(b.month()).maxLength();
                    if (b.day() > max) {
                        c.report("/deadline/day", b.day(), b.month(), b.day());
                    }
                }
            }
        },
        CH_001("CH-001") {
            @Override
            public void check(Entry e, RuleContext c) {
                if (e.method() == Method.PROACTIVE && e.channels().isEmpty()) {
                    c.report("/channels", null, label(e));
                }
            }
        },
        CH_002("CH-002") {
            @Override
            public void check(Entry e, RuleContext c) {
                for (int i = 0; i < e.channels().size(); i++) {
                    Channel ch = e.channels().get(i);
                    if ((ch.type() == ChannelType.OTHER || ch.type() == ChannelType.ONLINE_PLATFORM) && blank(ch.name())) {
                        c.report("/channels/" + i + "/name", ch.type().token(), ch.type().token());
                    }
                }
            }
        },
        CH_003("CH-003") {
            @Override
            public void check(Entry e, RuleContext c) {
                Set<String> seen = new HashSet<>();
                for (int i = 0; i < e.channels().size(); i++) {
                    Channel ch = e.channels().get(i);
                    String k = ch.type().token() + "|" + (ch.name() == null ? "" : ch.name());
                    if (!seen.add(k)) {
                        c.report("/channels/" + i, k, ch.name() == null ? ch.type().token() : ch.name());
                    }
                }
            }
        },
        LAW_001("LAW-001") {
            @Override
            public void check(Entry e, RuleContext c) {
                for (int i = 0; i < e.basis().size(); i++) {
                    LegalReference l = e.basis().get(i);
                    for (String s : new String[] {l.provision(), l.text()}) {
                        String paragraph = s == null ? null : article20Paragraph(s);
                        if (paragraph != null && (l.title() == null || l.title().contains("政府信息公开条例") || l.title().equals("条例"))) {
                            c.report("/basis/" + i, s, "第二十条第" + paragraph + "款", paragraph);
                            break;
                        }
                    }
                }
            }
        },
        ID_001("ID-001") {
            @Override
            public void check(Entry e, RuleContext c) {
                for (int i = 0; i < e.subjects().size(); i++) {
                    String code = e.subjects().get(i).creditCode();
                    String problem = code == null ? null : org.gkml.catalog.model.CreditCode.check(code, c.locale()).orElse(null);
                    if (problem != null) {
                        c.report("/subjects/" + i + "/creditCode", code, problem);
                    }
                }
            }
        },
        ID_002("ID-002") {
            @Override
            public void check(Entry e, RuleContext c) {
                for (int i = 0; i < e.subjects().size(); i++) {
                    String code = e.subjects().get(i).divisionCode();
                    String problem = code == null ? null : org.gkml.catalog.model.DivisionCode.check(code, c.locale()).orElse(null);
                    if (problem != null) {
                        c.report("/subjects/" + i + "/divisionCode", code, problem);
                    }
                }
            }
        };

        final String id;

        EntryRule(String id) {
            this.id = id;
        }
    }

    /** The unit word each deadline wording states for an amount; catalogs repeat a few wordings many times. */
    private static final Map<String, String> STATED_UNITS = new java.util.concurrent.ConcurrentHashMap<>();

    /** The day unit (工作日, 日, 天) a wording states for {@code amount} (20个工作日), or "" when it states none. */
    static String statedUnit(String text, int amount) {
        String key = amount + "\u0000" + text;
        String cached = STATED_UNITS.get(key);
        if (cached != null) {
            return cached;
        }
        String unitWord = unitAfter(ChineseText.numeralsToDigits(ChineseText.fold(text)), Integer.toString(amount));
        if (STATED_UNITS.size() < 10_000) {
            STATED_UNITS.put(key, unitWord);
        }
        return unitWord;
    }
    /**
     * The unit word after the first run of ASCII digits equal to {@code number} that one follows, optionally after 个
     * — the first match of {@code (\d+)个?(工作日|日|天)} whose number is {@code number} — or "". Scanned by hand:
     * compiling a regular expression links lambdas, slow in a first answer ({@code ScannedByHandTest} compares the two).
     */
    static String unitAfter(String t, String number) {
        int n = t.length();
        for (int i = 0; i < n; ) {
            if (!asciiDigit(t.charAt(i))) {
                i++;
                continue;
            }
            int j = i;
            while (j < n && asciiDigit(t.charAt(j))) {
                j++;
            }
            int k = j < n && t.charAt(j) == '个' ? j + 1 : j;
            String unit = t.startsWith("工作日", k) ? "工作日" : t.startsWith("日", k) ? "日" : t.startsWith("天", k) ? "天" : null;
            if (unit == null) {
                i = j;
                continue;
            }
            if (t.regionMatches(i, number, 0, number.length()) && j - i == number.length()) {
                return unit;
            }
            i = k + unit.length();
        }
        return "";
    }

    private static boolean asciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * The numeral of the first 第二十条第…款 (a paragraph of Article 20) in a text — the first match of
     * {@code 第二十条第([一二三四五六七八九十]+)款}, its group — or null; scanned by hand, as {@link #unitAfter}.
     */
    static String article20Paragraph(String s) {
        String head = "第二十条第";
        for (int at = s.indexOf(head); at >= 0; at = s.indexOf(head, at + 1)) {
            int from = at + head.length();
            int to = from;
            while (to < s.length() && "一二三四五六七八九十".indexOf(s.charAt(to)) >= 0) {
                to++;
            }
            if (to > from && to < s.length() && s.charAt(to) == '款') {
                return s.substring(from, to);
            }
        }
        return null;
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static String label(Entry e) {
        return e.name() != null ? e.name() : e.code() != null ? e.code() : "";
    }

    /** Whether one of the entry's references cites a law or a regulation ({@link #isLawOrRegulation}). */
    static boolean citesLawOrRegulation(Entry e) {
        for (LegalReference l : e.basis()) {
            if (isLawOrRegulation(l)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a reference cites a law (法律: a title ending in 法, not 办法) or a regulation (行政法规/地方性法规:
     * 条例, or a State Council order), other than the disclosure regulations themselves, which set the 20 days.
     */
    static boolean isLawOrRegulation(LegalReference l) {
        String t = l.title() == null ? "" : ChineseText.fold(l.title());
        String doc = l.docNumber() == null ? "" : ChineseText.fold(l.docNumber());
        if (t.contains("政府信息公开条例")) {
            return false;
        }
        return (t.endsWith("法") && !t.endsWith("办法")) || t.contains("条例") || doc.contains("国务院令")
                || t.contains("法律") || t.contains("人民代表大会常务委员会关于");
    }
}
