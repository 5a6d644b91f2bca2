package org.gkml.catalog.io.sheet;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.gkml.catalog.model.ChineseText;

/** Cleaning and splitting of cell texts from legacy sheets. Stateless. */
final class CellText {

    private CellText() {
    }

    private static final Pattern OUTLINE_DOTTED = Pattern.compile("^\\s*\\d{1,2}(?:\\s*[.．]\\s*\\d{1,2})+\\s*[.、．]?\\s*(?=\\D)");
    private static final Pattern OUTLINE_SIMPLE = Pattern.compile("^\\s*(?:\\d{1,2}\\s*[.、．]|[(（]\\s*[0-9一二三四五六七八九十]{1,3}\\s*[)）]|[一二三四五六七八九十]{1,3}\\s*[、.．]|[①-⑳]|[★☆●○◆◇▲△※•·*]+)\\s*(?=\\D)");
    private static final Pattern TICK = Pattern.compile("^[√✓✔☑■●▲★◆✅vVyY是有※]+$");
    private static final Pattern ORG_SUFFIX = Pattern.compile(
            "(局|委|办|府|政府|部门|中心|院|所|站|处|科|室|组|会|队|司|厅|镇|乡|街道|办事处|单位|学校|村|社区|部|署|馆|公司|机构|分局|人民政府|管委会)(\\)|）)?$");

    static boolean isCjk(int c) {
        Character.UnicodeScript s = Character.UnicodeScript.of(c);
        return s == Character.UnicodeScript.HAN || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef);
    }

    /**
     * Layout spaces removed: white space between two CJK characters (line-wrap and PDF debris such as
     * "乡镇人民 政府") goes; other runs of white space become one space; ends stripped.
     */
    static String clean(String s) {
        if (s == null) {
            return "";
        }
        String c = ChineseText.collapseSpaces(s);
        if (c.indexOf(' ') < 0) {
            return c;
        }
        StringBuilder b = new StringBuilder(c.length());
        for (int i = 0; i < c.length(); i++) {
            char ch = c.charAt(i);
            if (ch == ' ' && i > 0 && i + 1 < c.length() && isCjk(c.charAt(i - 1)) && isCjk(c.charAt(i + 1))) {
                continue;
            }
            b.append(ch);
        }
        return b.toString();
    }

    /** An item name: layout spaces, outline numbering ("1.1", "1.", "(一)", "三.") and bullets (★, ●) removed. */
    static String itemName(String s) {
        String c = clean(s);
        if (c.isEmpty() || !mayStartOutline(c.charAt(0))) {
            return c;
        }
        String prev;
        do {
            prev = c;
            c = OUTLINE_DOTTED.matcher(c).replaceFirst("");
            c = OUTLINE_SIMPLE.matcher(c).replaceFirst("");
            c = c.strip();
        } while (!c.equals(prev));
        return clean(c);
    }

    /** Whether an outline number ({@link #OUTLINE_DOTTED}, {@link #OUTLINE_SIMPLE}) can start with this character. */
    private static boolean mayStartOutline(char c) {
        return c >= '0' && c <= '9' || c == '(' || c == '（' || "一二三四五六七八九十★☆●○◆◇▲△※•·*".indexOf(c) >= 0 || c >= '①' && c <= '⑳';
    }

    static boolean isTick(String s) {
        return TICK.matcher(ChineseText.fold(s)).matches();
    }

    static boolean looksLikeOrganization(String s) {
        String c = ChineseText.fold(s);
        return c.length() >= 2 && c.length() <= 40 && ORG_SUFFIX.matcher(c).find();
    }

    /** Splits on separators that are not inside brackets. */
    static List<String> splitOutside(String s, String separators) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ("(（《〈<[【".indexOf(c) >= 0) {
                depth++;
            } else if (")）》〉>]】".indexOf(c) >= 0 && depth > 0) {
                depth--;
            }
            if (depth == 0 && separators.indexOf(c) >= 0) {
                add(out, cur);
            } else {
                cur.append(c);
            }
        }
        add(out, cur);
        return out;
    }

    private static void add(List<String> out, StringBuilder cur) {
        String t = cur.toString().strip();
        if (!t.isEmpty()) {
            out.add(t);
        }
        cur.setLength(0);
    }

    private static final Pattern LIST_MARK = Pattern.compile(
            "(?:^|(?<=[\\s;；。,，]))(?:\\d{1,2}[.、．](?!\\d)|[(（]\\d{1,2}[)）])|[●○〇◆◇•·▪①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳]");

    /** Whether the cell can be a list: a digit, an item mark ("1.", "(1)", ●, ①) or a semicolon somewhere. */
    private static boolean mayHoldListMarks(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9' || c >= '①' && c <= '⑳' || "●○〇◆◇•·▪;；".indexOf(c) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The items of a cell that is a list (●, ①, "1.", ";"), or an empty list when it is plain text. */
    static List<String> listItems(String s) {
        if (!mayHoldListMarks(s)) {
            return List.of();
        }
        String t = s.strip();
        List<String> parts = new ArrayList<>();
        java.util.regex.Matcher m = LIST_MARK.matcher(t);
        List<Integer> starts = new ArrayList<>();
        while (m.find()) {
            starts.add(m.start());
        }
        if (starts.size() >= 2 || (starts.size() == 1 && starts.get(0) == 0 && t.contains(";"))) {
            if (starts.get(0) > 0 && !t.substring(0, starts.get(0)).isBlank()) {
                parts.add(t.substring(0, starts.get(0)));
            }
            for (int i = 0; i < starts.size(); i++) {
                int end = i + 1 < starts.size() ? starts.get(i + 1) : t.length();
                parts.add(t.substring(starts.get(i), end));
            }
        } else {
            List<String> semi = splitOutside(t, ";；");
            if (semi.size() >= 2) {
                parts.addAll(semi);
            }
        }
        List<String> out = new ArrayList<>();
        for (String p : parts) {
            String c = stripTrailing(LIST_MARK.matcher(p.strip()).replaceFirst(""), 0, -1, ";；,，、。");
            if (!c.isEmpty()) {
                out.add(clean(c));
            }
        }
        return out.size() >= 2 ? out : List.of();
    }

    /**
     * {@code s.substring(from, to)} stripped of white space, then of a run of the given punctuation at its end, then of
     * the white space before that run (what {@code strip().replaceAll("[punct]+$", "").strip()} gives, without a
     * regex); {@code to} -1 for the end of {@code s}.
     */
    static String stripTrailing(String s, int from, int to, String punct) {
        int b = from;
        int e = to < 0 ? s.length() : to;
        while (b < e && Character.isWhitespace(s.charAt(b))) {
            b++;
        }
        while (e > b && Character.isWhitespace(s.charAt(e - 1))) {
            e--;
        }
        while (e > b && punct.indexOf(s.charAt(e - 1)) >= 0) {
            e--;
        }
        while (e > b && Character.isWhitespace(s.charAt(e - 1))) {
            e--;
        }
        return s.substring(b, e);
    }

    /**
     * {@link Character#isWhitespace(char)} (the ideographic space included, no-break spaces not, as
     * {@link String#isBlank()} has it), asked of the table only for the characters that can be: all lie at or below
     * U+0020 or between U+1680 and U+3000, so CJK text is answered by two comparisons.
     */
    static boolean isSpace(char c) {
        if (c <= ' ') {
            return Character.isWhitespace(c);
        }
        // the spaces above U+0020 are U+1680, U+2000 to U+205F (some) and U+3000: not ■ □ √ (U+2200 to U+27FF)
        return c >= '\u1680' && (c == '\u3000' || c <= '\u205F' && Character.isWhitespace(c));
    }
}
