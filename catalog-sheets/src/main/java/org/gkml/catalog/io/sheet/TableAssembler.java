package org.gkml.catalog.io.sheet;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.gkml.catalog.model.AudienceScope;
import org.gkml.catalog.model.ChineseText;
import org.gkml.catalog.model.Deadline;
import org.gkml.catalog.model.Entry;
import org.gkml.catalog.model.Extensions;
import org.gkml.catalog.model.Method;
import org.gkml.catalog.model.Responsibility;

/**
 * Table understanding, independent of the file format: finds title rows, one- or two-row headers (repeated
 * mid-table or stacked tables each with its own header), assigns column roles, assembles entries from data,
 * merged, continuation and 同上 rows, and notes every cell not taken as it stood.
 */
final class TableAssembler {

    final RowKinds rowKinds;
    final HeaderReader headers;
    final CellReaders readers;
    /** The roles of columns read from their cells where the header does not tell. */
    private final ContentRoles contentRoles;
    final ColumnJudgements judgements;

    /**
     * Columns whose blank cells inherit the value above even without merge information (CSV, or XLSX where the
     * publisher left cells blank): what real sheets merge over several items. With merge information (XLSX), cells
     * inside a merged region inherit in any column.
     */
    static final Set<ColumnRole> INHERITED = EnumSet.of(ColumnRole.DEADLINE, ColumnRole.SUBJECT, ColumnRole.CHANNEL, ColumnRole.AUDIENCE, ColumnRole.METHOD, ColumnRole.LEVEL);
    static final Set<ColumnRole> NEVER_INHERITED = EnumSet.of(ColumnRole.SEQ, ColumnRole.CODE, ColumnRole.AUDIENCE_TICK, ColumnRole.METHOD_TICK, ColumnRole.LEVEL_TICK, ColumnRole.CHANNEL_TICK, ColumnRole.ITEM, ColumnRole.ITEM_TYPE, ColumnRole.ITEM_LEVEL_1, ColumnRole.ITEM_LEVEL_2, ColumnRole.ITEM_LEVEL_3, ColumnRole.ITEM_LEVEL_4, ColumnRole.ITEM_LEVEL_5, ColumnRole.ITEM_LEVEL_6);

    final Grid grid;
    final MappingProfile profile;
    final List<ImportNote> notes;
    final String codePrefix;
    final List<Entry> entries = new ArrayList<>();
    final SourceMap sourceMap = new SourceMap();
    String title;
    int tables;
    int dataRows;
    Entry previousEntry;
    List<String> lastCategory = List.of();

    /** The most data rows held at once on their way to entries (bounded, whatever the table's length). */
    int maxHeld;
    /** The entry codes taken so far in the workbook (shared by the assemblers of its sheets). */
    final ReadingMemo<Boolean> codes;
    /** The number of entries the workbook's earlier sheets gave: derived codes go on from there. */
    private final int firstIndex;

    /** An assembler of a single sheet. */
    TableAssembler(Grid grid, MappingProfile profile, List<ImportNote> notes, String codePrefix) {
        this(grid, profile, notes, codePrefix, new ReadingMemo<>(Integer.MAX_VALUE), 0);
    }

    /** An assembler of one sheet of a workbook: codes are unique across the workbook, derived ones numbered on. */
    TableAssembler(Grid grid, MappingProfile profile, List<ImportNote> notes, String codePrefix, ReadingMemo<Boolean> codes,
            int firstIndex) {
        this.codes = codes;
        this.firstIndex = firstIndex;
        this.grid = grid;
        this.profile = profile;
        this.notes = notes;
        this.codePrefix = codePrefix;
        this.rowKinds = new RowKinds(grid);
        this.headers = new HeaderReader(grid, profile, notes);
        this.readers = new CellReaders(this);
        this.judgements = new ColumnJudgements(readers);
        this.contentRoles = new ContentRoles(readers);
    }

    void note(int row, int col, String header, String text, ImportAction action, String zh, String en) {
        notes.add(new ImportNote(grid.sheet, col < 0 ? null : Grid.address(row, col), row + 1, header, text, action,
                new ImportNote.Reason(zh, en)));
    }

    // ---- driving ----------------------------------------------------------------------------------------------

    void run() {
        int r = 0;
        while (grid.has(r)) {
            int h = headers.findHeader(r);
            if (h < 0) {
                if (tables == 0) {
                    notes.add(new ImportNote(grid.sheet, null, 0, null, null, ImportAction.DROPPED,
                            new ImportNote.Reason("未找到表头行（应有一行至少写出公开事项、公开内容、公开依据、公开时限、公开主体、公开渠道……中的三个）", "no header row found (expected a row naming at least three of 公开事项, 公开内容, 公开依据, 公开时限, 公开主体, 公开渠道 …)")));
                } else {
                    for (int k = r; grid.has(k); k++) {
                        dropRow(k, "最后一个表格之后的行，不属于任何表格", "row after the last table that is not part of any table");
                    }
                }
                return;
            }
            int titleRow = tables == 0 && title == null ? rowKinds.titleRow(r, h) : -1;
            int publisherRow = titleRow > r ? rowKinds.publisherAbove(r, titleRow) : -1;
            for (int t = r; t < h; t++) {
                String text = rowKinds.rowText(t);
                if (text.isEmpty()) {
                    continue;
                }
                if (t == titleRow) {
                    title = (publisherRow >= 0 ? CellText.clean(rowKinds.rowText(publisherRow)) : "") + CellText.clean(text);
                } else if (t == publisherRow) {
                    note(t, rowKinds.firstNonBlank(t), null, text, ImportAction.GUESSED, "标题上方一行的机关名称：作为标题的一部分", "the body's name on the row above the title: part of the title");
                } else {
                    boolean attachment = RowKinds.ATTACHMENT.matcher(text).matches();
                    note(t, rowKinds.firstNonBlank(t), null, text, ImportAction.SKIPPED, attachment
                            ? "表格上方的附件标注，不是标题" : "表头上方的标题行",
                            attachment ? "attachment label above the table (附件), not its title" : "title row above a table header");
                }
            }
            while (rowKinds.sameRow(h, h + 1)) { // the header row written twice (the print titles of a page copied with it)
                note(h, rowKinds.firstNonBlank(h), null, rowKinds.rowText(h), ImportAction.SKIPPED, "表头行重复了一次；读取第二行", "the header row written twice; the second is read");
                h++;
            }
            TableLayout layout = headers.layout(h);
            for (ColumnSpec c : layout.columns) {
                if (profile.nearOnly(c.header)) {
                    notes.add(new ImportNote(grid.sheet, Grid.address(h, c.index), h + 1, c.header, c.header, ImportAction.GUESSED,
                            new ImportNote.Reason("表头“" + c.header + "”与标准表头只差一个字：读作 " + c.role.label(),
                            "column header \"" + c.header + "\" is one character away from a template header: read as " + c.role)));
                }
            }
            contentRoles.revise(layout, grid, h + layout.headerRows, notes,
                    row -> rowKinds.columnNumbers(row) || rowKinds.onlyNoneMarks(row) || rowKinds.isFooterRow(row));
            tables++;
            int before = entries.size();
            r = rows(layout, h + layout.headerRows);
            joinSplitCategories(layout, before);
        }
    }

    /**
     * A merged category cell whose text a page break split over two rows (城镇燃 / 气管理, a Word table published as
     * a page): two neighbouring entries whose category at one level is a short text found nowhere else in the table,
     * and whose joined text the entries' own basis or name spells out (《城镇燃气管理条例》), share the joined category.
     */
    private void joinSplitCategories(TableLayout L, int from) {
        java.util.Map<String, Integer> uses = new java.util.HashMap<>(); // "level:value" -> entries using it, counted once
        for (int i = from; i < entries.size(); i++) {
            List<String> c = entries.get(i).category();
            for (int k = 0; k < c.size(); k++) {
                uses.merge(k + ":" + c.get(k), 1, Integer::sum);
            }
        }
        for (int i = from; i + 1 < entries.size(); i++) {
            Entry a = entries.get(i);
            Entry b = entries.get(i + 1);
            for (int k = 0; k < Math.min(a.category().size(), b.category().size()); k++) {
                String x = a.category().get(k);
                String y = b.category().get(k);
                if (x.equals(y) || x.length() > 6 || y.length() > 6 || uses.get(k + ":" + x) != 1 || uses.get(k + ":" + y) != 1) {
                    continue;
                }
                String whole = x + y;
                if (!spells(a, whole) && !spells(b, whole)) {
                    continue;
                }
                List<String> ca = new ArrayList<>(a.category());
                ca.set(k, whole);
                List<String> cb = new ArrayList<>(b.category());
                cb.set(k, whole);
                entries.set(i, a.toBuilder().category(List.copyOf(ca)).build());
                entries.set(i + 1, b.toBuilder().category(List.copyOf(cb)).build());
                int col = k < L.items.size() ? L.items.get(k).index : -1;
                int row = sourceMap.entryCell(i).map(CellRef::row).orElse(-1);
                notes.add(new ImportNote(grid.sheet, row < 0 || col < 0 ? null : Grid.address(row, col), row + 1,
                        col < 0 ? null : L.items.get(k).header, x + " / " + y, ImportAction.GUESSED, new ImportNote.Reason(
                        "分类“" + x + "”和下一行的“" + y + "”是被分页拆开的同一个合并单元格：读作“" + whole + "”（本行的其他单元格写着它）",
                        "category \"" + x + "\" and \"" + y + "\" on the next row are one merged cell split by a page break: read as \""
                        + whole + "\" (the rows' other cells spell it)")));
                i++;
                break;
            }
        }
    }

    private static boolean spells(Entry e, String whole) {
        if (e.name() != null && e.name().replaceAll("\\s+", "").contains(whole)) {
            return true;
        }
        for (org.gkml.catalog.model.LegalReference ref : e.basis()) {
            String t = ref.text() != null ? ref.text() : ref.title();
            if (t != null && t.replaceAll("\\s+", "").contains(whole)) {
                return true;
            }
        }
        return false;
    }

    void dropRow(int row, String zh, String en) {
        for (int c = 0; c < grid.width(row); c++) {
            if (!grid.blank(row, c)) {
                note(row, c, null, grid.cell(row, c), ImportAction.DROPPED, zh, en);
            }
        }
    }

    // ---- rows -------------------------------------------------------------------------------------------------

    int rows(TableLayout L, int start) {
        Table table = new Table(L);
        int r = start;
        DataRow prev = null;
        List<String> sections = new ArrayList<>(); // the open section rows, outermost first
        List<String> open = List.of(); // the same, shared by the rows below them (copied when a section row changes it)
        for (; grid.has(r); r++) {
            grid.release(r); // every row above is either skipped or kept in a DataRow
            if (rowKinds.firstNonBlank(r) < 0) {
                continue;
            }
            boolean numbered = rowKinds.numberedRow(L, r);
            if (!numbered && headers.isHeaderRow(r)) {
                TableLayout again = headers.layout(r);
                if (again.signature.equals(L.signature)) {
                    r += again.headerRows - 1; // a repeated header
                    continue;
                }
                break; // another table
            }
            if (isTitleRow(r)) {
                break;
            }
            if (rowKinds.isNoteRow(r)) {
                note(r, rowKinds.firstNonBlank(r), null, rowKinds.rowText(r), ImportAction.SKIPPED, "表格下方的注释（注/说明/备注），不是事项", "a note under the table (注/说明/备注), not an item");
                continue;
            }
            String single = rowKinds.singleText(r);
            if (single != null && RowKinds.PAGE_MARK.matcher(single).matches()) {
                note(r, rowKinds.firstNonBlank(r), null, rowKinds.rowText(r), ImportAction.SKIPPED, "打印件或 PDF 中的页码或续表标记（第 1 页 共 2 页、- 1 -、续表），不是事项", "a page number or continuation mark (第 1 页 共 2 页, - 1 -, 续表) from a printed or PDF copy, not an item");
                continue;
            }
            if (rowKinds.columnNumbers(r)) {
                note(r, rowKinds.firstNonBlank(r), null, rowKinds.rowText(r), ImportAction.SKIPPED, "表头下方的列序号（1、2、3……），不是事项", "the columns' numbers (1, 2, 3 …) under the header, not an item");
                continue;
            }
            if (rowKinds.onlyNoneMarks(r)) {
                note(r, rowKinds.firstNonBlank(r), null, rowKinds.rowText(r), ImportAction.SKIPPED, "每格都是横线或“无”的行，不是事项", "a row of dashes or 无 in every cell, not an item");
                continue;
            }
            if (rowKinds.isFooterRow(r)) {
                note(r, rowKinds.firstNonBlank(r), null, rowKinds.rowText(r), ImportAction.SKIPPED, "表格下方的落款（填报单位/填报人/日期……），不是事项", "a footer under the table (填报单位/填报人/日期 …), not an item");
                continue;
            }
            String sectionName = numbered ? null : rowKinds.section(L, r);
            if (sectionName != null) {
                String rowText = rowKinds.rowText(r);
                int level = RowKinds.sectionLevel(rowText);
                if (level > sections.size() && !RowKinds.startsOutline(rowText)) {
                    // （三）办事服务 right after 二、政策文件: a sub-list starts at （一）, so this continues the outer one
                    level = Math.max(1, sections.size());
                }
                while (sections.size() >= level) {
                    sections.remove(sections.size() - 1);
                }
                sections.add(sectionName);
                open = List.copyOf(sections);
                note(r, rowKinds.firstNonBlank(r), null, rowText, ImportAction.GUESSED, sections.size() == 1
                        ? "分类行：“" + sectionName + "”是下方事项的第一级分类"
                        : "分类行：“" + sectionName + "”是“" + String.join(" › ", sections.subList(0, sections.size() - 1)) + "”下的一级分类",
                        sections.size() == 1
                        ? "section row: \"" + sectionName + "\" is the first category level of the entries below it"
                        : "section row: \"" + sectionName + "\" is a category level under \"" + String.join(" › ", sections.subList(0, sections.size() - 1))
                                + "\" for the entries below it");
                prev = null; // nothing continues across a section row
                continue;
            }
            dataRows++;
            DataRow raw = new DataRow(r, L.width);
            raw.numbered = numbered;
            raw.sections = open;
            boolean any = false;
            boolean itemAny = false;
            boolean onlyContinuable = true;
            String[] cells = grid.cells(r);
            for (ColumnSpec c : L.columns) {
                String v = c.index < cells.length ? cells[c.index] : null;
                if (Grid.isBlank(v)) {
                    continue;
                }
                if (v.length() > 1 && v.charAt(0) == '\'' && "=+-@\t\r".indexOf(v.charAt(1)) >= 0) {
                    v = v.substring(1); // the apostrophe that neutralised a formula-like text on export
                    if (Grid.isBlank(v)) {
                        continue;
                    }
                }
                raw.text[c.index] = v;
                if (c.role == ColumnRole.SEQ) {
                    continue;
                }
                any = true;
                if (c.item) {
                    itemAny = true;
                }
                if (!(c.role == ColumnRole.CONTENT || c.role == ColumnRole.BASIS || c.role == ColumnRole.CHANNEL)) {
                    onlyContinuable = false;
                }
            }
            for (int c = 0; c < cells.length; c++) {
                if (!L.covered(c) && !Grid.isBlank(cells[c])) {
                    note(r, c, null, cells[c], ImportAction.DROPPED, "此单元格所在的列没有表头", "cell in a column without header");
                }
            }
            if (!any) {
                note(r, rowKinds.firstNonBlank(r), "序号", rowKinds.rowText(r), ImportAction.SKIPPED, "此行只有序号，没有事项", "row holds only a sequence number and no item");
                continue;
            }
            if (!itemAny && onlyContinuable && prev != null && rowKinds.seqBlank(L, r)) {
                for (ColumnSpec c : L.columns) {
                    String v = raw.text[c.index];
                    if (v != null) {
                        prev.text[c.index] = prev.text[c.index] == null ? v : prev.text[c.index] + "\n" + v;
                        note(r, c.index, c.header, v, ImportAction.APPENDED, "续行：文字接到第 " + (prev.row + 1) + " 行的事项后",
                                "continuation row: text appended to the entry in row " + (prev.row + 1));
                    }
                }
                continue;
            }
            table.add(raw);
            prev = raw;
        }
        table.finish();
        return r;
    }

    static int lastNamed(String[] path) {
        for (int k = path.length - 1; k >= 0; k--) {
            if (path[k] != null) {
                return k;
            }
        }
        return -1;
    }

    boolean isTitleRow(int r) {
        if (rowKinds.singleText(r) == null) {
            return false; // a title is one text (possibly repeated across a merged region)
        }
        // a title is followed (after blank rows) by a header
        for (int k = r + 1; grid.has(k); k++) {
            if (rowKinds.firstNonBlank(k) >= 0) {
                return headers.isHeaderRow(k);
            }
        }
        return false;
    }

    /** The rows a table's column-wide judgements are made on (all of them in a shorter table). */
    static final int SAMPLE_ROWS = 5_000;

    /**
     * A table's data rows on their way to entries, one at a time: 同上 resolved, blank cells under a value filled,
     * and built as soon as nothing below can change them, so that a long table is never held whole. A row is held back
     * only while a continuation row may still extend it, while it is in a run of blanks under a value that may turn
     * out to hold one value per row (A B over two rows, known when the run ends), or while the table's first
     * {@link #SAMPLE_ROWS} rows are gathered for the column-wide judgements.
     */
    final class Table {
        final TableLayout L;
        /** Per column index: 0 never filled, 1 filled under a merged region only (XLSX), 2 always filled. */
        private final int[] inherit;
        /** Per column index: the role the column had when the table was read (the judgements may change it). */
        private final ColumnRole[] fillRole;
        /** Per column index: whether the column's role is one of {@link #SPLIT_ROLES}. */
        private final boolean[] splits;
        /** Per column index: the previous row's value after 同上, before filling (what a 同上 below refers to). */
        private final String[] above;
        private final int[] aboveFrom;
        /** Per column index: the run of blanks under a value being filled, or null. */
        private final BlankRun[] runs;
        /** Per column index: the row of the last value when no blank has come under it yet (and no run is held), or null. */
        private final DataRow[] valueRows;
        /** The last row added: a continuation row may still append to it. */
        private DataRow last;
        /** Filled rows not yet built, in row order. */
        private final java.util.ArrayDeque<DataRow> filled = new java.util.ArrayDeque<>();
        boolean decided;
        boolean packed;
        int groups;
        boolean[] noneColumn;
        final String[] path;

        Table(TableLayout L) {
            this.L = L;
            inherit = new int[L.width];
            fillRole = new ColumnRole[L.width];
            splits = new boolean[L.width];
            above = new String[L.width];
            aboveFrom = new int[L.width];
            runs = new BlankRun[L.width];
            valueRows = new DataRow[L.width];
            path = new String[L.items.size()];
            for (ColumnSpec c : L.columns) {
                fillRole[c.index] = c.role;
                splits[c.index] = SPLIT_ROLES.contains(c.role);
                inherit[c.index] = NEVER_INHERITED.contains(c.role) ? 0 : INHERITED.contains(c.role) ? 2 : grid.mergeAware ? 1 : 0;
            }
        }

        void add(DataRow raw) {
            if (last != null) {
                fill(last);
            }
            last = raw;
            flush();
        }

        void finish() {
            if (last != null) {
                fill(last);
                last = null;
            }
            for (ColumnSpec c : L.columns) {
                if (runs[c.index] != null) {
                    close(runs[c.index], c);
                    runs[c.index] = null;
                }
            }
            if (!decided) {
                decide(this, new ArrayList<>(filled));
            }
            flush();
        }

        private void flush() {
            if (!decided) {
                if (filled.size() < SAMPLE_ROWS) {
                    return;
                }
                decide(this, new ArrayList<>(filled));
            }
            while (!filled.isEmpty() && filled.peekFirst().pendingRuns == 0) {
                build(this, filled.pollFirst());
            }
        }

        /** 同上 resolved, then blank cells under a value filled; column by column, each on its own. */
        private void fill(DataRow raw) {
            for (ColumnSpec c : L.columns) {
                int i = c.index;
                String v = raw.text[i];
                // 同上 takes the value of the row above (itself resolved, not filled)
                if (v != null && v.length() <= 12 && v.indexOf('同') >= 0 && CellValues.SAME.matcher(ChineseText.fold(v)).matches()) {
                    if (above[i] != null) {
                        raw.text[i] = above[i];
                        raw.from(i, aboveFrom[i]);
                        note(raw.row, i, c.header, v, ImportAction.INHERITED, "同上：取第 " + (raw.from(i) + 1) + " 行的值",
                                "同上: value taken from row " + (raw.from(i) + 1));
                    } else {
                        raw.text[i] = null;
                        note(raw.row, i, c.header, v, ImportAction.DROPPED, "写着“同上”，但上方没有值", "同上 with no value above");
                    }
                }
                above[i] = raw.text[i];
                aboveFrom[i] = raw.from(i);
                if (inherit[i] == 0) {
                    continue;
                }
                // blank cells under a value
                BlankRun run = runs[i];
                if (raw.text[i] != null) {
                    if (run != null) {
                        close(run, c);
                        runs[i] = null;
                    }
                    int parts = splits[i] ? splitParts(raw.text[i]) : 0;
                    if (parts > 1) {
                        runs[i] = new BlankRun(raw, raw.text[i], parts); // held back: it may hold one value per row
                        valueRows[i] = null;
                    } else {
                        valueRows[i] = raw; // a run only once a blank comes under it (most values have none)
                    }
                } else if (run != null || valueRows[i] != null) {
                    DataRow start = run != null ? run.start : valueRows[i];
                    if (inherit[i] == 2 || grid.mergedFromRow(raw.row, i) == start.row) {
                        if (run == null) {
                            run = runs[i] = new BlankRun(start, start.text[i], 0);
                            valueRows[i] = null;
                        }
                        run.extend(raw, c);
                    } else {
                        if (run != null) {
                            close(run, c);
                        }
                        runs[i] = null;
                        valueRows[i] = null;
                    }
                }
            }
            filled.addLast(raw);
            maxHeld = Math.max(maxHeld, filled.size());
        }

        /** Ends a run of blanks under a value: one value per row when the value splits into as many, else the value. */
        private void close(BlankRun run, ColumnSpec c) {
            if (run.members == null) {
                return; // settled already
            }
            List<String> parts = run.members.size() > 1 ? splitJoined(fillRole[c.index], run.src, run.members.size()) : null;
            run.settle(c, parts);
        }
    }

    /** A value and the blank cells under it that take it. */
    final class BlankRun {
        final DataRow start;
        final String src;
        /** How many values the text could hold for a run of that many rows (A B), or 0. */
        final int parts;
        /** The rows held back while the run may still turn out to hold one value per row; null once settled. */
        List<DataRow> members;

        BlankRun(DataRow start, String src, int parts) {
            this.start = start;
            this.src = src;
            this.parts = parts;
            if (parts > 1) {
                members = new ArrayList<>();
                members.add(start);
                start.pendingRuns++;
            }
        }

        void extend(DataRow raw, ColumnSpec c) {
            if (members != null && members.size() < parts) {
                members.add(raw);
                raw.pendingRuns++;
                return;
            }
            if (members != null) {
                settle(c, null); // longer than the values the text holds: each row takes the whole value
            }
            take(raw, c, false);
        }

        void settle(ColumnSpec c, List<String> split) {
            for (int j = 0; j < members.size(); j++) {
                DataRow target = members.get(j);
                if (split != null) {
                    target.text[c.index] = split.get(j);
                }
                if (j > 0) {
                    take(target, c, split != null);
                }
                target.pendingRuns--;
            }
            members = null;
        }

        private void take(DataRow target, ColumnSpec c, boolean split) {
            int i = c.index;
            if (!split) {
                target.text[i] = src;
            }
            target.from(i, start.row);
            note(target.row, i, c.header, null, ImportAction.INHERITED, "合并单元格下的空白格：取 " + Grid.address(start.row, i) + " 的值" + (split ? "（合并单元格中每行一个值）" : ""),
                    "blank cell under a merged cell: value taken from " + Grid.address(start.row, i)
                    + (split ? " (the merged cell holds one value per row)" : ""));
        }
    }

    /** The roles whose merged cell may hold one value per row, joined by spaces (see {@link #splitJoined}). */
    static final Set<ColumnRole> SPLIT_ROLES = EnumSet.of(ColumnRole.DEADLINE, ColumnRole.SUBJECT, ColumnRole.RESPONSIBILITY);

    /**
     * How many values a cell of a {@link #SPLIT_ROLES} column could hold one per row (A B): its parts between white
     * space, as {@link #splitJoined} cuts them (counted without a regex: every filled cell of those columns is
     * asked).
     */
    static int splitParts(String text) {
        int n = 0; // the runs of characters other than white space
        boolean inWord = false;
        for (int k = 0; k < text.length(); k++) {
            boolean word = !CellText.isSpace(text.charAt(k));
            if (word && !inWord) {
                n++;
            }
            inWord = word;
        }
        return n;
    }

    /** A merged cell that holds each row's value joined by spaces ("A B" over two rows) split per row, or null. */
    static List<String> splitJoined(ColumnRole role, String text, int run) {
        String[] parts = text.strip().split("\\s+");
        if (parts.length != run) {
            return null;
        }
        for (String p : parts) {
            if (!SPLIT_ROLES.contains(role)) {
                return null;
            } else if (role == ColumnRole.DEADLINE) {
                if (Deadline.parse(p) instanceof Deadline.Unparsed) {
                    return null;
                }
            } else if (p.length() < 4 || !CellText.looksLikeOrganization(p)) { // subject, responsibility: bodies
                return null;
            }
        }
        return List.of(parts);
    }

    // ---- entries ----------------------------------------------------------------------------------------------

    /** The column-wide judgements on a table's first rows: packed ticks, a channel column of methods, bodies under an unknown header. */
    void decide(Table t, List<DataRow> raws) {
        TableLayout L = t.L;
        boolean packed = judgements.packedTicks(L, raws);
        int groups = (L.all(ColumnRole.AUDIENCE_TICK).isEmpty() ? 0 : 1) + (L.all(ColumnRole.METHOD_TICK).isEmpty() ? 0 : 1)
                + (L.all(ColumnRole.LEVEL_TICK).isEmpty() ? 0 : 1);
        if (packed) {
            notes.add(new ImportNote(grid.sheet, null, L.headerRow + 1, null, null, ImportAction.GUESSED,
                    new ImportNote.Reason("公开对象/公开方式/公开层级下的勾选挤到了左边（副本丢失了列的位置）："
                            + "每组恰好一个勾选的行读作全社会 + 主动；其他勾选行和所有层级不读取",
                            "tick cells under 公开对象/公开方式/公开层级 are packed to the left (the copy lost their column positions): "
                            + "a row with exactly one tick per group is read as 全社会 + 主动; other tick rows and all levels are not read")));
        }
        for (ColumnSpec c : L.columns) { // 公开形式 holding 主动公开/依申请公开: a method column, whatever its header says
            if (c.role == ColumnRole.CHANNEL && L.first(ColumnRole.METHOD) == null && L.all(ColumnRole.METHOD_TICK).isEmpty() && judgements.holdsMethods(c, raws)) {
                c.role = ColumnRole.METHOD;
                notes.add(new ImportNote(grid.sheet, Grid.address(L.headerRow, c.index), L.headerRow + 1, c.header, c.header,
                        ImportAction.GUESSED, new ImportNote.Reason("“" + c.header + "”列写的是主动公开/依申请公开，不是渠道：读作公开方式",
                        "column \"" + c.header + "\" holds 主动公开/依申请公开, not channels: read as 公开方式")));
            }
        }
        ColumnSpec unknownSubject = L.first(ColumnRole.SUBJECT) == null ? judgements.orgLikeUnknown(L, raws) : null;
        if (unknownSubject != null) {
            unknownSubject.role = ColumnRole.SUBJECT;
            notes.add(new ImportNote(grid.sheet, Grid.address(L.headerRow, unknownSubject.index), L.headerRow + 1,
                    unknownSubject.header, unknownSubject.header, ImportAction.GUESSED,
                    new ImportNote.Reason("表头“" + unknownSubject.header + "”不是已知的要素，但其单元格写的是机关：读作公开主体",
                    "column header \"" + unknownSubject.header + "\" is not a known element, but its cells name bodies: read as 公开主体")));
        }
        boolean[] noneColumn = new boolean[L.width]; // columns where 无 or / means there is none (not ticks, flags, 序号)
        for (ColumnSpec col : L.columns) {
            noneColumn[col.index] = !(col.role.isTick() || col.role == ColumnRole.METHOD_FLAG || col.role == ColumnRole.SEQ);
        }
        t.packed = packed;
        t.groups = groups;
        t.noneColumn = noneColumn;
        t.decided = true;
    }

    /** The entry of a data row, filled and with the table's judgements made. */
    void build(Table table, DataRow raw) {
        TableLayout L = table.L;
        boolean packed = table.packed;
        int groups = table.groups;
        boolean[] noneColumn = table.noneColumn;
        String[] path = table.path;
        int idx = firstIndex + entries.size();
        int source = sourceMap.begin(grid.sheet, raw.row);
        Entry.Builder b = Entry.builder();
        // item path
        int deepest = -1;
        String[] names = new String[L.items.size()];
        for (int k = 0; k < L.items.size(); k++) {
            String v = raw.text[L.items.get(k).index];
            if (v != null && CellValues.saysNone(v)) {
                // 二级事项 "/" or "——": this row has no item at that level; the level above names the entry
                note(raw.row, L.items.get(k).index, L.items.get(k).header, v, ImportAction.SKIPPED, "单元格写明没有", "the cell says there is none");
                v = null;
            }
            names[k] = v == null ? "" : CellText.itemName(v); // names are mostly distinct: no cache
            if (!names[k].isEmpty()) {
                deepest = k;
            }
        }
        List<String> category = new ArrayList<>();
        String name = null;
        if (deepest >= 0) {
            for (int k = 0; k <= deepest; k++) {
                ColumnSpec col = L.items.get(k);
                if (!names[k].isEmpty()) {
                    path[k] = names[k];
                    for (int j = k + 1; j < path.length; j++) {
                        path[j] = null;
                    }
                    sourceMap.put(source, k == deepest ? SourceMap.NAME : SourceMap.CATEGORY + category.size(), raw.from(col.index), col.index);
                } else if (path[k] != null) {
                    note(raw.row, col.index, col.header, null, ImportAction.INHERITED,
                            "合并单元格下的空白事项层级：取上方的“" + path[k] + "”",
                            "blank item level under a merged cell: \"" + path[k] + "\" taken from above");
                }
                if (k < deepest && path[k] != null) {
                    category.add(path[k]);
                }
            }
            name = path[deepest];
        } else if (!L.items.isEmpty() && lastNamed(path) >= 0 && raw.numbered) {
            // a numbered row whose item cells are all blank: the item's cells were merged over it (CSV copy)
            int last = lastNamed(path);
            for (int k = 0; k < last; k++) {
                if (path[k] != null) {
                    category.add(path[k]);
                }
            }
            name = path[last];
            note(raw.row, L.items.get(last).index, L.items.get(last).header, null, ImportAction.INHERITED,
                    "合并单元格下的空白事项格：事项与上一行相同，为“" + name + "”",
                    "blank item cells under merged cells: the entry is \"" + name + "\" like the row above");
        } else if (!L.items.isEmpty()) {
            note(raw.row, L.items.get(L.items.size() - 1).index, "公开事项", null, ImportAction.DROPPED,
                    "此行没有事项名称；事项保留为无名称，以便校验报告指出", "row has no item name; the entry is kept without a name so that validation reports it");
        }
        // the section path first, unless the item columns repeat it already
        if (!raw.sections.isEmpty()) {
            List<String> lead = new ArrayList<>();
            for (String sec : raw.sections) {
                if (!category.contains(sec) && !sec.equals(name)) {
                    lead.add(sec);
                }
            }
            category.addAll(0, lead);
        }
        if (category.equals(lastCategory)) {
            category = lastCategory; // the entries of one category share its path
        } else {
            category = List.copyOf(category);
            lastCategory = category;
        }
        b.category(category).name(name);
        EntryDraft d = new EntryDraft(source);
        for (ColumnSpec col : L.columns) {
            String v = raw.text[col.index];
            if (v == null || col.item) {
                continue;
            }
            if (noneColumn[col.index] && CellValues.saysNone(v)) {
                // 无, /, —: the sheet says there is none (and the cell stops inheritance from above)
                note(raw.row, col.index, col.header, v, ImportAction.SKIPPED, "单元格写明没有", "the cell says there is none");
                continue;
            }
            switch (col.role) { // a direct call per role (an interface call to one of twenty readers cost more)
                case SEQ -> { }
                case IGNORE -> readers.readIgnore(table, d, col, v, raw);
                case METHOD_FLAG -> readers.readMethodFlag(table, d, col, v, raw);
                case CODE -> readers.readCode(table, d, col, v, raw);
                case CONTENT -> readers.readContent(table, d, col, v, raw);
                case BASIS -> readers.readBasis(table, d, col, v, raw);
                case DEADLINE -> readers.readDeadline(table, d, col, v, raw);
                case DURATION -> readers.readDuration(table, d, col, v, raw);
                case SUBJECT -> readers.readSubject(table, d, col, v, raw);
                case CHANNEL -> readers.readChannel(table, d, col, v, raw);
                case AUDIENCE -> readers.readAudience(table, d, col, v, raw);
                case METHOD -> readers.readMethod(table, d, col, v, raw);
                case LEVEL -> readers.readLevel(table, d, col, v, raw);
                case CHANNEL_TICK -> readers.readChannelTick(table, d, col, v, raw);
                case AUDIENCE_TICK -> readers.readAudienceTick(table, d, col, v, raw);
                case METHOD_TICK -> readers.readMethodTick(table, d, col, v, raw);
                case LEVEL_TICK -> readers.readLevelTick(table, d, col, v, raw);
                case RESPONSIBILITY -> readers.readResponsibility(table, d, col, v, raw);
                case PERSON -> readers.readPerson(table, d, col, v, raw);
                case CONTACT -> readers.readContact(table, d, col, v, raw);
                default -> readers.readExtension(table, d, col, v, raw);
            }
        }
        if (table.packed && d.ticks > 0) {
            if (d.ticks == groups && groups >= 1) {
                if (!L.all(ColumnRole.AUDIENCE_TICK).isEmpty()) {
                    d.scope = AudienceScope.PUBLIC;
                }
                if (!L.all(ColumnRole.METHOD_TICK).isEmpty()) {
                    d.method = Method.PROACTIVE;
                }
            } else {
                note(raw.row, L.all(ticksRole(L)).get(0).index, "公开对象/公开方式/公开层级", d.ticks + " ticks", ImportAction.DROPPED,
                        "靠左挤在一起的勾选无法对应到各自的列", "ticks packed to the left cannot be placed in their columns");
            }
        }
        if (d.duration == null && d.cellDuration != null) {
            d.duration = d.cellDuration;
        }
        if (d.code == null || !codes.add(d.code, Boolean.TRUE)) { // no code, or one taken already
            String derived = derivedCode(category, name, idx);
            if (d.code != null) {
                note(raw.row, -1, "事项编码", d.code, ImportAction.DERIVED, "事项编码重复；改为 " + derived, "duplicate entry code; replaced by " + derived);
            }
            d.code = derived;
            codes.add(d.code, Boolean.TRUE);
        }
        b.code(d.code)
                .content(d.content)
                .basis(d.basis)
                .deadline(d.deadline)
                .duration(d.duration)
                .subjects(d.subjects)
                .channels(d.cellChannels == null ? d.channels : d.channels.isEmpty() ? d.cellChannels : CellReaders.joined(d.cellChannels, d.channels))
                .levels(readers.levelList(d.levels))
                .method(d.method)
                .audience(d.scope == null ? null : readers.audience(d.scope, d.scope == AudienceScope.SPECIFIC_GROUP ? d.audienceDescription : null))
                .extensions(d.extensions.isEmpty() ? Extensions.EMPTY : new Extensions(d.extensions));
        if (d.person == null && d.contact == null && d.unit != null) {
            b.responsibility(readers.units.get(d.unit, u -> new Responsibility(u, null, null))); // shared by the unit's entries
        } else if (d.unit != null || d.person != null || d.contact != null) {
            b.responsibility(new Responsibility(d.unit, d.person, d.contact));
        }
        Entry e = b.build();
        entries.add(e);
        previousEntry = e;
    }

    static ColumnRole ticksRole(TableLayout L) {
        return !L.all(ColumnRole.AUDIENCE_TICK).isEmpty() ? ColumnRole.AUDIENCE_TICK : !L.all(ColumnRole.METHOD_TICK).isEmpty() ? ColumnRole.METHOD_TICK : ColumnRole.LEVEL_TICK;
    }

    String derivedCode(List<String> category, String name, int idx) {
        String base = codePrefix + "-" + String.format("%04d", idx + 1);
        String code = base;
        int n = 2;
        while (codes.contains(code)) {
            code = base + "-" + n++;
        }
        return code;
    }
}
