package org.gkml.catalog.io.sheet;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gkml.catalog.model.ChineseText;

/**
 * The kinds of rows around and inside a table, told from a grid's cells: titles, the publisher above a title, section rows (一、… （一）…), numbered rows, page marks and 续表, rows numbering the columns, separator rows, footnotes and footers. Not thread-safe (one per grid).
 */
final class RowKinds {

    final Grid grid;

    RowKinds(Grid grid) {
        this.grid = grid;
    }

    static final Pattern ATTACHMENT = Pattern.compile("^\\s*附\\s*件\\s*[0-9０-９一二三四五六七八九十]*\\s*[:：]?\\s*$");
    static final Pattern TITLE_WORDS = Pattern.compile("目录|清单|标准|事项|公开");

    /**
     * The row above the first header that is the catalog's title: the first one naming a catalog (目录, 清单, 标准,
     * 事项, 公开), else the first that is not an attachment label such as 附件1; -1 when there is none.
     */
    int titleRow(int from, int header) {
        int fallback = -1;
        for (int t = from; t < header; t++) {
            String text = rowText(t);
            if (text.isEmpty() || ATTACHMENT.matcher(text).matches()) {
                continue;
            }
            if (TITLE_WORDS.matcher(ChineseText.toSimplified(text)).find()) {
                return t;
            }
            if (fallback < 0) {
                fallback = t;
            }
        }
        return fallback;
    }

    /**
     * The row right above the title (blank rows between) naming only a body (XX县市场监督管理局 over
     * 政府信息主动公开事项目录): the title's first half; -1 when there is none.
     */
    int publisherAbove(int from, int titleRow) {
        for (int t = titleRow - 1; t >= from; t--) {
            String text = rowText(t);
            if (text.isEmpty()) {
                continue;
            }
            String k = ChineseText.toSimplified(text);
            return CellText.looksLikeOrganization(text) && !TITLE_WORDS.matcher(k).find() && !ATTACHMENT.matcher(text).matches()
                    && !k.contains(":") && !k.contains("：") ? t : -1;
        }
        return -1;
    }

    int firstNonBlank(int row) {
        for (int c = 0; c < grid.width(row); c++) {
            if (!grid.blank(row, c)) {
                return c;
            }
        }
        return -1;
    }

    /** Whether two rows hold the same texts, cell by cell (white space around them aside). */
    boolean sameRow(int a, int b) {
        if (!grid.has(b)) {
            return false;
        }
        for (int c = 0; c < Math.max(grid.width(a), grid.width(b)); c++) {
            if (!grid.cell(a, c).strip().equals(grid.cell(b, c).strip())) {
                return false;
            }
        }
        return true;
    }

    String rowText(int row) {
        Set<String> distinct = new LinkedHashSet<>();
        for (int c = 0; c < grid.width(row); c++) {
            if (!grid.blank(row, c)) {
                distinct.add(grid.cell(row, c).strip());
            }
        }
        return String.join(" ", distinct);
    }

    static final Pattern SECTION_MARK = Pattern.compile(
            "^\\s*(?:[一二三四五六七八九十]{1,3}\\s*[、.．]|[(（]\\s*[一二三四五六七八九十]{1,3}\\s*[)）]|第[一二三四五六七八九十]{1,3}(?:部分|类|章|节))");

    /**
     * A section row inside a table (一、机构信息 over the entries of that section): one text only, short, never a
     * numbered row, and either with an outline mark such as 一、 or （一）, or alone in the 序号 column, or repeated
     * across three or more cells (a merged row copied out). A lone text in an item column is not one: that is an item
     * whose other cells were merged. Returns the section's name, or null. Asked only of rows without a number in
     * the 序号 column.
     */
    String section(TableLayout L, int r) {
        if (L.items.isEmpty()) {
            return null;
        }
        String only = null;
        int first = -1;
        int count = 0;
        ColumnSpec seq = L.first(ColumnRole.SEQ);
        boolean outlined = false;
        for (int c = 0; c < grid.width(r); c++) {
            if (!grid.blank(r, c)) {
                String t = grid.cell(r, c).strip();
                if (seq != null && c == seq.index && CN_OUTLINE.matcher(t).matches()) {
                    outlined = true; // 一 | 政务信息 (序号 | 类别): the outline number of a section beside its name
                    continue;
                }
                if (only == null) {
                    only = t;
                    first = c;
                } else if (!only.equals(t)) {
                    return null;
                }
                count++;
            }
        }
        if (only == null || only.length() > 40 || CellValues.SAME.matcher(ChineseText.fold(only)).matches()
                || only.chars().noneMatch(CellText::isCjk)) {
            return null; // 同上 across a row, or dashes: not a section
        }
        boolean aloneInSeq = count == 1 && seq != null && first == seq.index;
        int at = first;
        boolean outlinedItem = outlined && count == 1 && L.items.stream().anyMatch(col -> col.index == at);
        // 财政信息 alone under 一级事项 (序号 blank, every other column blank): a category row over the items below
        boolean topLevelOnly = count == 1 && L.items.size() >= 2 && L.items.get(0).index == at && seqBlank(L, r);
        if (!SECTION_MARK.matcher(only).find() && !aloneInSeq && !outlinedItem && !topLevelOnly && count < 3) {
            return null;
        }
        String name = CellText.itemName(only);
        return name.isEmpty() ? null : name;
    }

    /** A Chinese outline number alone in a cell: 一, 二、, （三）, 第四. */
    static final Pattern CN_OUTLINE = Pattern.compile("^(?:第|[(（])?\\s*[一二三四五六七八九十]{1,3}\\s*[)）、.．]?$");

    static final Pattern OUTLINE_NUMBER = Pattern.compile("^\\s*(?:第|[(（])?\\s*([一二三四五六七八九十]{1,3}|\\d{1,2})");

    /** Whether a section row's outline number is the first of its list (一, （一）, 1) or it has none. */
    static boolean startsOutline(String text) {
        Matcher m = OUTLINE_NUMBER.matcher(text);
        return !m.find() || m.group(1).equals("一") || m.group(1).equals("1");
    }

    /** The outline level of a section row: 1 for 一、 and 第一部分, 2 for （一）, 3 for 1. (and 1 when unmarked). */
    static int sectionLevel(String text) {
        String t = text.strip();
        if (t.matches("^[(（]\\s*[一二三四五六七八九十]{1,3}\\s*[)）].*")) {
            return 2;
        }
        if (t.matches("^\\d{1,2}\\s*[、.．].*")) {
            return 3;
        }
        return 1;
    }

    /** Whether the row carries a number in the 序号 column: a data row, never a repeated header. */
    boolean numberedRow(TableLayout L, int r) {
        ColumnSpec seq = L.first(ColumnRole.SEQ);
        if (seq == null) {
            return false;
        }
        String v = grid.cell(r, seq.index).strip();
        boolean digit = false;
        for (int i = 0; i < v.length(); i++) {
            char ch = v.charAt(i);
            if (ch >= '0' && ch <= '9') {
                digit = true;
            } else if (ch != '.' && !(digit && "-、．".indexOf(ch) >= 0) && !((i == 0 || i == v.length() - 1) && "(（)）".indexOf(ch) >= 0)) {
                return false; // 12, 1.1, 1-2, 3、, (4), （5）: a number; 一, 第一部分: an outline
            }
        }
        return digit;
    }

    static final Pattern PAGE_MARK = Pattern.compile(
            "^\\s*(?:[(（]?(?:续表|续上表|接上表|接上页|续上页|续)[\\d一二三四五六七八九十]*[)）]?|第\\s*\\d+\\s*页\\s*[,，/、]?\\s*(?:共\\s*\\d+\\s*页)?|共\\s*\\d+\\s*页\\s*[,，/、]?\\s*第\\s*\\d+\\s*页|[-—–]\\s*\\d+\\s*[-—–]|\\d+\\s*/\\s*\\d+\\s*页?|Page\\s*\\d+(?:\\s*of\\s*\\d+)?)\\s*$");

    /** The one text a row holds (in one cell or repeated across a merged region), or {@code null}. */
    String singleText(int r) {
        String only = null;
        for (int c = 0; c < grid.width(r); c++) {
            if (!grid.blank(r, c)) {
                String t = grid.cell(r, c).strip();
                if (only == null) {
                    only = t;
                } else if (!only.equals(t)) {
                    return null;
                }
            }
        }
        return only;
    }

    /** Whether a row numbers the columns: 1, 2, 3 … (or （1）, （2） …) across at least three cells, nothing else. */
    boolean columnNumbers(int r) {
        int expected = -1;
        int count = 0;
        for (int c = 0; c < grid.width(r); c++) {
            if (grid.blank(r, c)) {
                continue;
            }
            String t = grid.cell(r, c).strip();
            if (t.length() >= 3 && "(（".indexOf(t.charAt(0)) >= 0 && ")）".indexOf(t.charAt(t.length() - 1)) >= 0) {
                t = t.substring(1, t.length() - 1);
            }
            if (t.isEmpty() || t.length() > 2 || !t.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
                return false;
            }
            int v = Integer.parseInt(t);
            if (expected >= 0 && v != expected) {
                return false;
            }
            expected = v + 1;
            count++;
        }
        return count >= 3;
    }

    /** Whether every filled cell of a row says there is none (—, /, 无): a separator row. */
    boolean onlyNoneMarks(int r) {
        boolean any = false;
        for (int c = 0; c < grid.width(r); c++) {
            if (!grid.blank(r, c)) {
                if (!CellValues.saysNone(grid.cell(r, c))) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    boolean seqBlank(TableLayout L, int r) {
        ColumnSpec seq = L.first(ColumnRole.SEQ);
        return seq == null || grid.blank(r, seq.index);
    }

    static final Pattern NOTE = Pattern.compile("^\\s*(注|说明|备注|填表说明|附注|注释)\\s*[:：0-9１-９一、.(（]");

    /** A footnote row: one text only, starting 注：/说明：/备注：. */
    boolean isNoteRow(int r) {
        int nonBlank = 0;
        String text = null;
        for (int c = 0; c < grid.width(r); c++) {
            if (!grid.blank(r, c)) {
                if (++nonBlank > 1) {
                    return false;
                }
                text = grid.cell(r, c);
            }
        }
        return nonBlank == 1 && NOTE.matcher(ChineseText.toSimplified(text)).find();
    }

    static final Pattern FOOTER = Pattern.compile(
            "^\\s*(?:(?:填报|填表|制表|编制|审核|审批|审定|联系|负责人|单位负责人|分管领导|经办人|日期|时间)[^:：]{0,6}[:：]"
                    + "|[(（]?\\s*(?:以下空白|以下无正文|以下为空|此页无正文)\\s*[)）]?\\s*$)");

    /** Whether a cell can be a footer line at all: it has a colon, or says 以下… or 此页…. */
    static boolean mayBeFooter(String v) {
        return v.indexOf(':') >= 0 || v.indexOf('：') >= 0 || v.indexOf('以') >= 0 || v.indexOf('此') >= 0 || v.indexOf('∶') >= 0;
    }

    /** A footer row: every non-blank cell is a 填报单位：… / 填报人：… / 日期：… line. */
    boolean isFooterRow(int r) {
        int nonBlank = 0;
        for (int c = 0; c < grid.width(r); c++) {
            if (!grid.blank(r, c)) {
                if (!mayBeFooter(grid.cell(r, c)) || !FOOTER.matcher(ChineseText.toSimplified(grid.cell(r, c))).find()) {
                    return false;
                }
                nonBlank++;
            }
        }
        return nonBlank > 0;
    }
}
