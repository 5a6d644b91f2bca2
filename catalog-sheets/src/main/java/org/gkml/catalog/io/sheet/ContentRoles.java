package org.gkml.catalog.io.sheet;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.gkml.catalog.model.Deadline;

/**
 * The roles of columns read from their cells, where the header does not tell or is contradicted by them. Each
 * column's first data cells vote: a cell is evidence for a role when its text is what that role holds (deadline
 * wording the parser understands, law titles in 《》 or 第…条, body names, channel names, 主动/依申请, 全社会/特定群体,
 * level names, tick marks, sequence numbers). A column takes a role from its content when
 * <ul>
 *   <li>its header names no role (blank, damaged, unknown) and at least {@value #STRONG_PERCENT}% of its cells fit a
 *       role no other column has; or</li>
 *   <li>its header names a role that at most {@value #WEAK_PERCENT}% of its cells fit while at least
 *       {@value #STRONG_PERCENT}% fit another role no other column has (公开方式 over channel names); or</li>
 *   <li>its header names no role and it stands between the sequence number and the item column, its cells being
 *       text no other role explains: a category level (具体职责 | 业务事项 | 信息类别).</li>
 * </ul>
 * Every role decided this way is an import note naming the column and the evidence. Not thread-safe.
 */
final class ContentRoles {

    /** The share of a column's cells that must fit a role for the content to decide it. */
    static final int STRONG_PERCENT = 70;
    /** The share at or under which a header's role is contradicted by the content. */
    static final int WEAK_PERCENT = 20;
    /** How many data rows below the header are looked at. */
    static final int SAMPLE = 40;

    /** The roles content can give a column, in the order ties are broken. */
    private static final List<ColumnRole> CANDIDATES = List.of(ColumnRole.DEADLINE, ColumnRole.CHANNEL, ColumnRole.METHOD,
            ColumnRole.AUDIENCE, ColumnRole.LEVEL, ColumnRole.BASIS, ColumnRole.SUBJECT, ColumnRole.RESPONSIBILITY, ColumnRole.DURATION,
            ColumnRole.SEQ);

    /** A unit inside a body (办公室, 人事股, 综合组): who is responsible, not the body that publishes. */
    private static final Pattern INTERNAL_UNIT = Pattern.compile("^(?![^、]*(?:政府|局|委|厅|省|市|县|区|乡|镇))[\\p{IsHan}、]{1,12}(?:科|股|室|组|处|办公室|科室|股室)$");

    /** A law cited: a title in 《》, an article (第…条), or a name ending as a law or regulation does (not 入学办法). */
    private static final Pattern LAW = Pattern.compile("《[^》]{2,}》|第[一二三四五六七八九十百零〇0-9]+条|^[^●•·◆■□]{2,40}(?<!办)(?:法|条例)$");
    private static final Pattern SEQ = Pattern.compile("^[0-9０-９]{1,4}[.、．]?$");

    private final CellReaders readers;

    ContentRoles(CellReaders readers) {
        this.readers = readers;
    }

    /** Whether a cell's text is what a role holds. */
    boolean fits(ColumnRole role, String v) {
        switch (role) {
            case DEADLINE: {
                if (v.length() > 200) {
                    return false;
                }
                org.gkml.catalog.model.DeadlineCell dc = readers.deadlineParser.apply(v);
                // structured, or conditions that are (1.…:长期公开; 2.…:20个工作日内), or a display period beside it
                return !(dc.deadline() instanceof Deadline.Unparsed) || !dc.deadline().conditions().isEmpty() || dc.duration() != null;
            }
            case DURATION: {
                return v.length() <= 40 && !(org.gkml.catalog.model.Duration.parse(v) instanceof org.gkml.catalog.model.Duration.Unparsed)
                        && readers.deadlineParser.apply(v).deadline() instanceof Deadline.Unparsed;
            }
            case CHANNEL: // 主动公开：政府网站 names channels too
                return !readers.channelCells.get(v, readers.channelParser).channels().isEmpty();
            case METHOD:
                return readers.methodCell(v).isPresent() && v.length() <= 12
                        && readers.channelCells.get(v, readers.channelParser).channels().isEmpty() && readers.audienceCell(v).isEmpty();
            case AUDIENCE:
                return readers.audienceCell(v).isPresent() && v.length() <= 12;
            case LEVEL:
                return !readers.levelCell(v).isEmpty() && v.length() <= 20;
            case BASIS:
                return LAW.matcher(v.strip()).find();
            case SUBJECT: // a body, not a unit inside one, and not a channel that ends like a body (政府网站, 便民服务站)
                return v.length() <= 60 && CellText.looksLikeOrganization(CellText.clean(v)) && !INTERNAL_UNIT.matcher(CellText.clean(v)).matches()
                        && readers.channelCells.get(v, readers.channelParser).channels().isEmpty() && readers.audienceCell(v).isEmpty();
            case RESPONSIBILITY:
                return INTERNAL_UNIT.matcher(CellText.clean(v)).matches();
            case SEQ:
                return SEQ.matcher(v.strip()).matches();
            default:
                return false;
        }
    }

    /** Revises the roles of a layout's columns from the data rows below its header; notes each decision. */
    void revise(TableLayout L, Grid grid, int firstData, List<ImportNote> notes, java.util.function.IntPredicate notData) {
        Map<Integer, List<String>> cells = new java.util.HashMap<>();
        int seen = 0;
        int width = 0;
        for (int r = firstData; grid.has(r) && seen < SAMPLE; r++) {
            if (notData.test(r)) {
                continue; // the columns' numbers under the header, a page mark, a footer: no column's content
            }
            boolean any = false;
            for (int c = 0; c < grid.width(r); c++) {
                String v = grid.cell(r, c);
                if (v != null && !v.isBlank()) {
                    cells.computeIfAbsent(c, k -> new ArrayList<>()).add(v.strip());
                    any = true;
                    width = Math.max(width, c + 1);
                }
            }
            seen += any ? 1 : 0;
        }
        // the columns without a header that hold data are considered too: one of them may be the element whose
        // header is missing (a basis column nobody labelled)
        List<ColumnSpec> headerless = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            if (!L.covered(c) && !cells.getOrDefault(c, List.of()).isEmpty()) {
                headerless.add(new ColumnSpec(c, ColumnRole.UNKNOWN, ""));
            }
        }
        List<ColumnSpec> all = new ArrayList<>(L.columns);
        all.addAll(headerless);
        all.sort(java.util.Comparator.comparingInt(c -> c.index));
        Map<ColumnRole, Integer> present = new EnumMap<>(ColumnRole.class);
        for (ColumnSpec c : L.columns) {
            present.merge(c.role, 1, Integer::sum);
        }
        cutHeaders(L, all, grid, cells, present, notes);
        theItem(L, all, grid, cells, present, notes);
        for (ColumnSpec c : all) {
            List<String> values = cells.getOrDefault(c.index, List.of());
            if (values.isEmpty() || values.size() < 2 && !c.header.isBlank() || c.role.isTick() || c.role.isItem()) {
                continue; // one cell is evidence enough only where there is no header at all
            }
            boolean unknown = c.role == ColumnRole.UNKNOWN;
            boolean contestable = unknown || CANDIDATES.contains(c.role);
            if (!contestable || (!unknown && share(c.role, values) > WEAK_PERCENT)) {
                continue;
            }
            ColumnRole best = null;
            int bestShare = 0;
            for (ColumnRole role : CANDIDATES) {
                if (role == c.role || present.getOrDefault(role, 0) > 0 || role == ColumnRole.SEQ && c.index != firstColumn(L)) {
                    continue;
                }
                if (role == ColumnRole.SUBJECT && present.getOrDefault(ColumnRole.RESPONSIBILITY, 0) > 0
                        || role == ColumnRole.RESPONSIBILITY && present.getOrDefault(ColumnRole.SUBJECT, 0) > 0) {
                    continue; // bodies beside the other body column: which one is which the header must say
                }
                int s = share(role, values);
                if (s >= STRONG_PERCENT && s > bestShare) {
                    best = role;
                    bestShare = s;
                }
            }
            if (best == null && c.header.isBlank() && !L.items.isEmpty() && c.index == L.items.get(L.items.size() - 1).index + 1
                    && share(values, v -> v.length() <= 20 && NOT_A_NAME.matcher(v).find() == false) >= STRONG_PERCENT
                    && present.getOrDefault(ColumnRole.CONTENT, 0) > 0) {
                // a headerless column of short names right after the item, the content named elsewhere: the next level
                c.role = ColumnRole.ITEM;
                c.item = true;
                L.items.add(c);
                notes.add(new ImportNote(grid.sheet, Grid.address(L.headerRow, c.index), L.headerRow + 1, c.header, c.header,
                        ImportAction.GUESSED, new ImportNote.Reason(Grid.column(c.index) + " 列没有表头：紧接公开事项，写的是短的名称：读作下一级事项",
                        "column " + Grid.column(c.index) + " has no header: right after the item and holding short names, it is read as the next level")));
                continue;
            }
            if (best == null && c.header.isBlank() && present.getOrDefault(ColumnRole.CONTENT, 0) == 0
                    && !L.items.isEmpty() && c.index > L.items.get(L.items.size() - 1).index) {
                // a headerless column of prose right of the item: what the item's content is
                int s = 0;
                for (String v : values) {
                    // a law cited in the content (《社会救助暂行办法》) does not make it a basis column when the basis has one
                    if (v.length() >= 4 && CANDIDATES.stream().filter(r -> present.getOrDefault(r, 0) == 0).noneMatch(r -> fits(r, v))) {
                        s++;
                    }
                }
                if (s * 2 > values.size()) { // prose is what is left: most cells are nothing else
                    best = ColumnRole.CONTENT;
                    bestShare = s * 100 / values.size();
                }
            }
            if (best != null) {
                present.merge(c.role, -1, Integer::sum);
                present.merge(best, 1, Integer::sum);
                note(grid, L, c, best, bestShare, notes);
                c.role = best;
                if (best == ColumnRole.DEADLINE) {
                    c.unit = CellValues.headerUnit(c.header);
                }
            }
        }
        categoryLevels(L, all, grid, cells, notes);
        boolean added = false;
        for (ColumnSpec c : headerless) {
            if (c.role != ColumnRole.UNKNOWN) {
                L.columns.add(c);
                L.width = Math.max(L.width, c.index + 1);
                added = true;
            }
        }
        if (added) {
            L.columns.sort(java.util.Comparator.comparingInt(c -> c.index));
        }
    }

    /**
     * A table with no item column after the votes: the leftmost column no header explains whose cells are short names
     * (no list, no sentence) is the item.
     */
    private void theItem(TableLayout L, List<ColumnSpec> all, Grid grid, Map<Integer, List<String>> cells,
            Map<ColumnRole, Integer> present, List<ImportNote> notes) {
        if (!L.items.isEmpty()) {
            return;
        }
        for (ColumnSpec c : all) {
            List<String> values = cells.getOrDefault(c.index, List.of());
            if (c.role != ColumnRole.UNKNOWN || values.isEmpty()) {
                continue;
            }
            if (CANDIDATES.stream().anyMatch(r -> share(r, values) >= STRONG_PERCENT)) {
                continue; // a column its cells explain (a deadline, a body) is not the item
            }
            if (share(values, v -> v.length() <= 30 && !NOT_A_NAME.matcher(v).find()) >= STRONG_PERCENT) {
                c.role = ColumnRole.ITEM;
                c.item = true;
                L.items.add(c);
                present.merge(ColumnRole.ITEM, 1, Integer::sum);
                notes.add(new ImportNote(grid.sheet, Grid.address(L.headerRow, c.index), L.headerRow + 1, c.header, c.header,
                        ImportAction.GUESSED, new ImportNote.Reason(Grid.column(c.index) + " 列没有可识别的表头，写的是短的名称：读作公开事项",
                        "column " + Grid.column(c.index) + " has no header known and holds short names: read as the item")));
                return;
            }
        }
    }

    /**
     * Headers cut short (公开 for 公开时限 and 公开依据 alike): each column takes the role among those its header may have
     * that its cells fit best, the surest first; of the rest, the leftmost that may be the item is the item, the next
     * that may be the content is the content.
     */
    private void cutHeaders(TableLayout L, List<ColumnSpec> all, Grid grid, Map<Integer, List<String>> cells,
            Map<ColumnRole, Integer> present, List<ImportNote> notes) {
        record Fit(ColumnSpec column, ColumnRole role, int share, double length) {
        }
        List<Fit> fits = new ArrayList<>();
        List<ColumnSpec> cut = new ArrayList<>();
        for (ColumnSpec c : all) {
            if (c.role != ColumnRole.UNKNOWN || c.candidates.isEmpty()) {
                continue;
            }
            cut.add(c);
            List<String> values = cells.getOrDefault(c.index, List.of());
            for (ColumnRole r : c.candidates) {
                if (CANDIDATES.contains(r) && !values.isEmpty()) {
                    int s = share(r, values);
                    if (s >= 50) {
                        fits.add(new Fit(c, r, s, values.stream().mapToInt(String::length).average().orElse(0)));
                    }
                }
            }
        }
        // the surest first; between equally sure columns, the terser one: a value column (渠道) is short where prose that
        // mentions a channel (a content column) is long
        fits.sort(java.util.Comparator.comparingInt(Fit::share).reversed().thenComparingDouble(Fit::length));
        for (Fit f : fits) {
            if (f.column().role == ColumnRole.UNKNOWN && present.getOrDefault(f.role(), 0) == 0) {
                note(grid, L, f.column(), f.role(), f.share(), notes);
                f.column().role = f.role();
                present.merge(f.role(), 1, Integer::sum);
                if (f.role() == ColumnRole.DEADLINE) {
                    f.column().unit = CellValues.headerUnit(f.column().header);
                }
            }
        }
        for (ColumnSpec c : cut) {
            ColumnRole r = null;
            if (c.role != ColumnRole.UNKNOWN) {
                continue;
            }
            if (c.candidates.size() == 1 && present.getOrDefault(c.candidates.iterator().next(), 0) == 0
                    && !c.candidates.iterator().next().isItem()) {
                r = c.candidates.iterator().next(); // 责任 can only be 责任单位/责任科室
            } else if (c.candidates.contains(ColumnRole.ITEM) && L.items.isEmpty()) {
                r = ColumnRole.ITEM;
                c.item = true;
                L.items.add(c);
            } else if (c.candidates.contains(ColumnRole.CONTENT) && present.getOrDefault(ColumnRole.CONTENT, 0) == 0) {
                r = ColumnRole.CONTENT;
            }
            if (r != null) {
                notes.add(new ImportNote(grid.sheet, Grid.address(L.headerRow, c.index), L.headerRow + 1, c.header, c.header,
                        ImportAction.GUESSED, new ImportNote.Reason(Grid.column(c.index) + " 列的表头“" + nameOf(c) + "”不完整：按位置读作" + r.label(),
                        "column " + Grid.column(c.index) + "'s header \"" + nameOf(c) + "\" is cut short: read as " + r.label() + " by its place")));
                c.role = r;
                present.merge(r, 1, Integer::sum);
            }
        }
    }

    /**
     * Unknown text columns between the sequence number (or the table's edge) and the item column, on either side of
     * it: the item's category levels, the broader (fewer distinct values) first.
     */
    private void categoryLevels(TableLayout L, List<ColumnSpec> all, Grid grid, Map<Integer, List<String>> cells,
            List<ImportNote> notes) {
        if (L.items.isEmpty()) {
            return;
        }
        int at = all.indexOf(L.items.get(0));
        int last = all.indexOf(L.items.get(L.items.size() - 1));
        List<ColumnSpec> levels = run(all, cells, at - 1, -1);
        if (levels.isEmpty()) {
            levels = run(all, cells, last + 1, +1);
        }
        if (levels.isEmpty()) {
            return;
        }
        int existing = (int) L.items.stream().filter(c -> c.role.isItemLevel()).count();
        if (existing + levels.size() > 6) {
            return;
        }
        levels.sort(java.util.Comparator.comparingLong((ColumnSpec c) -> cells.getOrDefault(c.index, List.of()).stream().distinct().count())
                .thenComparingInt(c -> c.index));
        List<ColumnRole> order = List.of(ColumnRole.ITEM_LEVEL_1, ColumnRole.ITEM_LEVEL_2, ColumnRole.ITEM_LEVEL_3,
                ColumnRole.ITEM_LEVEL_4, ColumnRole.ITEM_LEVEL_5, ColumnRole.ITEM_LEVEL_6);
        for (int k = 0; k < levels.size(); k++) {
            ColumnSpec c = levels.get(k);
            c.role = order.get(k);
            c.item = true;
            notes.add(new ImportNote(grid.sheet, Grid.address(L.headerRow, c.index), L.headerRow + 1, c.header, c.header,
                    ImportAction.GUESSED, new ImportNote.Reason(
                    Grid.column(c.index) + " 列（“" + nameOf(c) + "”）在序号与公开事项之间，写的是文字：读作第 " + (k + 1) + " 级分类",
                    "column " + Grid.column(c.index) + " (\"" + nameOf(c) + "\") stands between the sequence number and the item"
                    + " and holds text: read as category level " + (k + 1))));
        }
        List<ColumnSpec> items = new ArrayList<>(levels); // the broader levels, then the item columns as they were
        items.addAll(L.items);
        L.items.clear();
        L.items.addAll(items);
    }

    /**
     * The unknown text columns next to the item column going one way from {@code from}, when they run up to the
     * sequence number or the table's edge (else none: a known column between, or the run stops short).
     */
    private List<ColumnSpec> run(List<ColumnSpec> all, Map<Integer, List<String>> cells, int from, int step) {
        List<ColumnSpec> out = new ArrayList<>();
        for (int i = from; i >= 0 && i < all.size(); i += step) {
            ColumnSpec c = all.get(i);
            if (c.role == ColumnRole.SEQ) {
                return out;
            }
            List<String> values = cells.getOrDefault(c.index, List.of());
            boolean text = !values.isEmpty() && values.stream().noneMatch(v -> fits(ColumnRole.SEQ, v) || readers.tickCell(v));
            if (c.role != ColumnRole.UNKNOWN || !text) {
                return List.of();
            }
            out.add(c);
        }
        return out;
    }

    private static int firstColumn(TableLayout L) {
        return L.columns.isEmpty() ? -1 : Math.min(0, L.columns.get(0).index);
    }

    /** Separators of a list or a sentence: a name has none. */
    private static final Pattern NOT_A_NAME = Pattern.compile("[、，,；;。:：]|\\d+[.、]");

    private static int share(List<String> values, java.util.function.Predicate<String> p) {
        return values.isEmpty() ? 0 : (int) (values.stream().filter(p).count() * 100 / values.size());
    }

    private int share(ColumnRole role, List<String> values) {
        int n = 0;
        for (String v : values) {
            if (fits(role, v)) {
                n++;
            }
        }
        return n * 100 / values.size();
    }

    private static String nameOf(ColumnSpec c) {
        return c.header == null || c.header.isBlank() ? "" : c.header.replace('\n', ' ');
    }

    private static void note(Grid grid, TableLayout L, ColumnSpec c, ColumnRole role, int share, List<ImportNote> notes) {
        String col = Grid.column(c.index);
        boolean unknown = c.role == ColumnRole.UNKNOWN;
        String zh = col + " 列" + (nameOf(c).isEmpty() ? "（无表头）" : "（“" + nameOf(c) + "”）") + "按其内容读作" + role.label()
                + "：" + share + "% 的单元格是" + role.label() + "的写法" + (unknown ? "" : "，而不是表头所说的" + c.role.label());
        String en = "column " + col + (nameOf(c).isEmpty() ? " (no header)" : " (\"" + nameOf(c) + "\")") + " read as " + role.label()
                + " from its content: " + share + "% of its cells are written as " + role.label() + " is"
                + (unknown ? "" : ", not as its header's " + c.role.label());
        notes.add(new ImportNote(grid.sheet, Grid.address(L.headerRow, c.index), L.headerRow + 1, c.header, c.header,
                ImportAction.GUESSED, new ImportNote.Reason(zh, en)));
    }
}
