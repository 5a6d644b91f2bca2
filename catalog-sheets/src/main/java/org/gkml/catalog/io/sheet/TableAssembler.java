package org.gkml.catalog.io.sheet;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gkml.catalog.model.Audience;
import org.gkml.catalog.model.AudienceScope;
import org.gkml.catalog.model.Channel;
import org.gkml.catalog.model.ChannelType;
import org.gkml.catalog.model.ChineseText;
import org.gkml.catalog.model.Content;
import org.gkml.catalog.model.Deadline;
import org.gkml.catalog.model.DeadlineCell;
import org.gkml.catalog.model.Duration;
import org.gkml.catalog.model.Entry;
import org.gkml.catalog.model.Extensions;
import org.gkml.catalog.model.LegalReference;
import org.gkml.catalog.model.Level;
import org.gkml.catalog.model.Method;
import org.gkml.catalog.model.Organization;
import org.gkml.catalog.model.Responsibility;
import org.gkml.catalog.model.Vocabulary;

/**
 * Table understanding, independent of the file format: finds title rows, one- or two-row headers (repeated
 * mid-table or stacked tables each with its own header), assigns column roles, assembles entries from data,
 * merged, continuation and 同上 rows, and notes every cell not taken as it stood.
 */
final class TableAssembler {

    private static final Pattern ITEM_LEVEL = Pattern.compile("^([一二三四五六])级(事项|目录|分类|类别|栏目)?(名称)?$");
    /**
     * Columns whose blank cells inherit the value above even without merge information (CSV, or XLSX where the
     * publisher left cells blank): what real sheets merge over several items. With merge information (XLSX), cells
     * inside a merged region inherit in any column.
     */
    private static final Set<String> INHERITED = Set.of("deadline", "subject", "channel", "audience", "method", "level");
    private static final Set<String> NEVER_INHERITED = Set.of("seq", "code", "audienceTick", "methodTick", "levelTick", "channelTick",
            "item", "itemType", "itemLevel1", "itemLevel2", "itemLevel3", "itemLevel4", "itemLevel5", "itemLevel6");
    private static final Pattern SAME = Pattern.compile("^(同上|同前|同上栏|同上一栏)$");
    private static final Set<String> YES = Set.of("是", "Y", "y", "yes", "Yes", "YES");
    /** 和/及/与 right after a body's name (县教育局和乡镇中心学校), never inside one (住房和城乡建设部门). */
    private static final Pattern BODIES_JOINED = Pattern.compile("(?<=[局委办府院所站中心校])(?:和|及|与)(?=.)");
    /** Cells under a tick column that say "not this one". */
    private static final Set<String> NOT_CHOSEN = Set.of("否", "无", "×", "✗", "✘", "/", "-", "—", "N", "n");

    /** One column of a table layout. */
    private static final class Column {
        final int index;
        String role;           // see MappingProfile.ROLES, plus audienceTick, methodTick, levelTick, unknown
        final String header;   // the header text (group label / sub label)
        AudienceScope scope;
        Method method;
        ChannelType channel;
        Set<Level> levels = EnumSet.noneOf(Level.class);
        boolean guessedLevel;
        /** The time unit the header gives its bare numbers (公开时限（工作日）→ 个工作日), or null. */
        String unit;
        /** Whether the column is one of the layout's item columns (公开事项, 一级事项 …). */
        boolean item;

        Column(int index, String role, String header) {
            this.index = index;
            this.role = role;
            this.header = header;
        }
    }

    private static final class Layout {
        final List<Column> columns = new ArrayList<>();
        final List<Column> items = new ArrayList<>();
        int headerRow;
        int headerRows;
        String signature;
        /** One more than the largest column index. */
        int width;

        private boolean[] coveredIndex;
        private int coveredColumns = -1;

        boolean covered(int index) {
            if (coveredColumns != columns.size()) { // built once the layout is complete
                int max = 0;
                for (Column c : columns) {
                    max = Math.max(max, c.index);
                }
                boolean[] b = new boolean[max + 1];
                for (Column c : columns) {
                    b[c.index] = true;
                }
                coveredIndex = b;
                coveredColumns = columns.size();
            }
            return index >= 0 && index < coveredIndex.length && coveredIndex[index];
        }

        Column first(String role) {
            for (Column c : columns) {
                if (c.role.equals(role)) {
                    return c;
                }
            }
            return null;
        }

        List<Column> all(String role) {
            List<Column> out = new ArrayList<>();
            for (Column c : columns) {
                if (c.role.equals(role)) {
                    out.add(c);
                }
            }
            return out;
        }
    }

    /** A data row kept for assembly, with the row each value came from (for inherited cells). */
    private static final class Raw {
        final int row;
        final String[] text;
        /** The row each value came from, when any came from another row (else null: all from this one). */
        private int[] from;
        /** The section rows above (一、政务信息 › （一）机构信息): the first category levels of this entry. */
        List<String> sections = List.of();
        /** The row the value of column {@code i} came from. */
        int from(int i) {
            return from == null ? row : from[i];
        }

        /** Records that the value of column {@code i} came from row {@code r}. */
        void from(int i, int r) {
            if (from == null) {
                if (r == row) {
                    return;
                }
                from = new int[text.length];
                java.util.Arrays.fill(from, row);
            }
            from[i] = r;
        }

        /** Whether the row carries a number in the 序号 column. */
        boolean numbered;
        /** The runs of blanks under a value this row is held back by. */
        int pendingRuns;

        Raw(int row, int width) {
            this.row = row;
            this.text = new String[width];
        }
    }

    private final Grid grid;
    private final MappingProfile profile;
    private final List<ImportNote> notes;
    private final String codePrefix;
    final List<Entry> entries = new ArrayList<>();
    final SourceMap sourceMap = new SourceMap();
    String title;
    int tables;
    int dataRows;
    private Entry previousEntry;
    private List<String> lastCategory = List.of();
    /** Levels lists by the set's bits, and audiences without description by scope: shared by the entries. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private final List<Level>[] levelLists = new List[1 << Level.values().length];
    private final Map<AudienceScope, Audience> audiences = new java.util.EnumMap<>(AudienceScope.class);

    /** The most data rows held at once on their way to entries (bounded, whatever the table's length). */
    int maxHeld;
    /** The entry codes taken so far. */
    private final TextTable<Boolean> codes = new TextTable<>(Integer.MAX_VALUE);
    /** Parsed cell values by text: sheets repeat deadlines, bases, channels and subjects row after row. */
    private final TextTable<DeadlineCell> deadlines = new TextTable<>();
    private final java.util.function.Function<String, DeadlineCell> deadlineParser = Deadline.cellParser();
    private final TextTable<List<LegalReference>> bases = new TextTable<>();
    private final TextTable<Duration> durations = new TextTable<>();
    private final TextTable<Content> contents = new TextTable<>();
    private final TextTable<Responsibility> units = new TextTable<>();
    private final TextTable<ChannelCell.Result> channelCells = new TextTable<>();
    private final java.util.function.Function<String, ChannelCell.Result> channelParser = ChannelCell.parser();

    private final TextTable<Set<Level>> levelCells = new TextTable<>();
    private final TextTable<Optional<AudienceScope>> audienceCells = new TextTable<>();
    private final TextTable<Optional<Method>> methodCells = new TextTable<>();
    private final TextTable<Boolean> tickCells = new TextTable<>();
    private final TextTable<List<Organization>> subjectCells = new TextTable<>();
    private final TextTable<String[]> responsibilityCells = new TextTable<>();

    /** The levels of a set as a list shared by every entry with the same levels. */
    private List<Level> levelList(EnumSet<Level> levels) {
        int bits = 0;
        for (Level l : levels) {
            bits |= 1 << l.ordinal();
        }
        List<Level> l = levelLists[bits];
        if (l == null) {
            l = List.copyOf(levels);
            levelLists[bits] = l;
        }
        return l;
    }

    /** An audience; the ones without description are shared by their entries. */
    private Audience audience(AudienceScope scope, String description) {
        return description != null ? new Audience(scope, description) : audiences.computeIfAbsent(scope, x -> new Audience(x, null));
    }

    /** The channel cell's channels first, then those of the tick columns after it, as they were added. */
    private static List<Channel> joined(List<Channel> first, List<Channel> more) {
        List<Channel> all = new ArrayList<>(first);
        all.addAll(more);
        return all;
    }

    private Set<Level> levelCell(String v) {
        return levelCells.get(v, TableAssembler::levelsText);
    }

    private Optional<AudienceScope> audienceCell(String v) {
        return audienceCells.get(v, TableAssembler::audienceText);
    }

    private Optional<Method> methodCell(String v) {
        return methodCells.get(v, TableAssembler::methodText);
    }

    /** The last cell text asked about as a tick, and the answer: tick columns repeat one shared √ row after row. */
    private String lastTickText;
    private boolean lastTick;

    private boolean tickCell(String v) {
        if (v != lastTickText) {
            lastTick = tickCells.get(v, CellText::isTick);
            lastTickText = v;
        }
        return lastTick;
    }

    TableAssembler(Grid grid, MappingProfile profile, List<ImportNote> notes, String codePrefix) {
        this.grid = grid;
        this.profile = profile;
        this.notes = notes;
        this.codePrefix = codePrefix;
    }

    private void note(int row, int col, String header, String text, String action, String reason) {
        notes.add(new ImportNote(grid.sheet, col < 0 ? null : Grid.address(row, col), row + 1, header, text, action, reason));
    }

    // ---- driving ----------------------------------------------------------------------------------------------

    void run() {
        int r = 0;
        while (grid.has(r)) {
            int h = findHeader(r);
            if (h < 0) {
                if (tables == 0) {
                    notes.add(new ImportNote(grid.sheet, null, 0, null, null, "dropped",
                            "no header row found (expected a row naming at least three of 公开事项, 公开内容, 公开依据, 公开时限, 公开主体, 公开渠道 …)"));
                } else {
                    for (int k = r; grid.has(k); k++) {
                        dropRow(k, "row after the last table that is not part of any table");
                    }
                }
                return;
            }
            int titleRow = tables == 0 && title == null ? titleRow(r, h) : -1;
            int publisherRow = titleRow > r ? publisherAbove(r, titleRow) : -1;
            for (int t = r; t < h; t++) {
                String text = rowText(t);
                if (text.isEmpty()) {
                    continue;
                }
                if (t == titleRow) {
                    title = (publisherRow >= 0 ? CellText.clean(rowText(publisherRow)) : "") + CellText.clean(text);
                } else if (t == publisherRow) {
                    note(t, firstNonBlank(t), null, text, "guessed", "the body's name on the row above the title: part of the title");
                } else {
                    note(t, firstNonBlank(t), null, text, "skipped", ATTACHMENT.matcher(text).matches()
                            ? "attachment label above the table (附件), not its title" : "title row above a table header");
                }
            }
            while (sameRow(h, h + 1)) { // the header row written twice (the print titles of a page copied with it)
                note(h, firstNonBlank(h), null, rowText(h), "skipped", "the header row written twice; the second is read");
                h++;
            }
            Layout layout = layout(h);
            for (Column c : layout.columns) {
                if (profile.nearOnly(c.header)) {
                    notes.add(new ImportNote(grid.sheet, Grid.address(h, c.index), h + 1, c.header, c.header, "guessed",
                            "column header \"" + c.header + "\" is one character away from a template header: read as " + c.role));
                }
            }
            tables++;
            r = rows(layout, h + layout.headerRows);
        }
    }

    private static final Pattern NONE = Pattern.compile("^(?:无|暂无|没有|空|不涉及|无此项|/+|-+|—+|–+|——/——|\\\\)$");
    /** Whether a cell says there is none (无, /, —, 暂无, 不涉及); cheap for the cells that cannot. */
    private static boolean saysNone(String v) {
        return v.length() <= 8 && mayBeNone(v) && NONE.matcher(ChineseText.fold(v)).matches();
    }

    /** Whether a cell can be a none marker at all: its first visible character starts one. */
    private static boolean mayBeNone(String v) {
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (!CellText.isSpace(c)) {
                return "无暂没空不/-—–\\／－".indexOf(c) >= 0;
            }
        }
        return false;
    }

    private static final Pattern PEOPLE = Pattern.compile("对象|村民|居民|学生|家长|企业|申请人|当事人|人员|职工|家庭|本人|群众|住户|农户|患者|老人|儿童|残疾人|单位|信访人|举报人|投诉人|权利人|利害关系人|相关人|办事人|经营者|商户|纳税人|参保人");
    private static final Pattern METHOD_WITH_CHANNELS = Pattern.compile("^([^(（]+)[(（](.+)[)）]$", Pattern.DOTALL);
    private static final Pattern ATTACHMENT = Pattern.compile("^\\s*附\\s*件\\s*[0-9０-９一二三四五六七八九十]*\\s*[:：]?\\s*$");
    private static final Pattern TITLE_WORDS = Pattern.compile("目录|清单|标准|事项|公开");

    /**
     * The row above the first header that is the catalog's title: the first one naming a catalog (目录, 清单, 标准,
     * 事项, 公开), else the first that is not an attachment label such as 附件1; -1 when there is none.
     */
    private int titleRow(int from, int header) {
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
    private int publisherAbove(int from, int titleRow) {
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

    private void dropRow(int row, String reason) {
        for (int c = 0; c < grid.width(row); c++) {
            if (!grid.blank(row, c)) {
                note(row, c, null, grid.cell(row, c), "dropped", reason);
            }
        }
    }

    private int firstNonBlank(int row) {
        for (int c = 0; c < grid.width(row); c++) {
            if (!grid.blank(row, c)) {
                return c;
            }
        }
        return -1;
    }

    /** Whether two rows hold the same texts, cell by cell (white space around them aside). */
    private boolean sameRow(int a, int b) {
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

    private String rowText(int row) {
        Set<String> distinct = new LinkedHashSet<>();
        for (int c = 0; c < grid.width(row); c++) {
            if (!grid.blank(row, c)) {
                distinct.add(grid.cell(row, c).strip());
            }
        }
        return String.join(" ", distinct);
    }

    private int findHeader(int from) {
        for (int r = from; grid.has(r); r++) {
            if (isHeaderRow(r)) {
                return r;
            }
        }
        return -1;
    }

    /** Header roles of cell texts already seen (data rows repeat their short values). */
    private final Map<String, String> roleCache = new HashMap<>();
    private static final String NO_ROLE = "";

    private String role(String cell) {
        String r = roleCache.get(cell);
        if (r == null) {
            r = profile.role(cell);
            if (roleCache.size() < 50_000) {
                roleCache.put(cell, r == null ? NO_ROLE : r);
            }
            return r;
        }
        return r == NO_ROLE ? null : r;
    }

    private boolean isHeaderRow(int r) {
        Set<String> roles = new java.util.HashSet<>();
        for (int c = 0; c < grid.width(r); c++) {
            String cell = grid.cell(r, c);
            if (cell.isBlank() || cell.length() > 60) {
                continue;
            }
            String role = role(cell);
            if (role != null && !role.equals("ignore") && !role.equals("seq")) {
                roles.add(role.startsWith("itemLevel") ? "item" : role);
            }
        }
        return roles.size() >= 3;
    }

    private boolean isSubLabel(String cell) {
        String k = subLabelKey(cell);
        if (k.isEmpty()) {
            return true;
        }
        if (isGridLabel(k)) {
            return true;
        }
        String role = profile.role(cell);
        return role != null && !role.equals("seq");
    }

    /**
     * An item level, scope, method, level or channel label (Vocabulary.isChannelLabel: a tick grid of channels,
     * 公开渠道 → 政府网站 | 公示栏 | 其他), as {@link MappingProfile#key} folds it.
     */
    private static boolean isGridLabel(String k) {
        return ITEM_LEVEL.matcher(k).matches() || Vocabulary.audience(k).isPresent() || Vocabulary.method(k).isPresent()
                || !levelsText(k).isEmpty() || placeLevel(k) != null || Vocabulary.isChannelLabel(k);
    }

    private static final Pattern REMARK = Pattern.compile("^(.+?)\\((.+)\\)$");

    /** A sub-header label folded, without a remark in brackets after it when that leaves a grid label: 特定群体（申请人）. */
    private static String subLabelKey(String label) {
        String k = MappingProfile.key(label);
        Matcher m = k.indexOf('(') < 0 ? null : REMARK.matcher(k);
        return m != null && m.matches() && !isGridLabel(k) && isGridLabel(m.group(1)) ? m.group(1) : k;
    }

    private boolean isSubHeader(int r) {
        if (!grid.has(r)) {
            return false;
        }
        int known = 0;
        int unknown = 0;
        for (int c = 0; c < grid.width(r); c++) {
            String cell = grid.cell(r, c);
            if (cell.isBlank()) {
                continue;
            }
            if (cell.length() > 16 || CellText.isTick(cell)) {
                return false;
            }
            if (isSubLabel(cell)) {
                known++;
            } else {
                unknown++;
            }
        }
        // all labels, or one label in four unknown (不予公开 beside 主动公开 | 依申请公开): the sub-columns are
        // still read, the unknown one is reported
        return known > 0 && (unknown == 0 || (known >= 3 && unknown * 4 <= known + unknown));
    }

    // ---- layout -----------------------------------------------------------------------------------------------

    private static Set<Level> placeLevel(String k) {
        // 东阳市级, 黄石市级: a named city's own level in a basic-level catalog
        if (k.matches("^.{2,6}(市|县|区|旗)级$")) {
            Set<Level> l = Vocabulary.levels(k.substring(k.length() - 2));
            if (!l.isEmpty()) {
                return k.endsWith("市级") ? EnumSet.of(Level.COUNTY) : l;
            }
        }
        return null;
    }

    private Layout layout(int h) {
        Layout L = new Layout();
        L.headerRow = h;
        boolean two = isSubHeader(h + 1);
        L.headerRows = two ? 2 : 1;
        StringBuilder sig = new StringBuilder();
        String group = null;
        for (int c = 0; c < Math.max(grid.width(h), grid.width(h + 1)); c++) {
            String top = grid.cell(h, c).strip();
            String sub = two ? grid.cell(h + 1, c).strip() : "";
            if (!top.isEmpty()) {
                group = top;
            }
            String forced = profile.columnRole(c);
            Column col;
            String[] grouped;
            if (top.isEmpty() && sub.isEmpty()) {
                continue; // a phantom column with no header
            }
            String groupRole = group == null ? null : profile.role(group);
            String topRole = top.isEmpty() ? groupRole : profile.role(top);
            if (forced != null) {
                col = new Column(c, forced, top.isEmpty() ? sub : top);
            } else if (!sub.isEmpty()) {
                col = subColumn(h + 1, c, top.isEmpty() ? group : top, top.isEmpty() ? groupRole : topRole, sub);
            } else if (topRole == null && isTickLabel(top)) {
                col = subColumn(h, c, null, null, top); // 全社会 | 特定群体 | 主动公开 | 县级 … as headers of their own
            } else if ((topRole == null || GRID_ROLES.contains(topRole)) && (grouped = groupAndLabel(top)) != null) {
                // 公开对象（全社会）| 公开方式-主动 | 公开事项-一级事项: a grouped header written in one row
                col = subColumn(h, c, grouped[0], profile.role(grouped[0]), grouped[1]);
            } else {
                col = new Column(c, topRole == null ? "unknown" : topRole, top);
                if ("audience".equals(topRole) || "method".equals(topRole) || "level".equals(topRole)) {
                    col.role = topRole; // a text column
                }
            }
            L.columns.add(col);
            sig.append(c).append(':').append(col.role).append(';');
        }
        for (Column c : L.columns) {
            if (c.role.equals("item") || c.role.equals("itemType") || c.role.startsWith("itemLevel")) {
                L.items.add(c);
                c.item = true;
            }
            if (c.role.equals("deadline") || c.role.equals("duration")) {
                c.unit = headerUnit(c.header);
            }
        }
        L.signature = sig.toString();
        for (Column c : L.columns) {
            L.width = Math.max(L.width, c.index + 1);
        }
        return L;
    }

    /** The roles whose columns may be a grid of ticks, one column per scope, method or level. */
    private static final Set<String> GRID_ROLES = Set.of("audience", "method", "level");

    /**
     * A group name, then one of its sub-labels: 公开对象（全社会）, 公开方式-主动, 公开层级：县级, 公开事项 一级事项 (tried in
     * that order: the group may hold a space of its own, 公开 对象（全社会）).
     */
    private static final List<Pattern> GROUP_AND_LABEL = List.of(
            Pattern.compile("^(.+?)\\s*[(（【\\[]\\s*(.+?)\\s*[)）】\\]]$"),
            Pattern.compile("^(.+?)\\s*[-—－_/／:：·]\\s*(.+)$"));

    /** White space between a header's words: where 公开对象 全社会 may divide into a group and a sub-label. */
    private static final Pattern WORD_GAP = Pattern.compile("\\s+");

    /**
     * A header cell naming a group and one sub-label of it ({@link #GROUP_AND_LABEL}), as {group, label}: an item
     * level under 公开事项, a scope, method or level under 公开对象, 公开方式, 公开层级. Null otherwise (公开对象（√）,
     * 公开方式（主动/依申请）: how to fill a text column).
     */
    private String[] groupAndLabel(String header) {
        String h = header.strip();
        for (Pattern p : GROUP_AND_LABEL) {
            Matcher m = p.matcher(h);
            if (m.matches() && fitsGroup(m.group(1), m.group(2))) {
                return new String[] {m.group(1).strip(), m.group(2).strip()};
            }
        }
        Matcher gap = WORD_GAP.matcher(h); // 公开 对象 全社会, 公开事项 一级 事项: each gap in turn
        while (gap.find()) {
            if (fitsGroup(h.substring(0, gap.start()), h.substring(gap.end()))) {
                return new String[] {h.substring(0, gap.start()), h.substring(gap.end())};
            }
        }
        return null;
    }

    /** Whether {@code label} is a sub-label of the group {@code group} names (an item level, a scope, method or level). */
    private boolean fitsGroup(String group, String label) {
        String role = profile.role(group.strip());
        String k = subLabelKey(label);
        if (role == null || k.isEmpty()) {
            return false;
        }
        return role.equals("item") || role.equals("itemType") ? ITEM_LEVEL.matcher(k).matches()
                : GRID_ROLES.contains(role) && (isTickLabel(label) || placeLevel(k) != null);
    }

    /** A header naming one tick of the audience, method or level grids (全社会, 依申请公开, 县级). */
    private static boolean isTickLabel(String text) {
        String k = subLabelKey(text);
        return !k.isEmpty() && (Vocabulary.audience(k).isPresent() || Vocabulary.method(k).isPresent() || !levelsText(k).isEmpty());
    }

    private Column subColumn(int row, int c, String top, String topRole, String sub) {
        String k = subLabelKey(sub);
        String label = (top == null ? "" : top) + "/" + sub;
        String subRole = profile.role(sub);
        if (subRole != null && !subRole.startsWith("item") && !subRole.equals("seq")
                && Vocabulary.audience(k).isEmpty() && Vocabulary.method(k).isEmpty() && levelsText(k).isEmpty()) {
            // a sub-header naming an element of its own (公开事项 → 名称 | 内容): the sub-header decides
            return new Column(c, subRole, label);
        }
        if (ITEM_LEVEL.matcher(k).matches() || "item".equals(topRole) || "itemType".equals(topRole)) {
            return new Column(c, "item", label);
        }
        Optional<AudienceScope> a = Vocabulary.audience(k);
        if (("audience".equals(topRole) || "method".equals(topRole) || "level".equals(topRole))
                && (a.isPresent() ? 1 : 0) + (Vocabulary.method(k).isPresent() ? 1 : 0) + (levelsText(k).isEmpty() ? 0 : 1) == 1) {
            // a group over two grids (公开对象及方式 → 全社会 | 特定群体 | 主动公开 | 依申请公开): the label says which
            topRole = null;
        }
        if ("audience".equals(topRole) || (topRole == null && a.isPresent())) {
            Column col = new Column(c, "audienceTick", label);
            col.scope = a.orElse(null);
            if (a.isEmpty()) {
                note(row, c, label, sub, "dropped", "audience sub-column \"" + sub + "\" is not 全社会 or 特定群体; its ticks are ignored");
            }
            return col;
        }
        Optional<Method> m = Vocabulary.method(k);
        if ("method".equals(topRole) || (topRole == null && m.isPresent())) {
            Column col = new Column(c, "methodTick", label);
            col.method = m.orElse(null);
            if (m.isEmpty()) {
                note(row, c, label, sub, "dropped", "method sub-column \"" + sub + "\" is not 主动 or 依申请; its ticks are ignored");
            }
            return col;
        }
        Set<Level> levels = levelsText(k);
        if ("level".equals(topRole) || (topRole == null && !levels.isEmpty())) {
            Column col = new Column(c, "levelTick", label);
            col.levels = levels;
            if (levels.isEmpty()) {
                Set<Level> place = placeLevel(k);
                if (place != null) {
                    col.levels = place;
                    col.guessedLevel = true;
                }
            }
            return col;
        }
        if ("channel".equals(topRole)) { // a tick grid of channels: 公开渠道 → 政府网站 | 政务新媒体 | 公示栏 | 其他
            Column col = new Column(c, "channelTick", label);
            col.channel = Vocabulary.channelType(k).orElse(null);
            if (col.channel == null) {
                note(row, c, label, sub, "dropped", "channel sub-column \"" + sub + "\" names no known channel type; its cells are not read");
            }
            return col;
        }
        String role = profile.role(sub);
        return new Column(c, role != null ? role : topRole != null ? topRole : "unknown", label);
    }

    // ---- rows -------------------------------------------------------------------------------------------------

    private int rows(Layout L, int start) {
        Table table = new Table(L);
        int r = start;
        Raw prev = null;
        List<String> sections = new ArrayList<>(); // the open section rows, outermost first
        List<String> open = List.of(); // the same, shared by the rows below them (copied when a section row changes it)
        for (; grid.has(r); r++) {
            grid.release(r); // every row above is either skipped or kept in a Raw
            if (firstNonBlank(r) < 0) {
                continue;
            }
            boolean numbered = numberedRow(L, r);
            if (!numbered && isHeaderRow(r)) {
                Layout again = layout(r);
                if (again.signature.equals(L.signature)) {
                    r += again.headerRows - 1; // a repeated header
                    continue;
                }
                break; // another table
            }
            if (isTitleRow(r)) {
                break;
            }
            if (isNoteRow(r)) {
                note(r, firstNonBlank(r), null, rowText(r), "skipped", "a note under the table (注/说明/备注), not an item");
                continue;
            }
            String single = singleText(r);
            if (single != null && PAGE_MARK.matcher(single).matches()) {
                note(r, firstNonBlank(r), null, rowText(r), "skipped", "a page number or continuation mark (第 1 页 共 2 页, - 1 -, 续表) from a printed or PDF copy, not an item");
                continue;
            }
            if (columnNumbers(r)) {
                note(r, firstNonBlank(r), null, rowText(r), "skipped", "the columns' numbers (1, 2, 3 …) under the header, not an item");
                continue;
            }
            if (onlyNoneMarks(r)) {
                note(r, firstNonBlank(r), null, rowText(r), "skipped", "a row of dashes or 无 in every cell, not an item");
                continue;
            }
            if (isFooterRow(r)) {
                note(r, firstNonBlank(r), null, rowText(r), "skipped", "a footer under the table (填报单位/填报人/日期 …), not an item");
                continue;
            }
            String sectionName = numbered ? null : section(L, r);
            if (sectionName != null) {
                String rowText = rowText(r);
                int level = sectionLevel(rowText);
                if (level > sections.size() && !startsOutline(rowText)) {
                    // （三）办事服务 right after 二、政策文件: a sub-list starts at （一）, so this continues the outer one
                    level = Math.max(1, sections.size());
                }
                while (sections.size() >= level) {
                    sections.remove(sections.size() - 1);
                }
                sections.add(sectionName);
                open = List.copyOf(sections);
                note(r, firstNonBlank(r), null, rowText, "guessed", sections.size() == 1
                        ? "section row: \"" + sectionName + "\" is the first category level of the entries below it"
                        : "section row: \"" + sectionName + "\" is a category level under \"" + String.join(" › ", sections.subList(0, sections.size() - 1))
                                + "\" for the entries below it");
                prev = null; // nothing continues across a section row
                continue;
            }
            dataRows++;
            Raw raw = new Raw(r, L.width);
            raw.numbered = numbered;
            raw.sections = open;
            boolean any = false;
            boolean itemAny = false;
            boolean onlyContinuable = true;
            String[] cells = grid.cells(r);
            for (Column c : L.columns) {
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
                if (c.role.equals("seq")) {
                    continue;
                }
                any = true;
                if (c.item) {
                    itemAny = true;
                }
                if (!(c.role.equals("content") || c.role.equals("basis") || c.role.equals("channel"))) {
                    onlyContinuable = false;
                }
            }
            for (int c = 0; c < cells.length; c++) {
                if (!L.covered(c) && !Grid.isBlank(cells[c])) {
                    note(r, c, null, cells[c], "dropped", "cell in a column without header");
                }
            }
            if (!any) {
                note(r, firstNonBlank(r), "序号", rowText(r), "skipped", "row holds only a sequence number and no item");
                continue;
            }
            if (!itemAny && onlyContinuable && prev != null && seqBlank(L, r)) {
                for (Column c : L.columns) {
                    String v = raw.text[c.index];
                    if (v != null) {
                        prev.text[c.index] = prev.text[c.index] == null ? v : prev.text[c.index] + "\n" + v;
                        note(r, c.index, c.header, v, "appended", "continuation row: text appended to the entry in row " + (prev.row + 1));
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

    private static final Pattern SECTION_MARK = Pattern.compile(
            "^\\s*(?:[一二三四五六七八九十]{1,3}\\s*[、.．]|[(（]\\s*[一二三四五六七八九十]{1,3}\\s*[)）]|第[一二三四五六七八九十]{1,3}(?:部分|类|章|节))");

    /**
     * A section row inside a table (一、机构信息 over the entries of that section): one text only, short, never a
     * numbered row, and either with an outline mark such as 一、 or （一）, or alone in the 序号 column, or repeated
     * across three or more cells (a merged row copied out). A lone text in an item column is not one: that is an item
     * whose other cells were merged. Returns the section's name, or null. Asked only of rows without a number in
     * the 序号 column.
     */
    private String section(Layout L, int r) {
        if (L.items.isEmpty()) {
            return null;
        }
        String only = null;
        int first = -1;
        int count = 0;
        Column seq = L.first("seq");
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
        if (only == null || only.length() > 40 || SAME.matcher(ChineseText.fold(only)).matches()
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
    private static final Pattern CN_OUTLINE = Pattern.compile("^(?:第|[(（])?\\s*[一二三四五六七八九十]{1,3}\\s*[)）、.．]?$");

    private static final Pattern TICK_WITH_NAME = Pattern.compile("^(\\S{1,2}?)\\s*[(（:：]\\s*(.+?)\\s*[)）]?$", Pattern.DOTALL);

    private static final Pattern OUTLINE_NUMBER = Pattern.compile("^\\s*(?:第|[(（])?\\s*([一二三四五六七八九十]{1,3}|\\d{1,2})");

    /** Whether a section row's outline number is the first of its list (一, （一）, 1) or it has none. */
    private static boolean startsOutline(String text) {
        Matcher m = OUTLINE_NUMBER.matcher(text);
        return !m.find() || m.group(1).equals("一") || m.group(1).equals("1");
    }

    /** The outline level of a section row: 1 for 一、 and 第一部分, 2 for （一）, 3 for 1. (and 1 when unmarked). */
    private static int sectionLevel(String text) {
        String t = text.strip();
        if (t.matches("^[(（]\\s*[一二三四五六七八九十]{1,3}\\s*[)）].*")) {
            return 2;
        }
        if (t.matches("^\\d{1,2}\\s*[、.．].*")) {
            return 3;
        }
        return 1;
    }

    /** The extensions key of a column's cells: its header, or its letter when it has none. */
    private static String extensionKey(Column col) {
        return col.header == null || col.header.isBlank() ? Grid.column(col.index) : CellText.clean(col.header);
    }

    private static int lastNamed(String[] path) {
        for (int k = path.length - 1; k >= 0; k--) {
            if (path[k] != null) {
                return k;
            }
        }
        return -1;
    }

    /** Whether the row carries a number in the 序号 column: a data row, never a repeated header. */
    private boolean numberedRow(Layout L, int r) {
        Column seq = L.first("seq");
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

    private static final Pattern PAGE_MARK = Pattern.compile(
            "^\\s*(?:[(（]?(?:续表|续上表|接上表|接上页|续上页|续)[\\d一二三四五六七八九十]*[)）]?|第\\s*\\d+\\s*页\\s*[,，/、]?\\s*(?:共\\s*\\d+\\s*页)?|共\\s*\\d+\\s*页\\s*[,，/、]?\\s*第\\s*\\d+\\s*页|[-—–]\\s*\\d+\\s*[-—–]|\\d+\\s*/\\s*\\d+\\s*页?|Page\\s*\\d+(?:\\s*of\\s*\\d+)?)\\s*$");

    /** The one text a row holds (in one cell or repeated across a merged region), or {@code null}. */
    private String singleText(int r) {
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
    private boolean columnNumbers(int r) {
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
    private boolean onlyNoneMarks(int r) {
        boolean any = false;
        for (int c = 0; c < grid.width(r); c++) {
            if (!grid.blank(r, c)) {
                if (!saysNone(grid.cell(r, c))) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    private boolean seqBlank(Layout L, int r) {
        Column seq = L.first("seq");
        return seq == null || grid.blank(r, seq.index);
    }

    private static final Pattern NOTE = Pattern.compile("^\\s*(注|说明|备注|填表说明|附注|注释)\\s*[:：0-9１-９一、.(（]");

    /** A footnote row: one text only, starting 注：/说明：/备注：. */
    private boolean isNoteRow(int r) {
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

    private static final Pattern FOOTER = Pattern.compile(
            "^\\s*(?:(?:填报|填表|制表|编制|审核|审批|审定|联系|负责人|单位负责人|分管领导|经办人|日期|时间)[^:：]{0,6}[:：]"
                    + "|[(（]?\\s*(?:以下空白|以下无正文|以下为空|此页无正文)\\s*[)）]?\\s*$)");

    /** Whether a cell can be a footer line at all: it has a colon, or says 以下… or 此页…. */
    private static boolean mayBeFooter(String v) {
        return v.indexOf(':') >= 0 || v.indexOf('：') >= 0 || v.indexOf('以') >= 0 || v.indexOf('此') >= 0 || v.indexOf('∶') >= 0;
    }

    /** A footer row: every non-blank cell is a 填报单位：… / 填报人：… / 日期：… line. */
    private boolean isFooterRow(int r) {
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

    private boolean isTitleRow(int r) {
        if (singleText(r) == null) {
            return false; // a title is one text (possibly repeated across a merged region)
        }
        // a title is followed (after blank rows) by a header
        for (int k = r + 1; grid.has(k); k++) {
            if (firstNonBlank(k) >= 0) {
                return isHeaderRow(k);
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
    private final class Table {
        final Layout L;
        /** Per column index: 0 never filled, 1 filled under a merged region only (XLSX), 2 always filled. */
        private final int[] inherit;
        /** Per column index: the role the column had when the table was read (the judgements may change it). */
        private final String[] fillRole;
        /** Per column index: whether the column's role is one of {@link #SPLIT_ROLES}. */
        private final boolean[] splits;
        /** Per column index: the previous row's value after 同上, before filling (what a 同上 below refers to). */
        private final String[] above;
        private final int[] aboveFrom;
        /** Per column index: the run of blanks under a value being filled, or null. */
        private final Run[] runs;
        /** Per column index: the row of the last value when no blank has come under it yet (and no run is held), or null. */
        private final Raw[] valueRows;
        /** The last row added: a continuation row may still append to it. */
        private Raw last;
        /** Filled rows not yet built, in row order. */
        private final java.util.ArrayDeque<Raw> filled = new java.util.ArrayDeque<>();
        boolean decided;
        boolean packed;
        int groups;
        boolean[] noneColumn;
        final String[] path;

        Table(Layout L) {
            this.L = L;
            inherit = new int[L.width];
            fillRole = new String[L.width];
            splits = new boolean[L.width];
            above = new String[L.width];
            aboveFrom = new int[L.width];
            runs = new Run[L.width];
            valueRows = new Raw[L.width];
            path = new String[L.items.size()];
            for (Column c : L.columns) {
                fillRole[c.index] = c.role;
                splits[c.index] = SPLIT_ROLES.contains(c.role);
                inherit[c.index] = NEVER_INHERITED.contains(c.role) ? 0 : INHERITED.contains(c.role) ? 2 : grid.mergeAware ? 1 : 0;
            }
        }

        void add(Raw raw) {
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
            for (Column c : L.columns) {
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
        private void fill(Raw raw) {
            for (Column c : L.columns) {
                int i = c.index;
                String v = raw.text[i];
                // 同上 takes the value of the row above (itself resolved, not filled)
                if (v != null && v.length() <= 12 && v.indexOf('同') >= 0 && SAME.matcher(ChineseText.fold(v)).matches()) {
                    if (above[i] != null) {
                        raw.text[i] = above[i];
                        raw.from(i, aboveFrom[i]);
                        note(raw.row, i, c.header, v, "inherited", "同上: value taken from row " + (raw.from(i) + 1));
                    } else {
                        raw.text[i] = null;
                        note(raw.row, i, c.header, v, "dropped", "同上 with no value above");
                    }
                }
                above[i] = raw.text[i];
                aboveFrom[i] = raw.from(i);
                if (inherit[i] == 0) {
                    continue;
                }
                // blank cells under a value
                Run run = runs[i];
                if (raw.text[i] != null) {
                    if (run != null) {
                        close(run, c);
                        runs[i] = null;
                    }
                    int parts = splits[i] ? splitParts(raw.text[i]) : 0;
                    if (parts > 1) {
                        runs[i] = new Run(raw, raw.text[i], parts); // held back: it may hold one value per row
                        valueRows[i] = null;
                    } else {
                        valueRows[i] = raw; // a run only once a blank comes under it (most values have none)
                    }
                } else if (run != null || valueRows[i] != null) {
                    Raw start = run != null ? run.start : valueRows[i];
                    if (inherit[i] == 2 || grid.mergedFromRow(raw.row, i) == start.row) {
                        if (run == null) {
                            run = runs[i] = new Run(start, start.text[i], 0);
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
        private void close(Run run, Column c) {
            if (run.members == null) {
                return; // settled already
            }
            List<String> parts = run.members.size() > 1 ? splitJoined(fillRole[c.index], run.src, run.members.size()) : null;
            run.settle(c, parts);
        }
    }

    /** A value and the blank cells under it that take it. */
    private final class Run {
        final Raw start;
        final String src;
        /** How many values the text could hold for a run of that many rows (A B), or 0. */
        final int parts;
        /** The rows held back while the run may still turn out to hold one value per row; null once settled. */
        List<Raw> members;

        Run(Raw start, String src, int parts) {
            this.start = start;
            this.src = src;
            this.parts = parts;
            if (parts > 1) {
                members = new ArrayList<>();
                members.add(start);
                start.pendingRuns++;
            }
        }

        void extend(Raw raw, Column c) {
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

        void settle(Column c, List<String> split) {
            for (int j = 0; j < members.size(); j++) {
                Raw target = members.get(j);
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

        private void take(Raw target, Column c, boolean split) {
            int i = c.index;
            if (!split) {
                target.text[i] = src;
            }
            target.from(i, start.row);
            note(target.row, i, c.header, null, "inherited", "blank cell under a merged cell: value taken from "
                    + Grid.address(start.row, i) + (split ? " (the merged cell holds one value per row)" : ""));
        }
    }

    /** The roles whose merged cell may hold one value per row, joined by spaces (see {@link #splitJoined}). */
    private static final Set<String> SPLIT_ROLES = Set.of("deadline", "subject", "responsibility");

    /**
     * How many values a cell of a {@link #SPLIT_ROLES} column could hold one per row (A B): its parts between white
     * space, as {@link #splitJoined} cuts them (counted without a regex: every filled cell of those columns is
     * asked).
     */
    private static int splitParts(String text) {
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
    private static List<String> splitJoined(String role, String text, int run) {
        String[] parts = text.strip().split("\\s+");
        if (parts.length != run) {
            return null;
        }
        for (String p : parts) {
            if (!SPLIT_ROLES.contains(role)) {
                return null;
            } else if (role.equals("deadline")) {
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
    private void decide(Table t, List<Raw> raws) {
        Layout L = t.L;
        boolean packed = packedTicks(L, raws);
        int groups = (L.all("audienceTick").isEmpty() ? 0 : 1) + (L.all("methodTick").isEmpty() ? 0 : 1)
                + (L.all("levelTick").isEmpty() ? 0 : 1);
        if (packed) {
            notes.add(new ImportNote(grid.sheet, null, L.headerRow + 1, null, null, "guessed",
                    "tick cells under 公开对象/公开方式/公开层级 are packed to the left (the copy lost their column positions): "
                            + "a row with exactly one tick per group is read as 全社会 + 主动; other tick rows and all levels are not read"));
        }
        for (Column c : L.columns) { // 公开形式 holding 主动公开/依申请公开: a method column, whatever its header says
            if (c.role.equals("channel") && L.first("method") == null && L.all("methodTick").isEmpty() && holdsMethods(c, raws)) {
                c.role = "method";
                notes.add(new ImportNote(grid.sheet, Grid.address(L.headerRow, c.index), L.headerRow + 1, c.header, c.header,
                        "guessed", "column \"" + c.header + "\" holds 主动公开/依申请公开, not channels: read as 公开方式"));
            }
        }
        Column unknownSubject = L.first("subject") == null ? orgLikeUnknown(L, raws) : null;
        if (unknownSubject != null) {
            unknownSubject.role = "subject";
            notes.add(new ImportNote(grid.sheet, Grid.address(L.headerRow, unknownSubject.index), L.headerRow + 1,
                    unknownSubject.header, unknownSubject.header, "guessed",
                    "column header \"" + unknownSubject.header + "\" is not a known element, but its cells name bodies: read as 公开主体"));
        }
        boolean[] noneColumn = new boolean[L.width]; // columns where 无 or / means there is none (not ticks, flags, 序号)
        for (Column col : L.columns) {
            noneColumn[col.index] = !(col.role.endsWith("Tick") || col.role.equals("methodFlag") || col.role.equals("seq"));
        }
        t.packed = packed;
        t.groups = groups;
        t.noneColumn = noneColumn;
        t.decided = true;
    }

    /** The entry of a data row, filled and with the table's judgements made. */
    private void build(Table table, Raw raw) {
        Layout L = table.L;
        boolean packed = table.packed;
        int groups = table.groups;
        boolean[] noneColumn = table.noneColumn;
        String[] path = table.path;
        int idx = entries.size();
        int source = sourceMap.begin(grid.sheet, raw.row);
        Entry.Builder b = Entry.builder();
        // item path
        int deepest = -1;
        String[] names = new String[L.items.size()];
        for (int k = 0; k < L.items.size(); k++) {
            String v = raw.text[L.items.get(k).index];
            if (v != null && saysNone(v)) {
                // 二级事项 "/" or "——": this row has no item at that level; the level above names the entry
                note(raw.row, L.items.get(k).index, L.items.get(k).header, v, "skipped", "the cell says there is none");
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
                Column col = L.items.get(k);
                if (!names[k].isEmpty()) {
                    path[k] = names[k];
                    for (int j = k + 1; j < path.length; j++) {
                        path[j] = null;
                    }
                    sourceMap.put(source, k == deepest ? SourceMap.NAME : SourceMap.CATEGORY + category.size(), raw.from(col.index), col.index);
                } else if (path[k] != null) {
                    note(raw.row, col.index, col.header, null, "inherited",
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
            note(raw.row, L.items.get(last).index, L.items.get(last).header, null, "inherited",
                    "blank item cells under merged cells: the entry is \"" + name + "\" like the row above");
        } else if (!L.items.isEmpty()) {
            note(raw.row, L.items.get(L.items.size() - 1).index, "公开事项", null, "dropped",
                    "row has no item name; the entry is kept without a name so that validation reports it");
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
        Draft d = new Draft(source);
        for (Column col : L.columns) {
            String v = raw.text[col.index];
            if (v == null || col.item) {
                continue;
            }
            if (noneColumn[col.index] && saysNone(v)) {
                // 无, /, —: the sheet says there is none (and the cell stops inheritance from above)
                note(raw.row, col.index, col.header, v, "skipped", "the cell says there is none");
                continue;
            }
            switch (col.role) { // a direct call per role (an interface call to one of twenty readers cost more)
                case "seq" -> { }
                case "ignore" -> readIgnore(table, d, col, v, raw);
                case "methodFlag" -> readMethodFlag(table, d, col, v, raw);
                case "code" -> readCode(table, d, col, v, raw);
                case "content" -> readContent(table, d, col, v, raw);
                case "basis" -> readBasis(table, d, col, v, raw);
                case "deadline" -> readDeadline(table, d, col, v, raw);
                case "duration" -> readDuration(table, d, col, v, raw);
                case "subject" -> readSubject(table, d, col, v, raw);
                case "channel" -> readChannel(table, d, col, v, raw);
                case "audience" -> readAudience(table, d, col, v, raw);
                case "method" -> readMethod(table, d, col, v, raw);
                case "level" -> readLevel(table, d, col, v, raw);
                case "channelTick" -> readChannelTick(table, d, col, v, raw);
                case "audienceTick" -> readAudienceTick(table, d, col, v, raw);
                case "methodTick" -> readMethodTick(table, d, col, v, raw);
                case "levelTick" -> readLevelTick(table, d, col, v, raw);
                case "responsibility" -> readResponsibility(table, d, col, v, raw);
                case "person" -> readPerson(table, d, col, v, raw);
                case "contact" -> readContact(table, d, col, v, raw);
                default -> readExtension(table, d, col, v, raw);
            }
        }
        if (table.packed && d.ticks > 0) {
            if (d.ticks == groups && groups >= 1) {
                if (!L.all("audienceTick").isEmpty()) {
                    d.scope = AudienceScope.PUBLIC;
                }
                if (!L.all("methodTick").isEmpty()) {
                    d.method = Method.PROACTIVE;
                }
            } else {
                note(raw.row, L.all(ticksRole(L)).get(0).index, "公开对象/公开方式/公开层级", d.ticks + " ticks", "dropped",
                        "ticks packed to the left cannot be placed in their columns");
            }
        }
        if (d.duration == null && d.cellDuration != null) {
            d.duration = d.cellDuration;
        }
        if (d.code == null || !codes.add(d.code, Boolean.TRUE)) { // no code, or one taken already
            String derived = derivedCode(category, name, idx);
            if (d.code != null) {
                note(raw.row, -1, "事项编码", d.code, "derived", "duplicate entry code; replaced by " + derived);
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
                .channels(d.cellChannels == null ? d.channels : d.channels.isEmpty() ? d.cellChannels : joined(d.cellChannels, d.channels))
                .levels(levelList(d.levels))
                .method(d.method)
                .audience(d.scope == null ? null : audience(d.scope, d.scope == AudienceScope.SPECIFIC_GROUP ? d.audienceDescription : null))
                .extensions(d.extensions.isEmpty() ? Extensions.EMPTY : new Extensions(d.extensions));
        if (d.person == null && d.contact == null && d.unit != null) {
            b.responsibility(units.get(d.unit, u -> new Responsibility(u, null, null))); // shared by the unit's entries
        } else if (d.unit != null || d.person != null || d.contact != null) {
            b.responsibility(new Responsibility(d.unit, d.person, d.contact));
        }
        Entry e = b.build();
        entries.add(e);
        previousEntry = e;
    }

    /** A cell of a column the mapping profile ignores: dropped, and said so. */
    private void readIgnore(Table table, Draft d, Column col, String v, Raw raw) {
        note(raw.row, col.index, col.header, v, "dropped", "the mapping profile says to ignore this column");
    }

    /** A 是否主动公开 cell: 是 → 主动; 否 → 依申请, the other way of disclosure. */
    private void readMethodFlag(Table table, Draft d, Column col, String v, Raw raw) {
        String t = ChineseText.fold(v).strip();
        if (YES.contains(t) || tickCell(v)) {
            d.method = Method.PROACTIVE;
        } else if (NOT_CHOSEN.contains(t)) {
            d.method = Method.ON_REQUEST;
            note(raw.row, col.index, col.header, v, "guessed", "not proactive: read as 依申请公开");
        } else {
            note(raw.row, col.index, col.header, v, "dropped", "expected 是 or 否");
        }
        sourceMap.put(d.source, SourceMap.METHOD, raw.from(col.index), col.index);
    }

    /** A 事项编码 cell. */
    private void readCode(Table table, Draft d, Column col, String v, Raw raw) {
        d.code = CellText.clean(v);
    }

    /** A 公开内容 cell (a second content column adds to the first). */
    private void readContent(Table table, Draft d, Column col, String v, Raw raw) {
        if (d.content == null) {
            d.content = contents.get(v, x -> new Content(x.strip(), CellText.listItems(x)));
            sourceMap.put(d.source, SourceMap.CONTENT, raw.from(col.index), col.index);
        } else { // a second d.content column (公开内容 and 公开要素): both are kept
            List<String> elements = new ArrayList<>(d.content.elements());
            elements.addAll(contents.get(v, x -> new Content(x.strip(), CellText.listItems(x))).elements());
            d.content = new Content(d.content.summary() + "\n" + v.strip(), elements);
        }
    }

    /** A 公开依据 cell (a second basis column adds to the first). */
    private void readBasis(Table table, Draft d, Column col, String v, Raw raw) {
        if (d.basis.isEmpty()) {
            sourceMap.put(d.source, SourceMap.BASIS, raw.from(col.index), col.index);
        }
        List<LegalReference> refs = bases.get(v, x -> List.copyOf(LegalReference.parseAll(ChineseText.collapseSpaces(x))));
        if (d.basis.isEmpty()) {
            d.basis = refs; // shared by the entries citing the same text
        } else { // 公开依据 and 法律依据
            d.basis = new ArrayList<>(d.basis);
            d.basis.addAll(refs);
        }
    }

    /** A 公开时限 cell (a second deadline column is kept in extensions). */
    private void readDeadline(Table table, Draft d, Column col, String v, Raw raw) {
        if (d.deadline != null) { // a second d.deadline column: kept, not lost
            d.keep(extensionKey(col), v.strip());
            note(raw.row, col.index, col.header, v, "kept", "a second 公开时限 column; the first one is the deadline, this one is kept in extensions");
            return;
        }
        DeadlineCell dc = deadlines.get(withHeaderUnit(raw, col, v, "内"), deadlineParser);
        d.deadline = dc.deadline();
        d.cellDuration = dc.duration();
        if (d.deadline instanceof Deadline.SameAsAbove) {
            d.deadline = previousEntry == null ? new Deadline.Unparsed(v.strip(), List.of()) : previousEntry.deadline();
        }
        if (d.deadline instanceof Deadline.Unparsed && d.deadline.conditions().isEmpty()) {
            note(raw.row, col.index, col.header, v, "unparsed", d.cellDuration != null
                    ? "公开时限 states only how long the item stays public: read as its 公开时长, no deadline understood"
                    : "公开时限 wording not understood; kept as unparsed text");
        }
        sourceMap.put(d.source, SourceMap.DEADLINE, raw.from(col.index), col.index);
    }

    /** A 公开时长 cell (a second duration column is kept in extensions). */
    private void readDuration(Table table, Draft d, Column col, String v, Raw raw) {
        if (d.duration != null) { // a second d.duration column: kept, not lost
            d.keep(extensionKey(col), v.strip());
            note(raw.row, col.index, col.header, v, "kept", "a second 公开时长 column; the first one is the duration, this one is kept in extensions");
            return;
        }
        d.duration = durations.get(withHeaderUnit(raw, col, v, ""), Duration::parse);
        if (d.duration instanceof Duration.Unparsed) {
            note(raw.row, col.index, col.header, v, "unparsed", "公开时长 wording not understood; kept as unparsed text");
        }
        sourceMap.put(d.source, SourceMap.DURATION, raw.from(col.index), col.index);
    }

    /** A 公开主体 cell. */
    private void readSubject(Table table, Draft d, Column col, String v, Raw raw) {
        List<Organization> bodies = subjectCells.get(v, TableAssembler::subjectsOf);
        if (d.subjects.isEmpty()) {
            d.subjects = bodies; // shared by the entries naming the same bodies
        } else {
            d.subjects = new ArrayList<>(d.subjects);
            d.subjects.addAll(bodies);
        }
        sourceMap.put(d.source, SourceMap.SUBJECTS, raw.from(col.index), col.index);
    }

    /** A 公开渠道 cell (■/□ checklist or text). */
    private void readChannel(Table table, Draft d, Column col, String v, Raw raw) {
        ChannelCell.Result res = channelCells.get(v, channelParser);
        if (res.method() != null) { // 主动公开：政府网站、公示栏 (公开方式和渠道): the method, then the channels
            if (d.method == null) {
                d.method = Vocabulary.method(res.method()).orElseThrow();
                sourceMap.put(d.source, SourceMap.METHOD, raw.from(col.index), col.index);
                note(raw.row, col.index, col.header, v, "guessed", "the cell names the method (" + res.method()
                        + ") before its channels: read as 公开方式");
            } else {
                note(raw.row, col.index, col.header, v, "guessed", "the cell names a method (" + res.method()
                        + ") before its channels; the entry's 公开方式 is taken from its own column");
            }
            if (res.channels().isEmpty() && res.unknown().isEmpty()) {
                return;
            }
        }
        if (d.channels.isEmpty() && d.cellChannels == null) {
            d.cellChannels = res.channels();
        } else {
            d.addChannels(res.channels());
        }
        for (String u : res.unknown()) {
            note(raw.row, col.index, col.header, u, "dropped", "channel \"" + u + "\" is not a known channel type (add it to the mapping profile or fix the cell)");
        }
        sourceMap.put(d.source, SourceMap.CHANNELS, raw.from(col.index), col.index);
    }

    /** A 公开对象 cell written as text. */
    private void readAudience(Table table, Draft d, Column col, String v, Raw raw) {
        Optional<AudienceScope> a = audienceCell(v);
        if (a.isPresent()) {
            d.scope = a.get();
        } else if (methodCell(v).isEmpty() && PEOPLE.matcher(v).find()) {
            // 低保对象, 本村村民, 学生及家长: a particular group, named
            d.scope = AudienceScope.SPECIFIC_GROUP;
            d.audienceDescription = CellText.clean(v);
            note(raw.row, col.index, col.header, v, "guessed", "names a particular group of people: read as 特定群体 (" + d.audienceDescription + ")");
        } else {
            note(raw.row, col.index, col.header, v, "dropped", "公开对象 not recognised (expected 全社会 or 特定群体)");
        }
        Optional<Method> fused = methodCell(v);
        if (fused.isPresent() && d.method == null) {
            d.method = fused.get();
        }
        sourceMap.put(d.source, SourceMap.AUDIENCE, raw.from(col.index), col.index);
    }

    /** A 公开方式 cell written as text (channels in brackets after it are read too). */
    private void readMethod(Table table, Draft d, Column col, String v, Raw raw) {
        Matcher bracketed = v.indexOf('(') < 0 && v.indexOf('（') < 0 ? null : METHOD_WITH_CHANNELS.matcher(v.strip());
        if (bracketed != null && bracketed.matches() && methodCell(bracketed.group(1)).isPresent()
                && audienceCell(bracketed.group(2)).isEmpty()) {
            // 主动公开（政府网站、公示栏）: the d.method, and where it is published (主动公开（全社会）: to whom,
            // read below)
            ChannelCell.Result res = channelCells.get(bracketed.group(2), channelParser);
            d.addChannels(res.channels());
            String kept = res.unknown().isEmpty() ? "" : "; not a channel, dropped: " + String.join("、", res.unknown());
            note(raw.row, col.index, col.header, v, res.channels().isEmpty() ? "dropped" : "guessed",
                    "the brackets after 公开方式 name channels: read as 公开渠道" + kept);
            v = bracketed.group(1);
        }
        Optional<Method> m = methodCell(v);
        if (m.isPresent()) {
            d.method = m.get();
        } else {
            note(raw.row, col.index, col.header, v, "dropped", "公开方式 not recognised (expected 主动 or 依申请)");
        }
        Optional<AudienceScope> fused = audienceCell(v);
        if (fused.isPresent() && d.scope == null) {
            d.scope = fused.get();
        }
        sourceMap.put(d.source, SourceMap.METHOD, raw.from(col.index), col.index);
    }

    /** A 公开层级 cell written as text. */
    private void readLevel(Table table, Draft d, Column col, String v, Raw raw) {
        Set<Level> l = levelCell(v);
        if (l.isEmpty()) {
            note(raw.row, col.index, col.header, v, "dropped", "公开层级 not recognised");
        }
        d.levels.addAll(l);
        sourceMap.put(d.source, SourceMap.LEVELS, raw.from(col.index), col.index);
    }

    /** A tick under one channel of a channel grid. */
    private void readChannelTick(Table table, Draft d, Column col, String v, Raw raw) {
        String t = v.strip();
        if (col.channel == null) {
            note(raw.row, col.index, col.header, v, "dropped", "channel column names no known channel type");
        } else if (tickCell(v)) {
            d.addChannels(List.of(new Channel(col.channel, null, null)));
        } else if (NOT_CHOSEN.contains(t)) {
            return; // 否, 无, ×: the box is not ticked
        } else {
            // the cell names it: 其他 → 村务群, or √（村务公开栏）: a tick with the name in brackets
            Matcher named = TICK_WITH_NAME.matcher(t);
            String label = named.matches() && tickCell(named.group(1)) ? named.group(2) : v;
            d.addChannels(List.of(new Channel(col.channel, CellText.clean(label), null)));
        }
        sourceMap.put(d.source, SourceMap.CHANNELS, raw.from(col.index), col.index);
    }

    /** A tick under one audience of the 公开对象 grid. */
    private void readAudienceTick(Table table, Draft d, Column col, String v, Raw raw) {
        d.ticks++;
        if (!table.packed) {
            if (tickCell(v) && col.scope != null) {
                d.scope = d.scope == null ? col.scope : d.scope == col.scope ? d.scope : AudienceScope.PUBLIC;
            } else if (audienceCell(v).isPresent()) {
                d.scope = audienceCell(v).get();
            } else {
                note(raw.row, col.index, col.header, v, "dropped", "not a tick (√) under 公开对象");
            }
            sourceMap.put(d.source, SourceMap.AUDIENCE, raw.from(col.index), col.index);
        }
    }

    /** A tick under one method of the 公开方式 grid. */
    private void readMethodTick(Table table, Draft d, Column col, String v, Raw raw) {
        d.ticks++;
        if (!table.packed) {
            if (tickCell(v) && col.method != null) {
                d.method = d.method == null || d.method == col.method ? col.method : Method.PROACTIVE;
            } else if (tickCell(v)) {
                note(raw.row, col.index, col.header, v, "dropped", "tick under \"" + col.header
                        + "\", which is not 主动 or 依申请: not read");
            } else if (methodCell(v).isPresent()) {
                d.method = methodCell(v).get();
            } else {
                note(raw.row, col.index, col.header, v, "dropped", "not a tick (√) under 公开方式");
            }
            sourceMap.put(d.source, SourceMap.METHOD, raw.from(col.index), col.index);
        }
    }

    /** A tick under one level of the 公开层级 grid. */
    private void readLevelTick(Table table, Draft d, Column col, String v, Raw raw) {
        d.ticks++;
        if (!table.packed) {
            boolean tick = tickCell(v);
            Set<Level> named = tick ? Set.of() : levelCell(v);
            if (!tick && named.isEmpty()) {
                Matcher m = TICK_WITH_NAME.matcher(v.strip());
                if (m.matches() && tickCell(m.group(1))) { // √（县级）: a tick, and the level it stands for
                    tick = true;
                    named = levelCell(m.group(2));
                }
            }
            if (!named.isEmpty()) {
                d.levels.addAll(named); // the cell names the level itself (县级 under 州级县级)
            } else if (tick && !col.levels.isEmpty()) {
                d.levels.addAll(col.levels);
                if (col.guessedLevel) {
                    note(raw.row, col.index, col.header, v, "guessed", "level column \"" + col.header + "\" read as " + col.levels);
                }
            } else if (tick) {
                note(raw.row, col.index, col.header, v, "dropped", "tick under a level column that names no known level");
            } else {
                note(raw.row, col.index, col.header, v, "dropped", "not a tick (√) or a level under 公开层级");
            }
            sourceMap.put(d.source, SourceMap.LEVELS, raw.from(col.index), col.index);
        }
    }

    /** A 责任单位 cell (a person or telephone in it is read too). */
    private void readResponsibility(Table table, Draft d, Column col, String v, Raw raw) {
        if (d.unit != null) { // 责任科室 and 责任单位 both given: the first is the d.unit, the other is kept
            d.keep(extensionKey(col), v.strip());
            note(raw.row, col.index, col.header, v, "kept", "a second responsibility column; kept in extensions");
            return;
        }
        String[] upc = responsibilityCells.get(v, TableAssembler::responsibilityParts);
        d.unit = upc[0];
        if (upc[1] != null || upc[2] != null) {
            d.person = d.person == null ? upc[1] : d.person;
            d.contact = d.contact == null ? upc[2] : d.contact;
            note(raw.row, col.index, col.header, v, "guessed", "the cell also names a person or telephone: unit \""
                    + d.unit + "\"" + (upc[1] == null ? "" : ", person \"" + upc[1] + "\"")
                    + (upc[2] == null ? "" : ", contact \"" + upc[2] + "\""));
        }
        sourceMap.put(d.source, SourceMap.RESPONSIBILITY, raw.from(col.index), col.index);
    }

    /** A 责任人 cell. */
    private void readPerson(Table table, Draft d, Column col, String v, Raw raw) {
        d.person = CellText.clean(v);
    }

    /** A 联系电话 cell. */
    private void readContact(Table table, Draft d, Column col, String v, Raw raw) {
        d.contact = CellText.clean(v);
    }

    /** A cell of a column that is no element of the standard: kept in the extensions. */
    private void readExtension(Table table, Draft d, Column col, String v, Raw raw) {
        String key = extensionKey(col);
        d.keep(key, v.strip());
        note(raw.row, col.index, col.header, v, "kept", "column \"" + key + "\" is not an element of the standard; kept in extensions");
    }

    /** What a row's cells say of its entry, gathered column by column. */
    private static final class Draft {
        /** The entry's number in the source map. */
        final int source;
        Map<String, Object> extensions = Map.of();
        Content content;
        List<LegalReference> basis = List.of();
        List<Organization> subjects = List.of();
        /** Channels other than the channel cell's, in the order the cells give them. */
        List<Channel> channels = List.of();
        /** The channels of the one channel cell, while no other adds any. */
        List<Channel> cellChannels;
        EnumSet<Level> levels = EnumSet.noneOf(Level.class);
        AudienceScope scope;
        String audienceDescription;
        Method method;
        Deadline deadline;
        Duration duration;
        Duration cellDuration;
        String unit;
        String person;
        String contact;
        String code;
        /** Ticks in the audience, method and level grids (read together when they are packed to the left). */
        int ticks;

        Draft(int source) {
            this.source = source;
        }

        void addChannels(List<Channel> more) {
            if (channels.isEmpty()) {
                channels = new ArrayList<>();
            }
            channels.addAll(more);
        }

        /** Keeps a cell's text in the entry's extensions under {@code key}. */
        void keep(String key, String text) {
            if (extensions.isEmpty()) {
                extensions = new LinkedHashMap<>();
            }
            extensions.put(key, text);
        }
    }


    /** The bodies a 公开主体 cell names. */
    private static List<Organization> subjectsOf(String cell) {
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
    private static List<String> subjectPieces(String cell) {
        List<String> out = new ArrayList<>();
        for (String piece : CellText.splitOutside(cell, "、;；\n")) {
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

    private static final Pattern PHONE = Pattern.compile("(?<!\\d)(?:0\\d{2,3}[-－—]?\\d{7,8}|1[3-9]\\d{9}|\\d{7,8})(?!\\d)");
    private static final Pattern PERSON_LABEL = Pattern.compile("(?:联系人|负责人|责任人)\\s*[:：]?\\s*([\\u4e00-\\u9fa5·]{2,4})");
    private static final Pattern CONTACT_LABEL = Pattern.compile("(?:联系)?(?:电话|手机|座机)\\s*[:：]?");

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

    private static final Pattern BARE_NUMBER = Pattern.compile("^\\s*(\\d{1,4}|[一二三四五六七八九十百]{1,4})\\s*$");
    private static final Pattern HEADER_UNIT = Pattern.compile("[(（]\\s*(?:单位\\s*[:：]?\\s*)?(个?工作日|自然日|日|天|个?月|年|周)\\s*[)）]");

    /** The unit a 公开时限/公开时长 header gives bare numbers (公开时限（工作日）), as the wording to append, or null. */
    private static String headerUnit(String header) {
        Matcher m = HEADER_UNIT.matcher(header == null ? "" : header);
        if (!m.find()) {
            return null;
        }
        String u = m.group(1);
        return u.contains("工作日") ? "个工作日" : u.equals("自然日") || u.equals("日") || u.equals("天") ? "日"
                : u.contains("月") ? "个月" : u;
    }

    /**
     * A bare number in a column whose header gives the unit, with that unit (and suffix), noted as guessed; else the
     * cell itself.
     */
    private String withHeaderUnit(Raw raw, Column col, String cell, String suffix) {
        if (col.unit == null || !BARE_NUMBER.matcher(cell).matches()) {
            return cell;
        }
        String text = cell.strip() + col.unit + suffix;
        note(raw.row, col.index, col.header, cell, "guessed", "a bare number: the unit comes from the header (" + text + ")");
        return text;
    }

    private static String ticksRole(Layout L) {
        return !L.all("audienceTick").isEmpty() ? "audienceTick" : !L.all("methodTick").isEmpty() ? "methodTick" : "levelTick";
    }

    private String derivedCode(List<String> category, String name, int idx) {
        String base = codePrefix + "-" + String.format("%04d", idx + 1);
        String code = base;
        int n = 2;
        while (codes.contains(code)) {
            code = base + "-" + n++;
        }
        return code;
    }

    /** Whether most non-blank cells of a column name a method (主动公开, 依申请) and none names a channel. */
    private boolean holdsMethods(Column c, List<Raw> raws) {
        int methods = 0;
        int total = 0;
        for (Raw r : raws) {
            String v = r.text[c.index];
            if (v == null) {
                continue;
            }
            total++;
            if (!channelCells.get(v, channelParser).channels().isEmpty()) {
                return false;
            }
            if (methodCell(v).isPresent()) {
                methods++;
            }
        }
        return total > 0 && methods * 5 >= total * 4;
    }

    private Column orgLikeUnknown(Layout L, List<Raw> raws) {
        for (Column c : L.columns) {
            if (!c.role.equals("unknown")) {
                continue;
            }
            int org = 0;
            int total = 0;
            for (Raw r : raws) {
                String v = r.text[c.index];
                if (v != null) {
                    total++;
                    if (CellText.looksLikeOrganization(CellText.clean(v))) {
                        org++;
                    }
                }
            }
            if (total > 0 && org * 2 > total && MappingProfile.key(c.header).startsWith("公开")) {
                return c;
            }
        }
        return null;
    }

    /**
     * Whether the tick cells lost their column positions: some exclusive group (对象 or 方式) holds two ticks in a
     * row while a later group holds none, and every row's ticks sit in the leftmost tick columns.
     */
    private boolean packedTicks(Layout L, List<Raw> raws) {
        List<Column> tickCols = new ArrayList<>();
        for (Column c : L.columns) {
            if (c.role.endsWith("Tick")) {
                tickCols.add(c);
            }
        }
        if (tickCols.isEmpty()) {
            return false;
        }
        boolean anomaly = false;
        for (Raw r : raws) {
            int count = 0;
            boolean prefix = true;
            boolean gap = false;
            Map<String, Integer> perGroup = new HashMap<>();
            for (Column c : tickCols) {
                perGroup.putIfAbsent(c.role, 0);
                String v = r.text[c.index];
                boolean ticked = v != null && tickCell(v);
                if (ticked) {
                    count++;
                    perGroup.merge(c.role, 1, Integer::sum);
                    if (gap) {
                        prefix = false;
                    }
                } else {
                    gap = true;
                }
            }
            if (count == 0) {
                continue;
            }
            if (!prefix) {
                return false;
            }
            boolean doubled = perGroup.getOrDefault("audienceTick", 0) > 1 || perGroup.getOrDefault("methodTick", 0) > 1;
            boolean empty = perGroup.values().stream().anyMatch(x -> x == 0)
                    && !(perGroup.getOrDefault("levelTick", 1) == 0 && perGroup.getOrDefault("audienceTick", 1) <= 1
                    && perGroup.getOrDefault("methodTick", 1) <= 1);
            if (doubled && empty) {
                anomaly = true;
            }
        }
        return anomaly;
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
                Set<Level> p = placeLevel(Vocabulary.key(part));
                if (p != null) {
                    l = p;
                }
            }
            out.addAll(l);
        }
        return out.isEmpty() ? runOfLevels(ChineseText.fold(v)) : out;
    }

    /** Level names written together without separators: 县乡村, 省市县, 县乡两级 → each level; empty unless all are. */
    private static Set<Level> runOfLevels(String s) {
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
