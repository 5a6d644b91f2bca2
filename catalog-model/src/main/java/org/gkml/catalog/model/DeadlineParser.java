package org.gkml.catalog.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The 公开时限 grammar: wording → {@link Deadline} (+ {@link Duration}). Stateless. */
final class DeadlineParser {

    private DeadlineParser() {
    }

    private static final String UNIT = "(工作日|日|天|月|年|小时|周)";
    private static final Pattern SAME = Pattern.compile("^(同上|同前|同上栏|同上一栏|同上一项)$");
    private static final Pattern PAREN = Pattern.compile("\\(([^()]*)\\)");
    private static final Pattern MARKER = Pattern.compile("^(?:\\d{1,2}[.、)](?!\\d)|\\(\\d{1,2}\\)|[①-⑳])");
    private static final Pattern PROVISO = Pattern.compile("另有规定|从其规定|另有约定|另有要求");

    private static final Pattern DUR_FIXED = Pattern.compile(
            "(公示|公告|公示期|公告期|展示|公开期|保留|保存|公示时间|公告时间|公示时长|公开时长|公开期限)(期)?(为|不少于|不得少于|不低于|至少)?(\\d+)(个)?" + UNIT);
    /** 公开3年: published for three years, the whole clause. */
    private static final Pattern NOT_AN_EVENT = Pattern.compile("^(?:应当?|须|必须|要|需|并|及时|依法|予以|主动)*(?:公开|公布|发布)?$");
    private static final Pattern DUR_PUBLISHED = Pattern.compile("^公开(\\d+)(个)?" + UNIT + "$");
    private static final Pattern DUR_MINIMUM = Pattern.compile(
            "(?:自)?(?:公示|公告|张贴|发布)(?:之日|日)?起?(?:不少于|不得少于|不低于|至少)(\\d+)(个)?" + UNIT);
    /** 自公示之日起届满5年的…不再公示: shown for that long, then taken down (how long, not when). */
    private static final Pattern DUR_EXPIRES = Pattern.compile(
            "(?:自)?(?:公示|公开|公布|发布)(?:之日)?起?(?:届满|满)(\\d+)(个)?" + UNIT + ".{0,60}?(?:不再公示|不再公开|不再公布|撤下|下网|撤除)");
    private static final Pattern DUR_LONG = Pattern.compile("(保持)?(长期|永久|常年)(公开|公示|保留|有效|保存)?");
    private static final Pattern DUR_LATEST = Pattern.compile("最新有效|动态调整|动态更新|动态公开");
    private static final Pattern DUR_TENURE = Pattern.compile("任期内|任职期间|任期");
    private static final Pattern DUR_BARE = Pattern.compile("^(\\d+)(个)?" + UNIT + "$");

    /** A one-off date naming its year: 2025年12月31日前 (the year is what sets it apart from 12月31日前, every year). */
    private static final Pattern ONE_OFF_DAY = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})年(\\d{1,2})月(\\d{1,2})[日号](?:前|之前|以前)");
    /** A one-off month's end naming its year: 2025年6月底前. */
    private static final Pattern ONE_OFF_MONTH_END = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})年(\\d{1,2})月(?:底|末|份底)(?:前|之前|以前)?");
    private static final Pattern BY_YEAR_DAY = Pattern.compile("(?:每年度?)?(\\d{1,2})月(\\d{1,2})[日号](?:前|之前|以前)");
    private static final Pattern BY_YEAR_DAY_EVERY = Pattern.compile("每年度?(\\d{1,2})月(\\d{1,2})[日号]");
    private static final Pattern BY_YEAR_END = Pattern.compile("(?:每年度?)?(\\d{1,2})月(?:底|末|份底)(?:前|之前|以前)?");
    private static final Pattern BY_YEAR_MONTH = Pattern.compile("每年度?(?:的)?(\\d{1,2})月(?:份)?(?!\\d|底|末)");
    private static final Pattern BY_YEAR_QUARTER = Pattern.compile("每年度?(?:的)?第?([1-4一二三四])季度?(?!\\d)");
    private static final Pattern NUMBERED_LINE = Pattern.compile(
            "[\\r\\n]+\\s*(?=(?:\\d{1,2}|[一二三四五六七八九十])\\s*[.、．)）]|[(（]\\s*\\d{1,2}\\s*[)）]|[①-⑳])");
    private static final Pattern DURATION_HEAD = Pattern.compile("时长|保留|保存|有效期|公示期|公开期限|公开期");
    private static final Pattern BY_MONTH_DAY = Pattern.compile("(?:每月|每个月|次月|下月|下个月|每月的)(\\d{1,2})[日号](?:前|之前|以前)?");
    private static final Pattern BY_MONTH_END = Pattern.compile("每月(?:底|末)(?:前|之前|以前)?");
    private static final Pattern PERIOD_FIRST_MONTH = Pattern.compile(
            "(?:每|按)?(季度|季|半年|年度|年)(?:的)?(?:首个月|首月|第1个月)(\\d{1,2})[日号]");
    private static final Pattern BARE_PERIOD_AFTER = Pattern.compile("^\\s*(季度|季|月|年度)(?:结束|终了)?后(?=\\d)");
    private static final Pattern PERIOD_AFTER = Pattern.compile(
            "(?:每|按)(季度|季|半年|年度|年|月|日|天)(?:结束|终了)后(\\d+)(个)?" + UNIT + "(?:内|以内|之内)?");
    private static final Pattern WITHIN = Pattern.compile("(\\d+)(个)?" + UNIT + "(?:内|以内|之内)?");
    /** 每3个月, 每隔6个月, 三年一次: every N periods (a recurrence only where the vocabulary has one). */
    private static final Pattern EVERY_N = Pattern.compile(
            "每隔?(\\d+)个?(月|年|天|日|周|星期|工作日)|(?<![\\d.])(\\d+)个?(月|年)(?:公开|更新|公布)?1次");
    /** 年底前, 每年年底前: by the end of December (a month number before 底 is {@link #BY_YEAR_END}). */
    private static final Pattern YEAR_END = Pattern.compile("(?<!月)年(?:底|末)(?:前|之前|以前)");
    private static final Pattern FREQUENCY = Pattern.compile("(?:每|1)(年度?|半年|季度?|月)(?:至少)?(\\d{1,2})次");
    private static final Pattern P_DAILY = Pattern.compile("每日|每天|逐日|按日");
    private static final Pattern P_MONTHLY = Pattern.compile("每月|按月|逐月|月度|每个月");
    private static final Pattern P_QUARTERLY = Pattern.compile("每季度?|按季度?|季度|逐季");
    private static final Pattern P_SEMIANNUAL = Pattern.compile("每半年|半年度?|按半年|每学期|按学期");
    private static final Pattern P_YEARLY = Pattern.compile("每年度?|按年度?|年度|逐年|每1年|每学年|按学年");
    private static final Pattern IMMEDIATE = Pattern.compile("实时|即时|随时|第1时间|第一时间|立即|随即|即(?:行|予|可)?公开|即公布");
    /** Published together with another document (与规范性文件同步发布): at the same moment, no delay of its own. */
    private static final Pattern SIMULTANEOUS = Pattern.compile("^\\s*(?:与|和|同)[^，,；;。]{1,30}?同(?:步|时)(?:发布|公开|公布|印发|发出)\\s*[。.]?\\s*$");
    private static final Pattern PROMPT = Pattern.compile("及时|尽快|适时");

    private static final Pattern T_REQUEST = Pattern.compile("收到.*申请|申请之日|受理|申请后");
    private static final Pattern T_RESULT = Pattern.compile("结果确定|确定后|确定之日|结果产生");
    private static final Pattern T_DECIDED = Pattern.compile("决定|作出");
    private static final Pattern T_APPROVED = Pattern.compile("批准|批复|审批|审定|核准|通过后");
    private static final Pattern T_FORMED = Pattern.compile("形成|变更|产生|制定|获取|制作|生成|更新|改变|信息");
    private static final String[] TRIM_TAIL = {"之日起", "之日", "日起", "之后", "以后", "起", "后", "时间跨度不超过",
        "不超过", "不得超过", "最迟", "最长", ",", "、", ";", ":", "内", "在", "于"};
    private static final String[] TRIM_HEAD = {"自", "在", "于", "从", "公开事项"};

    /** Text folded for matching: NFKC, simplified, no spaces, counted numerals as digits. */
    static String normalize(String text) {
        return ChineseText.numeralsToDigits(ChineseText.fold(text));
    }

    private enum Kind { NORMAL, PAREN }

    private record Clause(Kind kind, String when, String body, Deadline deadline, Duration duration, boolean proviso) {
    }

    static DeadlineCell parse(String text) {
        return parse(text, null);
    }

    /** The clauses structured so far by one parser, by kind and text; at most {@link #MEMO_CLAUSES} of them. */
    static final int MEMO_CLAUSES = 10_000;

    /** A parser for the cells of one sheet, remembering the clauses it has structured. Not thread-safe. */
    static java.util.function.Function<String, DeadlineCell> memo() {
        java.util.Map<String, Clause> clauses = new java.util.HashMap<>();
        return text -> parse(text, clauses);
    }

    private static DeadlineCell parse(String text, java.util.Map<String, Clause> memo) {
        String t = text.strip();
        // clauses are cut from the folded text (width, script, spaces); numerals are converted only for matching,
        // so that a condition keeps its wording. A line break before a numbered clause ends the clause before it.
        String n = ChineseText.fold(t.indexOf('\n') < 0 && t.indexOf('\r') < 0 ? t : NUMBERED_LINE.matcher(t).replaceAll(";"));
        if (n.isEmpty()) {
            return new DeadlineCell(new Deadline.Unparsed(t, List.of()), null);
        }
        if (n.indexOf('同') >= 0 && SAME.matcher(n).matches()) {
            return new DeadlineCell(new Deadline.SameAsAbove(t), null);
        }
        List<Clause> clauses = clauses(n, memo);
        Duration duration = null;
        for (Clause c : clauses) {
            if (c.duration() != null && duration == null) {
                duration = c.duration().withText(t);
            }
        }
        Clause first = null;
        int firstAt = -1; // by position: a remembered clause may stand twice in one cell as one object
        for (int k = 0; k < clauses.size(); k++) {
            Clause c = clauses.get(k);
            if (c.kind() == Kind.NORMAL && !c.proviso()) {
                first = c;
                firstAt = k;
                break;
            }
        }
        List<Deadline.Condition> conditions = new ArrayList<>();
        Deadline main;
        if (first != null && first.deadline() != null) {
            for (int k = 0; k < clauses.size(); k++) {
                Clause c = clauses.get(k);
                if (k == firstAt || c.proviso()) {
                    continue;
                }
                if (c.deadline() != null) {
                    conditions.add(new Deadline.Condition(c.when() != null ? c.when() : c.body(), c.deadline()));
                } else if (c.when() != null && c.kind() == Kind.NORMAL) {
                    // "when: wording" states a condition even if its wording cannot be structured
                    conditions.add(new Deadline.Condition(c.when(), new Deadline.Unparsed(c.body(), List.of())));
                }
            }
            main = first.deadline().withText(t).withConditions(conditions);
        } else {
            boolean anyDeadline = clauses.stream().anyMatch(c -> c.deadline() != null);
            if (anyDeadline) {
                for (Clause c : clauses) {
                    if (c.proviso()) {
                        continue;
                    }
                    Deadline d = c.deadline() != null ? c.deadline() : new Deadline.Unparsed(c.body(), List.of());
                    conditions.add(new Deadline.Condition(c.when() != null ? c.when() : c.body(), d));
                }
            }
            main = new Deadline.Unparsed(t, conditions);
        }
        return new DeadlineCell(main, duration);
    }

    private static List<Clause> clauses(String n, java.util.Map<String, Clause> memo) {
        List<String[]> raw = new ArrayList<>(); // {kind, text}
        StringBuilder rest = new StringBuilder();
        Matcher p = PAREN.matcher(n);
        int last = 0;
        while (n.indexOf('(') >= 0 && p.find()) {
            String inner = p.group(1);
            if (hasSignal(inner)) {
                rest.append(n, last, p.start());
                raw.add(new String[] {"P", inner});
            } else {
                rest.append(n, last, p.end());
            }
            last = p.end();
        }
        rest.append(n.substring(last));
        List<Clause> out = new ArrayList<>();
        for (String piece : pieces(rest.toString())) {
            String s = stripEdges(withoutMarker(piece));
            if (!s.isEmpty()) {
                out.add(analysed(memo, Kind.NORMAL, s));
            }
        }
        for (String[] r : raw) {
            for (String piece : pieces(r[1])) {
                String s = stripEdges(withoutMarker(piece));
                if (!s.isEmpty()) {
                    out.add(analysed(memo, Kind.PAREN, s));
                }
            }
        }
        return out;
    }

    /** The text cut at ; and 。 (runs of them are one cut; the text itself when it has none). */
    private static String[] pieces(String s) {
        return s.indexOf(';') < 0 && s.indexOf('。') < 0 ? new String[] {s} : CLAUSE_END.split(s);
    }

    private static final Pattern CLAUSE_END = Pattern.compile("[;。]+");

    /** The text without a leading list marker (1. 2、 (3) ④). */
    private static String withoutMarker(String s) {
        if (s.isEmpty()) {
            return s;
        }
        char c = s.charAt(0);
        boolean may = c >= '0' && c <= '9' || c == '(' || c >= '①' && c <= '⑳';
        return may ? MARKER.matcher(s).replaceFirst("") : s;
    }

    /** The text without , 、 : ; at either end. */
    private static String stripEdges(String s) {
        int b = 0;
        int e = s.length();
        while (b < e && ",、:;".indexOf(s.charAt(b)) >= 0) {
            b++;
        }
        while (e > b && ",、:;".indexOf(s.charAt(e - 1)) >= 0) {
            e--;
        }
        return s.substring(b, e);
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /** The matcher after its first find, or null when the pattern is not found. */
    private static Matcher found(Pattern p, String s) {
        Matcher m = p.matcher(s);
        return m.find() ? m : null;
    }

    private static boolean has(String s, char c) {
        return s.indexOf(c) >= 0;
    }

    /** The recurrence of "n times per period", or null when it is no standard one. */
    private static Recurrence frequency(String period, int times) {
        int perYear = period.startsWith("年") ? times : period.equals("半年") ? 2 * times : period.startsWith("季") ? 4 * times : 12 * times;
        switch (perYear) {
            case 1: return Recurrence.YEARLY;
            case 2: return Recurrence.SEMIANNUAL;
            case 4: return Recurrence.QUARTERLY;
            case 12: return Recurrence.MONTHLY;
            default: return null;
        }
    }

    private static boolean hasSignal(String folded) {
        String s = ChineseText.numeralsToDigits(folded);
        return (has(s, '另') || has(s, '从')) && PROVISO.matcher(s).find() || hasDigit(s) && WITHIN.matcher(s).find()
                || has(s, '月') && P_MONTHLY.matcher(s).find() || has(s, '季') && P_QUARTERLY.matcher(s).find()
                || has(s, '年') && P_YEARLY.matcher(s).find() || (has(s, '日') || has(s, '天')) && P_DAILY.matcher(s).find();
    }

    /** A clause structured, or remembered from an earlier cell. */
    private static Clause analysed(java.util.Map<String, Clause> memo, Kind kind, String s) {
        if (memo == null) {
            return analyse(kind, s);
        }
        String key = kind == Kind.NORMAL ? s : "\u0000" + s;
        Clause c = memo.get(key);
        if (c == null) {
            c = analyse(kind, s);
            if (memo.size() < MEMO_CLAUSES) {
                memo.put(key, c);
            }
        }
        return c;
    }

    private static Clause analyse(Kind kind, String s) {
        String when = null;
        String body = s;
        int colon = s.indexOf(':');
        if (colon > 0 && colon < s.length() - 1) {
            String head = s.substring(0, colon);
            String h = ChineseText.numeralsToDigits(head);
            if (!hasDigit(h) || !WITHIN.matcher(h).find()) {
                when = head;
                body = s.substring(colon + 1);
            }
        }
        if (when != null && DURATION_HEAD.matcher(when).find()) { // (rare: a clause with a head)
            // 公开时长:长期, 保留期限:5年 after the deadline: how long it stays public, not a condition
            Duration d = Duration.parse(body);
            if (!(d instanceof Duration.Unparsed)) {
                return new Clause(kind, null, body, null, d, false);
            }
        }
        // durations first, so that 公示7个工作日 is not read as a deadline
        Duration duration = null;
        String r = ChineseText.numeralsToDigits(body);
        boolean digits = hasDigit(r); // each duration with an amount has digits
        Matcher m = digits ? found(DUR_FIXED, r) : null;
        if (m != null) {
            duration = new Duration.Fixed(amount(m.group(4), m.group(6)), unit(m.group(6), m.group(5) != null), null);
            r = r.substring(0, m.start()) + " " + r.substring(m.end());
        } else if (digits && (m = found(DUR_PUBLISHED, r)) != null) {
            duration = new Duration.Fixed(amount(m.group(1), m.group(3)), unit(m.group(3), m.group(2) != null), null);
            r = "";
        } else if (digits && (has(r, '满')) && (m = found(DUR_EXPIRES, r)) != null) {
            duration = new Duration.Fixed(amount(m.group(1), m.group(3)), unit(m.group(3), m.group(2) != null), null);
            r = ""; // the clause says how long it stays shown, nothing of when
        } else if (digits && (m = found(DUR_MINIMUM, r)) != null) {
            // 自公示之日起不少于5个工作日: how long it stays published, not when
            duration = new Duration.Fixed(amount(m.group(1), m.group(3)), unit(m.group(3), m.group(2) != null), null);
            r = r.substring(0, m.start()) + " " + r.substring(m.end());
        }
        boolean latest = (has(r, '最') || has(r, '动')) && DUR_LATEST.matcher(r).find();
        m = (has(r, '长') || has(r, '永') || has(r, '常')) ? found(DUR_LONG, r) : null;
        if (m != null) {
            duration = latest ? new Duration.LatestValid(null) : new Duration.Permanent(null);
            r = r.substring(0, m.start()) + " " + r.substring(m.end());
        } else if (latest && duration == null) {
            duration = new Duration.LatestValid(null);
        }
        m = duration == null && has(r, '任') ? found(DUR_TENURE, r) : null;
        if (m != null) {
            duration = new Duration.Tenure(null);
            r = r.substring(0, m.start()) + " " + r.substring(m.end());
        }
        Deadline d = structure(r, body);
        boolean provisoWords = (has(body, '另') || has(body, '从')) && PROVISO.matcher(body).find();
        boolean proviso = d == null && provisoWords;
        if (proviso && when == null && kind == Kind.NORMAL) {
            return new Clause(kind, null, s, null, null, true);
        }
        if (kind == Kind.PAREN && provisoWords && d == null) {
            return new Clause(kind, null, s, null, null, true);
        }
        return new Clause(kind, when, body, d, duration, false);
    }

    /**
     * The structured deadline of one clause, or null (unparsed). A number too large for its field (99999999999个工作日)
     * leaves the clause unparsed rather than ending the reading of the sheet or the document.
     */
    private static Deadline structure(String r, String body) {
        try {
            return structureNumbers(r, body);
        } catch (NumberFormatException tooLarge) {
            return null;
        }
    }

    private static Deadline structureNumbers(String r, String body) {
        // each pattern is tried only when the text holds a character it needs (月, 年, 后, a digit …)
        boolean after = has(r, '后');
        if (after) {
            r = BARE_PERIOD_AFTER.matcher(r).replaceFirst("每$1结束后"); // 季后15日内: after each quarter
        }
        boolean month = has(r, '月');
        boolean year = has(r, '年');
        boolean digits = hasDigit(r);
        Matcher m = year && month && digits ? found(ONE_OFF_DAY, r) : null;
        if (m != null) {
            if (!validDay(m.group(2), m.group(3))) {
                return null;
            }
            return new Deadline.ByDate(null, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), false, body, List.of(),
                    Integer.parseInt(m.group(1)));
        }
        m = year && month && digits ? found(ONE_OFF_MONTH_END, r) : null;
        if (m != null) {
            if (!validDay(m.group(2), null)) {
                return null;
            }
            return new Deadline.ByDate(null, Integer.parseInt(m.group(2)), null, true, body, List.of(), Integer.parseInt(m.group(1)));
        }
        m = month ? found(BY_MONTH_END, r) : null;
        if (m != null) {
            return new Deadline.ByDate(Recurrence.MONTHLY, null, null, true, body, List.of());
        }
        m = month && digits ? found(BY_MONTH_DAY, r) : null;
        if (m != null) {
            if (!validDay(null, m.group(1))) {
                return null; // 每月32日: no such day
            }
            return new Deadline.ByDate(Recurrence.MONTHLY, null, Integer.parseInt(m.group(1)), false, body, List.of());
        }
        m = month && digits ? found(BY_YEAR_END, r) : null;
        if (m != null && validDay(m.group(1), null)) {
            return new Deadline.ByDate(Recurrence.YEARLY, Integer.parseInt(m.group(1)), null, true, body, List.of());
        }
        if (year && YEAR_END.matcher(r).find()) {
            return new Deadline.ByDate(Recurrence.YEARLY, 12, null, true, body, List.of());
        }
        m = month && digits ? found(BY_YEAR_DAY, r) : null;
        if (m == null && month && digits) {
            m = found(BY_YEAR_DAY_EVERY, r);
        }
        if (m != null) {
            if (!validDay(m.group(1), m.group(2))) {
                return null; // 13月1日, 5月32日: no such month or day; left as written, never read as another date or period
            }
            return new Deadline.ByDate(Recurrence.YEARLY, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    false, body, List.of());
        }
        boolean everyYear = year && r.contains("每年");
        m = everyYear ? found(BY_YEAR_QUARTER, r) : null; // 每年第一季度: once a year, by the end of that quarter
        if (m != null) {
            int quarter = Math.max("1234".indexOf(m.group(1)), "一二三四".indexOf(m.group(1))) + 1;
            return new Deadline.ByDate(Recurrence.YEARLY, 3 * quarter, null, true, body, List.of());
        }
        m = everyYear && month ? found(BY_YEAR_MONTH, r) : null; // 每年6月: once a year, within that month
        if (m != null && validDay(m.group(1), null)) {
            return new Deadline.ByDate(Recurrence.YEARLY, Integer.parseInt(m.group(1)), null, true, body, List.of());
        }
        m = month && digits ? found(PERIOD_FIRST_MONTH, r) : null;
        if (m != null) {
            return new Deadline.Periodic(recurrence(m.group(1)), Integer.parseInt(m.group(2)), TimeUnit.CALENDAR_DAY,
                    body, List.of());
        }
        m = after && digits ? found(PERIOD_AFTER, r) : null;
        if (m != null) {
            return new Deadline.Periodic(recurrence(m.group(1)), amount(m.group(2), m.group(4)),
                    unit(m.group(4), m.group(3) != null), body, List.of());
        }
        m = digits ? found(EVERY_N, r) : null;
        if (m != null) {
            // 每3个月 is quarterly; 每两个月, 每10天 have no recurrence in the vocabulary: left unparsed, not read as a
            // time limit counted from an event called 每
            int n = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(3));
            String per = m.group(2) != null ? m.group(2) : m.group(4);
            Recurrence every = switch (per) {
                case "月" -> n == 1 ? Recurrence.MONTHLY : n == 3 ? Recurrence.QUARTERLY : n == 6 ? Recurrence.SEMIANNUAL
                        : n == 12 ? Recurrence.YEARLY : null;
                case "年" -> n == 1 ? Recurrence.YEARLY : null;
                case "天", "日" -> n == 1 ? Recurrence.DAILY : null;
                default -> null;
            };
            return every == null ? null : new Deadline.Periodic(every, null, null, body, List.of());
        }
        m = digits && has(r, '次') ? found(FREQUENCY, r) : null; // 一年两次, 每年4次, 每季度一次: a frequency, not a time limit of one year
        if (m != null) {
            Recurrence f = frequency(m.group(1), Integer.parseInt(m.group(2)));
            if (f != null) {
                return new Deadline.Periodic(f, null, null, body, List.of());
            }
        }
        m = digits ? WITHIN.matcher(r) : null;
        boolean within = m != null && m.find();
        while (within && isCalendarYear(m)) { // 2023年起每年公开: a year, not a period of 2023 years
            within = m.find();
        }
        if (within) {
            String prefix = r.substring(0, m.start());
            Trigger trigger = trigger(prefix);
            String triggerText = trigger == Trigger.EVENT ? triggerText(prefix) : null;
            if (trigger == Trigger.EVENT && (triggerText.isEmpty() || NOT_AN_EVENT.matcher(triggerText).matches())) {
                // 公开20个工作日内, 应当在20个工作日内: the verb, not an event; the statutory trigger is meant
                trigger = Trigger.FORMED_OR_CHANGED;
                triggerText = null;
            }
            return new Deadline.Within(trigger, triggerText, amount(m.group(1), m.group(3)),
                    unit(m.group(3), m.group(2) != null), body, List.of());
        }
        if ((has(r, '半') || has(r, '学')) && P_SEMIANNUAL.matcher(r).find()) {
            return new Deadline.Periodic(Recurrence.SEMIANNUAL, null, null, body, List.of());
        }
        if (has(r, '季') && P_QUARTERLY.matcher(r).find()) {
            return new Deadline.Periodic(Recurrence.QUARTERLY, null, null, body, List.of());
        }
        if (month && P_MONTHLY.matcher(r).find()) {
            return new Deadline.Periodic(Recurrence.MONTHLY, null, null, body, List.of());
        }
        if (year && P_YEARLY.matcher(r).find()) {
            return new Deadline.Periodic(Recurrence.YEARLY, null, null, body, List.of());
        }
        if ((has(r, '日') || has(r, '天')) && P_DAILY.matcher(r).find()) {
            return new Deadline.Periodic(Recurrence.DAILY, null, null, body, List.of());
        }
        if ((has(r, '时') || has(r, '即')) && IMMEDIATE.matcher(r).find()) {
            return new Deadline.Immediate(body, List.of());
        }
        if (has(r, '同') && SIMULTANEOUS.matcher(r).find()) {
            return new Deadline.Immediate(body, List.of());
        }
        if ((has(r, '时') || has(r, '尽')) && PROMPT.matcher(r).find()) {
            return new Deadline.Prompt(body, List.of());
        }
        return null;
    }

    private static boolean isCalendarYear(Matcher within) {
        return within.group(1).length() == 4 && within.group(3).startsWith("年") && within.group(2) == null;
    }

    /**
     * Whether a month and day can be held: 1–12 and 1–31. A day its month lacks (2月30日) is held as written, so that
     * validation can name it (DL-006) and no due date is made up for it.
     */
    private static boolean validDay(String month, String day) {
        int mo = month == null ? 1 : Integer.parseInt(month);
        int d = day == null ? 1 : Integer.parseInt(day);
        return mo >= 1 && mo <= 12 && d >= 1 && d <= 31;
    }

    private static int amount(String digits, String unit) {
        int n = Integer.parseInt(digits);
        return "周".equals(unit) ? n * 7 : n;
    }

    private static Recurrence recurrence(String p) {
        switch (p) {
            case "季度": case "季": return Recurrence.QUARTERLY;
            case "半年": return Recurrence.SEMIANNUAL;
            case "月": return Recurrence.MONTHLY;
            case "日": case "天": return Recurrence.DAILY;
            default: return Recurrence.YEARLY;
        }
    }

    static TimeUnit unit(String u, boolean counted) {
        switch (u) {
            case "工作日": return TimeUnit.WORKING_DAY;
            case "月": return TimeUnit.MONTH;
            case "年": return TimeUnit.YEAR;
            case "小时": return TimeUnit.HOUR;
            default: return TimeUnit.CALENDAR_DAY; // 日, 天, 周 (as 7 days)
        }
    }

    private static Trigger trigger(String prefix) {
        if (prefix.isEmpty()) {
            return Trigger.FORMED_OR_CHANGED;
        }
        if (T_REQUEST.matcher(prefix).find()) {
            return Trigger.REQUEST_RECEIVED;
        }
        if (T_RESULT.matcher(prefix).find()) {
            return Trigger.RESULT_DETERMINED;
        }
        if (T_DECIDED.matcher(prefix).find()) {
            return Trigger.DECIDED;
        }
        if (T_APPROVED.matcher(prefix).find()) {
            return Trigger.APPROVED;
        }
        if (T_FORMED.matcher(prefix).find()) {
            return Trigger.FORMED_OR_CHANGED;
        }
        return Trigger.EVENT;
    }

    private static String triggerText(String prefix) {
        String s = prefix.strip();
        boolean changed = true;
        while (changed && !s.isEmpty()) {
            changed = false;
            for (String tail : TRIM_TAIL) {
                if (s.endsWith(tail)) {
                    s = s.substring(0, s.length() - tail.length());
                    changed = true;
                }
            }
            for (String head : TRIM_HEAD) {
                if (s.startsWith(head)) {
                    s = s.substring(head.length());
                    changed = true;
                }
            }
        }
        return s;
    }

    /** Structures 公开时长 wording, or {@code null} when it is not one. */
    static Duration parseDuration(String text) {
        String t = text.strip();
        String n = normalize(t);
        if (n.isEmpty()) {
            return null;
        }
        Matcher bare = DUR_BARE.matcher(n);
        if (bare.matches()) {
            return new Duration.Fixed(amount(bare.group(1), bare.group(3)), unit(bare.group(3), bare.group(2) != null), t);
        }
        Matcher m = DUR_FIXED.matcher(n);
        if (m.find()) {
            return new Duration.Fixed(amount(m.group(4), m.group(6)), unit(m.group(6), m.group(5) != null), t);
        }
        if (DUR_LATEST.matcher(n).find()) {
            return new Duration.LatestValid(t);
        }
        if (DUR_LONG.matcher(n).find()) {
            return new Duration.Permanent(t);
        }
        if (DUR_TENURE.matcher(n).find()) {
            return new Duration.Tenure(t);
        }
        return null;
    }
}
