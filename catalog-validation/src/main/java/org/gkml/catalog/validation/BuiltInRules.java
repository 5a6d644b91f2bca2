package org.gkml.catalog.validation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    /** The per-entry rules, by id. */
    static Map<String, Rule> entryRules() {
        Map<String, Rule> m = new LinkedHashMap<>();
        m.put("REQ-009", (e, c) -> {
            if (blank(e.code())) {
                c.report("/code", e.code(), label(e));
            }
        });
        m.put("REQ-001", (e, c) -> {
            if (blank(e.name())) {
                c.report("/name", e.name());
            }
        });
        m.put("REQ-002", (e, c) -> {
            if (e.content() == null || (blank(e.content().summary()) && e.content().elements().isEmpty())) {
                c.report("/content", null, label(e));
            }
        });
        m.put("REQ-003", (e, c) -> {
            if (e.basis().isEmpty()) {
                c.report("/basis", null, label(e));
            }
        });
        m.put("REQ-004", (e, c) -> {
            if (e.deadline() == null) {
                c.report("/deadline", null, label(e));
            }
        });
        m.put("REQ-005", (e, c) -> {
            if (e.subjects().isEmpty()) {
                c.report("/subjects", null, label(e));
            }
            for (int i = 0; i < e.subjects().size(); i++) { // a subject without a name, at its own path
                if (blank(e.subjects().get(i).name())) {
                    c.report("/subjects/" + i + "/name", e.subjects().get(i).name(), label(e));
                }
            }
        });
        m.put("REQ-006", (e, c) -> {
            if (e.method() == null) {
                c.report("/method", null, label(e));
            }
        });
        m.put("REQ-007", (e, c) -> {
            if (e.audience() == null) {
                c.report("/audience", null, label(e));
            }
        });
        m.put("REQ-008", (e, c) -> {
            if (e.levels().isEmpty()) {
                c.report("/levels", null, label(e));
            }
        });
        m.put("AUD-001", (e, c) -> {
            if (e.audience() != null && e.audience().scope() == null) {
                c.report("/audience/scope", null, label(e));
            }
        });
        m.put("DL-001", (e, c) -> {
            if (e.deadline() instanceof Deadline.Within w && w.trigger() == Trigger.FORMED_OR_CHANGED
                    && w.unit() == TimeUnit.WORKING_DAY && w.amount() > Deadline.STATUTORY_WORKING_DAYS
                    && e.basis().stream().noneMatch(BuiltInRules::isLawOrRegulation)) {
                c.report("/deadline", w.text() != null ? w.text() : w.amount(), w.amount());
            }
        });
        m.put("DL-002", (e, c) -> {
            if (e.deadline() instanceof Deadline.Unparsed u) {
                c.report("/deadline", u.text(), u.text());
            }
        });
        m.put("DL-003", (e, c) -> {
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
        });
        m.put("DL-004", (e, c) -> {
            if (e.deadline() instanceof Deadline.SameAsAbove s) {
                c.report("/deadline", s.text());
            }
        });
        m.put("DL-005", (e, c) -> {
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
        });
        m.put("DL-006", (e, c) -> {
            if (e.deadline() instanceof Deadline.ByDate b && b.month() != null && b.day() != null) {
                int max = java.time.Month.of(b.month()).maxLength();
                if (b.day() > max) {
                    c.report("/deadline/day", b.day(), b.month(), b.day());
                }
            }
        });
        m.put("CH-001", (e, c) -> {
            if (e.method() == Method.PROACTIVE && e.channels().isEmpty()) {
                c.report("/channels", null, label(e));
            }
        });
        m.put("CH-002", (e, c) -> {
            for (int i = 0; i < e.channels().size(); i++) {
                Channel ch = e.channels().get(i);
                if ((ch.type() == ChannelType.OTHER || ch.type() == ChannelType.ONLINE_PLATFORM) && blank(ch.name())) {
                    c.report("/channels/" + i + "/name", ch.type().token(), ch.type().token());
                }
            }
        });
        m.put("CH-003", (e, c) -> {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < e.channels().size(); i++) {
                Channel ch = e.channels().get(i);
                String k = ch.type().token() + "|" + (ch.name() == null ? "" : ch.name());
                if (!seen.add(k)) {
                    c.report("/channels/" + i, k, ch.name() == null ? ch.type().token() : ch.name());
                }
            }
        });
        m.put("LAW-001", (e, c) -> {
            for (int i = 0; i < e.basis().size(); i++) {
                LegalReference l = e.basis().get(i);
                for (String s : new String[] {l.provision(), l.text()}) {
                    if (s == null || !s.contains("第二十条")) {
                        continue;
                    }
                    Matcher mt = ART20_PARAGRAPH.matcher(s);
                    if (mt.find() && (l.title() == null || l.title().contains("政府信息公开条例") || l.title().equals("条例"))) {
                        c.report("/basis/" + i, s, mt.group(), mt.group(1));
                        break;
                    }
                }
            }
        });
        m.put("ID-001", (e, c) -> {
            for (int i = 0; i < e.subjects().size(); i++) {
                String code = e.subjects().get(i).creditCode();
                int k = i;
                if (code != null) {
                    org.gkml.catalog.model.CreditCode.check(code).ifPresent(p -> c.report("/subjects/" + k + "/creditCode", code, p));
                }
            }
        });
        m.put("ID-002", (e, c) -> {
            for (int i = 0; i < e.subjects().size(); i++) {
                String code = e.subjects().get(i).divisionCode();
                int k = i;
                if (code != null) {
                    org.gkml.catalog.model.DivisionCode.check(code).ifPresent(p -> c.report("/subjects/" + k + "/divisionCode", code, p));
                }
            }
        });
        return m;
    }

    private static final Pattern AMOUNT_UNIT = Pattern.compile("(\\d+)个?(工作日|日|天)");
    /** The unit word each deadline wording states for an amount; catalogs repeat a few wordings many times. */
    private static final Map<String, String> STATED_UNITS = new java.util.concurrent.ConcurrentHashMap<>();

    /** The day unit (工作日, 日, 天) a wording states for {@code amount} (20个工作日), or "" when it states none. */
    static String statedUnit(String text, int amount) {
        String key = amount + "\u0000" + text;
        String cached = STATED_UNITS.get(key);
        if (cached != null) {
            return cached;
        }
        Matcher mt = AMOUNT_UNIT.matcher(ChineseText.numeralsToDigits(ChineseText.fold(text)));
        String unitWord = "";
        while (unitWord.isEmpty() && mt.find()) {
            if (mt.group(1).equals(Integer.toString(amount))) {
                unitWord = mt.group(2); // the clause stating this deadline's amount
            }
        }
        if (STATED_UNITS.size() < 10_000) {
            STATED_UNITS.put(key, unitWord);
        }
        return unitWord;
    }
    private static final Pattern ART20_PARAGRAPH = Pattern.compile("第二十条第([一二三四五六七八九十]+)款");

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static String label(Entry e) {
        return e.name() != null ? e.name() : e.code() != null ? e.code() : "";
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
