package org.gkml.catalog.model;

import java.text.Normalizer;

/**
 * Text folding for matching the wordings of real sheets: full/half width, stray spaces and line breaks,
 * traditional characters, Chinese numerals. Folding is only for matching; values keep the publisher's wording.
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class ChineseText {

    /** Traditional → simplified for the BMP: 0 where a character has no mapping (a flat table: no boxing). */
    private static final char[] T2S = new char[Character.MAX_VALUE + 1];

    static {
        // t2s.txt (one pair a line), made into a class at build time: reading and decoding the file from the jar took
        // a first answer some 2 ms
        String pairs = T2sTable.PAIRS;
        for (int i = 0; i + 1 < pairs.length(); i += 2) {
            T2S[pairs.charAt(i)] = pairs.charAt(i + 1);
        }
    }

    private ChineseText() {
    }

    /** Traditional characters replaced by simplified ones (one-to-one; other characters unchanged). */
    public static String toSimplified(String s) {
        char[] out = null;
        for (int i = 0; i < s.length(); i++) {
            char t = T2S[s.charAt(i)];
            if (t != 0) {
                if (out == null) {
                    out = s.toCharArray();
                }
                out[i] = t;
            }
        }
        return out == null ? s : new String(out);
    }

    /** Whether a code point is white space of any kind, including ideographic and no-break spaces. */
    public static boolean isSpace(int c) {
        if (c < 0x80) {
            return c == ' ' || (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x1f);
        }
        if (c < 0xa0 || c > 0xa0 && c < 0x1680 || c > 0x3000 && c != 0xfeff) {
            return false; // no space lies there: CJK text, full-width punctuation, most of Latin (tested over all)
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200b' || c == '\ufeff';
    }

    /** All white space (incl. ideographic space, NBSP, zero-width space, line breaks) removed. */
    public static String removeSpaces(String s) {
        int first = firstSpace(s, false);
        if (first < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        b.append(s, 0, first);
        for (int i = first; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (!isSpace(c)) {
                b.appendCodePoint(c);
            }
        }
        return b.toString();
    }

    /**
     * The index of the first white space character, or -1 if there is none; with {@code collapse}, only spaces
     * that {@link #collapseSpaces} would change (leading, trailing, not a single ASCII space, or doubled) count.
     */
    private static int firstSpace(String s, boolean collapse) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isSurrogate(c) ? isSpace(s.codePointAt(i)) : isSpace(c)) {
                if (!collapse || c != ' ' || i == 0 || i == s.length() - 1 || isSpace(s.codePointAt(i + 1))) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** Runs of white space collapsed to one ASCII space, ends stripped. */
    public static String collapseSpaces(String s) {
        if (firstSpace(s, true) < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (isSpace(c)) {
                space = true;
            } else {
                if (space && b.length() > 0) {
                    b.append(' ');
                }
                space = false;
                b.appendCodePoint(c);
            }
        }
        return b.toString();
    }

    /**
     * The matching key of a label: NFKC (full width to half width), traditional to simplified, all spaces
     * removed. {@code null} stays {@code null}.
     */
    public static String fold(String s) {
        if (s == null) {
            return null;
        }
        if (nfkcStable(s)) {
            return removeSpaces(toSimplified(s));
        }
        String n = nfkcByTable(s);
        if (n == null) {
            // NFKC, and without emoji/text variation selectors and zero-width characters (✔️ is ✔)
            n = Invisible.PATTERN.matcher(Normalizer.normalize(s, Normalizer.Form.NFKC)).replaceAll("");
        }
        return removeSpaces(toSimplified(n));
    }

    /** Compiled when first needed: a regular expression's compilation links lambdas, slow in a first answer. */
    private static final class Invisible {
        static final java.util.regex.Pattern PATTERN = java.util.regex.Pattern.compile("[\\uFE0E\\uFE0F\\u200B-\\u200D\\u2060\\uFEFF]");
    }

    /**
     * NFKC of the commonest text that is not plain ideographs and ASCII, without the normaliser (whose data a first
     * answer would wait some 3 ms to load): every character one that NFKC maps alone and in any context, as the table
     * here says — full-width ASCII (U+FF01–FF5E) to ASCII, the ideographic and no-break spaces to a space, the CJK and
     * general punctuation NFKC leaves alone (、。《》〔〕“”—…), none of them a combining mark. Null when any other
     * character occurs. {@code NfkcTableTest} compares this with {@link Normalizer} for every character.
     */
    static String nfkcByTable(String s) {
        char[] out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char m;
            if (c < 0x80 || c >= 0x4e00 && c <= 0x9fff || unchangedPunctuation(c)) {
                continue;
            } else if (c >= 0xff01 && c <= 0xff5e) {
                m = (char) (c - 0xfee0);
            } else if (c == 0x3000 || c == 0xa0) {
                m = ' ';
            } else {
                return null;
            }
            if (out == null) {
                out = s.toCharArray();
            }
            out[i] = m;
        }
        return out == null ? s : new String(out);
    }

    /** Punctuation NFKC leaves as it is in any context: U+3001–3029, 3030–3035, U+2010, 2012–2016, 2018–2022, 2030, 203B, ·, ×, ÷. */
    private static boolean unchangedPunctuation(char c) {
        return c >= 0x3001 && c <= 0x3029 || c >= 0x3030 && c <= 0x3035 || c == 0x2010 || c >= 0x2012 && c <= 0x2016 || c >= 0x2018 && c <= 0x2022
                || c == 0x2030 || c == 0x203b || c == 0xb7 || c == 0xd7 || c == 0xf7;
    }

    /** Whether NFKC certainly leaves {@code s} unchanged: ASCII and CJK unified ideographs only (the common case). */
    private static boolean nfkcStable(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80 && (c < 0x4e00 || c > 0x9fff)) {
                return false;
            }
        }
        return true;
    }

    private static int digit(char c) {
        switch (c) {
            case '零': case '〇': return 0;
            case '一': case '壹': return 1;
            case '二': case '两': case '贰': return 2;
            case '三': case '叁': return 3;
            case '四': case '肆': return 4;
            case '五': case '伍': return 5;
            case '六': case '陆': return 6;
            case '七': case '柒': return 7;
            case '八': case '捌': return 8;
            case '九': case '玖': return 9;
            default: return -1;
        }
    }

    private static int unit(char c) {
        switch (c) {
            case '十': case '拾': return 10;
            case '百': case '佰': return 100;
            case '千': case '仟': return 1000;
            default: return -1;
        }
    }

    /**
     * The value of a Chinese numeral (二十 = 20, 十五 = 15, 一百零五 = 105, 二〇 = 20), or -1 if {@code s} is not one.
     */
    public static int parseNumeral(String s) {
        if (s.isEmpty()) {
            return -1;
        }
        boolean hasUnit = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (unit(c) > 0) {
                hasUnit = true;
            } else if (digit(c) < 0) {
                return -1;
            }
        }
        if (!hasUnit) { // digit by digit, e.g. 二〇
            int v = 0;
            for (int i = 0; i < s.length(); i++) {
                v = v * 10 + digit(s.charAt(i));
            }
            return v;
        }
        int total = 0;
        int current = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int d = digit(c);
            if (d >= 0) {
                current = d;
            } else {
                int u = unit(c);
                total += (current < 0 ? 1 : current) * u;
                current = -1;
            }
        }
        if (current > 0) {
            total += current;
        }
        return total;
    }

    /**
     * Chinese numerals that count something (followed by 个, 日, 天, 工作日, 月, 年, 小时, 次, 周, 号, 季) replaced by
     * ASCII digits: 二十个工作日 → 20个工作日, 每年一月三十一日 → 每年1月31日.
     */
    public static String numeralsToDigits(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (digit(c) >= 0 || unit(c) > 0) {
                int j = i;
                while (j < s.length() && (digit(s.charAt(j)) >= 0 || unit(s.charAt(j)) > 0)) {
                    j++;
                }
                String run = s.substring(i, j);
                char next = j < s.length() ? s.charAt(j) : 0;
                boolean counts = "个日天工月年小次周号".indexOf(next) >= 0 && next != 0;
                // 一级, 一律, 统一 … are not numbers; a counted numeral is followed by a unit
                if (counts && !(run.equals("一") && j + 1 < s.length() && next == '年' && s.charAt(j + 1) == '度')) {
                    out.append(parseNumeral(run));
                } else {
                    out.append(run);
                }
                i = j;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
