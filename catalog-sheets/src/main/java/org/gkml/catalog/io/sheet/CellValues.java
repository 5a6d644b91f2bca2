package org.gkml.catalog.io.sheet;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gkml.catalog.model.AudienceScope;
import org.gkml.catalog.model.ChineseText;
import org.gkml.catalog.model.Level;
import org.gkml.catalog.model.Method;
import org.gkml.catalog.model.Organization;
import org.gkml.catalog.model.Vocabulary;

/**
 * What one cell's text says, independent of its table: none markers, bodies, responsibility parts, audiences, methods and levels written as text, the unit a header gives bare numbers. Stateless.
 */
final class CellValues {

    private CellValues() {
    }

    static final Pattern SAME = Pattern.compile("^(同上|同前|同上栏|同上一栏)$");
    /** 和/及/与 right after a body's name (县教育局和乡镇中心学校), never inside one (住房和城乡建设部门). */
    static final Pattern BODIES_JOINED = Pattern.compile("(?<=[局委办府院所站中心校])(?:和|及|与)(?=.)");

    static final Pattern NONE = Pattern.compile("^(?:无|暂无|没有|空|不涉及|无此项|/+|-+|—+|–+|——/——|\\\\)$");
    /** Whether a cell says there is none (无, /, —, 暂无, 不涉及); cheap for the cells that cannot. */
    static boolean saysNone(String v) {
        return v.length() <= 8 && mayBeNone(v) && NONE.matcher(ChineseText.fold(v)).matches();
    }

    /** Whether a cell can be a none marker at all: its first visible character starts one. */
    static boolean mayBeNone(String v) {
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (!CellText.isSpace(c)) {
                return "无暂没空不/-—–\\／－".indexOf(c) >= 0;
            }
        }
        return false;
    }

    static final Pattern PEOPLE = Pattern.compile("对象|村民|居民|学生|家长|企业|申请人|当事人|人员|职工|家庭|本人|群众|住户|农户|患者|老人|儿童|残疾人|单位|信访人|举报人|投诉人|权利人|利害关系人|相关人|办事人|经营者|商户|纳税人|参保人");


    /** The bodies a 公开主体 cell names. */
    static List<Organization> subjectsOf(String cell) {
        List<Organization> subjects = new ArrayList<>();
        for (String s : subjectPieces(cell)) {
            // 县民政局/乡镇人民政府, 县教育局和乡镇中心学校: several bodies when every part names one
            List<String> parts = s.indexOf('/') < 0 && s.indexOf('／') < 0 ? List.of(s) : CellText.splitOutside(s, "/／");
            if (parts.size() < 2 && (s.indexOf('和') >= 0 || s.indexOf('及') >= 0 || s.indexOf('与') >= 0)) {
                parts = List.of(BODIES_JOINED.split(s));
            }
            if (parts.size() > 1 && parts.stream().allMatch(CellText::looksLikeOrganization)) {
                parts.forEach(x -> subjects.add(Organization.named(x.strip())));
            } else {
                subjects.add(Organization.named(s));
            }
        }
        return List.copyOf(subjects);
    }

    /**
     * The bodies a 公开主体 cell lists: separated by 、 ; or lines, and by commas or spaces where every part names a
     * body (县财政局，各乡镇人民政府; 县农业农村局 县财政局), each cleaned.
     */
    static List<String> subjectPieces(String cell) {
        List<String> out = new ArrayList<>();
        for (String piece : CellText.splitOutside(joinPlaceLines(cell), "、;；\n")) {
            List<String> bodies = CellText.splitOutside(piece, "，,");
            if (bodies.size() < 2 || !bodies.stream().allMatch(CellText::looksLikeOrganization)) {
                bodies = List.of(piece.strip().split("\\s+"));
                if (bodies.size() < 2 || !bodies.stream().allMatch(CellText::looksLikeOrganization)) {
                    bodies = List.of(piece);
                }
            }
            for (String b : bodies) {
                String c = CellText.clean(b);
                if (!c.isEmpty()) {
                    out.add(c);
                }
            }
        }
        return List.copyOf(out); // cached per cell text: shared, never changed
    }

    private static final Pattern PLACE_ONLY = Pattern.compile("^[\\p{IsHan}]{2,12}(?:省|市|县|区|旗|镇|乡|街道|村)$");
    private static final Pattern UNIT_LINE = Pattern.compile("^[\\p{IsHan}]{1,12}(?:中队|大队|支队|所|站|办|办公室|科|股|室|局|中心|队|组)$");

    /**
     * A place alone on a line followed by a unit of it on the next (石湖荡镇 / 城管中队, a PDF's line wrap): one body,
     * the lines joined; two bodies each named in full (乡镇人民政府 / 行政村村民委员会) stay on their lines.
     */
    static String joinPlaceLines(String cell) {
        if (cell.indexOf('\n') < 0) {
            return cell;
        }
        String[] lines = cell.split("\n");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            out.append(line);
            if (i + 1 < lines.length) {
                boolean join = PLACE_ONLY.matcher(line).matches() && UNIT_LINE.matcher(lines[i + 1].strip()).matches()
                        && !PLACE_ONLY.matcher(lines[i + 1].strip()).matches();
                out.append(join ? "" : "\n");
            }
        }
        return out.toString();
    }

    static final Pattern PHONE = Pattern.compile("(?<!\\d)(?:0\\d{2,3}[-－—]?\\d{7,8}|1[3-9]\\d{9}|\\d{7,8})(?!\\d)");
    static final Pattern PERSON_LABEL = Pattern.compile("(?:联系人|负责人|责任人)\\s*[:：]?\\s*([\\u4e00-\\u9fa5·]{2,4})");
    static final Pattern CONTACT_LABEL = Pattern.compile("(?:联系)?(?:电话|手机|座机)\\s*[:：]?");

    /**
     * A 责任单位 cell as unit, person and telephone: 预算股 张三 0635-1234567 and 办公室（联系人：李四，电话：13800000000）
     * name all three; a cell naming only a unit stays whole. Person and telephone are null when not named.
     */
    static String[] responsibilityParts(String cell) {
        String text = cell.strip();
        Matcher phone = PHONE.matcher(text);
        String contact = null;
        if (phone.find()) {
            contact = phone.group();
            text = text.substring(0, phone.start()) + " " + text.substring(phone.end());
        }
        String person = null;
        Matcher p = PERSON_LABEL.matcher(text);
        if (p.find()) {
            person = p.group(1);
            text = text.substring(0, p.start()) + " " + text.substring(p.end());
        }
        if (contact == null && person == null) {
            return new String[] {CellText.clean(cell), null, null};
        }
        text = CONTACT_LABEL.matcher(text).replaceAll(" ").replaceAll("[(（\\[【]\\s*[,，;；、]*\\s*[)）\\]】]", " ");
        text = text.replaceAll("[(（]\\s*[,，;；、\\s]*$", " ").replaceAll("[,，;；、:：\\s]+$", "").strip();
        if (person == null) { // 预算股 张三: a short name after the unit
            String[] tokens = text.split("\\s+");
            String last = tokens[tokens.length - 1];
            if (tokens.length >= 2 && last.matches("[\\u4e00-\\u9fa5·]{2,4}") && !CellText.looksLikeOrganization(last)) {
                person = last;
                text = text.substring(0, text.lastIndexOf(last)).strip();
            }
        }
        String unit = CellText.clean(text);
        return new String[] {unit.isEmpty() ? null : unit, person, contact};
    }

    static final Pattern BARE_NUMBER = Pattern.compile("^\\s*(\\d{1,4}|[一二三四五六七八九十百]{1,4})\\s*$");
    static final Pattern HEADER_UNIT = Pattern.compile("[(（]\\s*(?:单位\\s*[:：]?\\s*)?(个?工作日|自然日|日|天|个?月|年|周)\\s*[)）]");

    /** The unit a 公开时限/公开时长 header gives bare numbers (公开时限（工作日）), as the wording to append, or null. */
    static String headerUnit(String header) {
        Matcher m = HEADER_UNIT.matcher(header == null ? "" : header);
        if (!m.find()) {
            return null;
        }
        String u = m.group(1);
        return u.contains("工作日") ? "个工作日" : u.equals("自然日") || u.equals("日") || u.equals("天") ? "日"
                : u.contains("月") ? "个月" : u;
    }

    static Optional<AudienceScope> audienceText(String v) {
        String k = Vocabulary.key(v);
        Optional<AudienceScope> a = Vocabulary.audience(k);
        if (a.isPresent()) {
            return a;
        }
        // everyone wins over a group (社会公众、特定群体 → everyone); 不特定/非特定 is everyone, not a group
        if (k.contains("不特定") || k.contains("非特定") || k.contains("全社会") || k.contains("社会公众") || k.contains("公众")
                || k.contains("向社会")) {
            return Optional.of(AudienceScope.PUBLIC);
        }
        if (k.contains("特定")) {
            return Optional.of(AudienceScope.SPECIFIC_GROUP);
        }
        return Optional.empty();
    }

    static Optional<Method> methodText(String v) {
        String k = Vocabulary.key(v);
        Optional<Method> m = Vocabulary.method(k);
        if (m.isPresent()) {
            return m;
        }
        // both named (主动公开、依申请公开) is proactive, as two ticks are
        if (k.contains("主动") && !k.contains("非主动") && !k.contains("不主动")) {
            return Optional.of(Method.PROACTIVE);
        }
        if (k.contains("依申请")) {
            return Optional.of(Method.ON_REQUEST);
        }
        return Optional.empty();
    }

    static Set<Level> levelsText(String v) {
        Set<Level> whole = Vocabulary.levels(v); // 乡、村级 as a whole borrows 级 for 乡
        if (!whole.isEmpty()) {
            return whole;
        }
        // 县（市、区）, 乡镇（街道）, 村（居）委会: the level before its bracketed variants; 县、乡两级: 县、乡级
        String folded = ChineseText.fold(v);
        String plain = folded.replaceAll("\\([^()]*\\)", "").replaceAll("(委员会|委会)$", "")
                .replaceAll("[两二三四五]级$", "级");
        if (!plain.equals(folded) && !plain.isEmpty()) {
            Set<Level> p = levelsText(plain);
            if (!p.isEmpty()) {
                return p;
            }
        }
        Set<Level> out = EnumSet.noneOf(Level.class);
        for (String part : CellText.splitOutside(ChineseText.fold(v), "、,，;；/\n")) {
            Set<Level> l = Vocabulary.levels(part);
            if (l.isEmpty()) {
                Set<Level> p = HeaderReader.placeLevel(Vocabulary.key(part));
                if (p != null) {
                    l = p;
                }
            }
            out.addAll(l);
        }
        return out.isEmpty() ? runOfLevels(ChineseText.fold(v)) : out;
    }

    /** Level names written together without separators: 县乡村, 省市县, 县乡两级 → each level; empty unless all are. */
    static Set<Level> runOfLevels(String s) {
        String t = s.replaceAll("[两三四五]级$|级", "");
        Set<Level> out = EnumSet.noneOf(Level.class);
        int i = 0;
        while (i < t.length()) {
            Set<Level> l = Set.of();
            for (int n = Math.min(2, t.length() - i); n >= 1 && l.isEmpty(); n--) { // 乡镇, 街道 before 乡, 街
                l = Vocabulary.levels(t.substring(i, i + n));
                if (!l.isEmpty()) {
                    i += n;
                }
            }
            if (l.isEmpty()) {
                return EnumSet.noneOf(Level.class);
            }
            out.addAll(l);
        }
        return out;
    }
}
