package org.gkml.catalog.io.sheet;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gkml.catalog.model.AudienceScope;
import org.gkml.catalog.model.Level;
import org.gkml.catalog.model.Method;
import org.gkml.catalog.model.Vocabulary;

/**
 * Header location and table layout: finds a header row by the roles its cells name (from the mapping profile's synonyms), tells a sub-header row, and lays out the columns: one- and two-row headers, grouped headers written in one row, tick grids of audiences, methods, levels and channels. Not thread-safe (one per grid).
 */
final class HeaderReader {

    final Grid grid;
    final MappingProfile profile;
    private final List<ImportNote> notes;

    HeaderReader(Grid grid, MappingProfile profile, List<ImportNote> notes) {
        this.grid = grid;
        this.profile = profile;
        this.notes = notes;
    }

    private void note(int row, int col, String header, String text, ImportAction action, String zh, String en) {
        notes.add(new ImportNote(grid.sheet, col < 0 ? null : Grid.address(row, col), row + 1, header, text, action,
                new ImportNote.Reason(zh, en)));
    }

    static final Pattern ITEM_LEVEL = Pattern.compile("^([一二三四五六])级(事项|目录|分类|类别|栏目)?(名称)?$");

    int findHeader(int from) {
        for (int r = from; grid.has(r); r++) {
            if (isHeaderRow(r)) {
                return r;
            }
        }
        return -1;
    }

    /** Header roles of cell texts already seen (data rows repeat their short values). */
    final Map<String, ColumnRole> roleCache = new HashMap<>();
    /** What the cache holds for a text that names no role ({@link MappingProfile#role} never gives it). */
    static final ColumnRole NO_ROLE = ColumnRole.UNKNOWN;

    ColumnRole role(String cell) {
        ColumnRole r = roleCache.get(cell);
        if (r == null) {
            r = profile.role(cell);
            if (roleCache.size() < 50_000) {
                roleCache.put(cell, r == null ? NO_ROLE : r);
            }
            return r;
        }
        return r == NO_ROLE ? null : r;
    }

    boolean isHeaderRow(int r) {
        Set<ColumnRole> roles = java.util.EnumSet.noneOf(ColumnRole.class);
        int cut = 0;
        for (int c = 0; c < grid.width(r); c++) {
            String cell = grid.cell(r, c);
            if (cell.isBlank() || cell.length() > 60) {
                continue;
            }
            ColumnRole role = role(cell);
            if (role != null && role != ColumnRole.IGNORE && role != ColumnRole.SEQ) {
                roles.add(role.isItemLevel() ? ColumnRole.ITEM : role);
            } else if (role == null && cell.strip().length() <= 3 && MappingProfile.prefixRoles(cell).size() > 1) {
                cut++; // a header cut short (公开 for 公开时限): some template header, which one the content says
            }
        }
        return roles.size() + cut >= 3;
    }

    boolean isSubLabel(String cell) {
        String k = subLabelKey(cell);
        if (k.isEmpty()) {
            return true;
        }
        if (isGridLabel(k)) {
            return true;
        }
        ColumnRole role = profile.role(cell);
        return role != null && role != ColumnRole.SEQ;
    }

    /**
     * An item level, scope, method, level or channel label (Vocabulary.isChannelLabel: a tick grid of channels,
     * 公开渠道 → 政府网站 | 公示栏 | 其他), as {@link MappingProfile#key} folds it.
     */
    static boolean isGridLabel(String k) {
        return ITEM_LEVEL.matcher(k).matches() || Vocabulary.audience(k).isPresent() || Vocabulary.method(k).isPresent()
                || !CellValues.levelsText(k).isEmpty() || placeLevel(k) != null || Vocabulary.isChannelLabel(k);
    }

    static final Pattern REMARK = Pattern.compile("^(.+?)\\((.+)\\)$");

    /** A sub-header label folded, without a remark in brackets after it when that leaves a grid label: 特定群体（申请人）. */
    static String subLabelKey(String label) {
        String k = MappingProfile.key(label);
        Matcher m = k.indexOf('(') < 0 ? null : REMARK.matcher(k);
        k = m != null && m.matches() && !isGridLabel(k) && isGridLabel(m.group(1)) ? m.group(1) : k;
        return k.length() >= 2 && !isGridLabel(k) ? repaired(k) : k;
    }

    /** The sub-labels of the template's grids, for labels damaged by a copy (社会 for 全社会, 依申公开 for 依申请公开). */
    private static final List<String> SUB_LABELS = List.of("全社会", "特定群体", "特定群众", "特定对象", "主动公开", "依申请公开",
            "依申请", "一级事项", "二级事项", "三级事项", "四级事项", "一级目录", "二级目录", "三级目录", "县级", "乡级", "村级", "市级",
            "区级", "省级", "乡镇级", "街道级", "乡、村级", "镇、村级", "乡村级", "县区级", "区县级");

    /**
     * A damaged sub-label read as the template sub-label it is with one character missing, or cut short (全社 for
     * 全社会, 依申 for 依申请公开) when every label it may be cut from means the same; else as written.
     */
    static String repaired(String k) {
        String found = null;
        for (String s : SUB_LABELS) {
            if (MappingProfile.oneLeftOut(k, s)) {
                if (found != null) {
                    return k; // two labels equally near: no guess
                }
                found = s;
            }
        }
        if (found != null) {
            return found;
        }
        String meaning = null;
        for (String s : SUB_LABELS) {
            if (s.length() > k.length() && s.startsWith(k)) {
                String m = meaning(s);
                if (found != null && !m.equals(meaning)) {
                    return k;
                }
                found = found == null ? s : found;
                meaning = m;
            }
        }
        return found == null ? k : found;
    }

    /** What a sub-label stands for: its scope, method, item level or levels. */
    private static String meaning(String label) {
        return Vocabulary.audience(label).map(Object::toString)
                .or(() -> Vocabulary.method(label).map(Object::toString))
                .orElseGet(() -> ITEM_LEVEL.matcher(label).matches() ? "level " + label.charAt(0) : CellValues.levelsText(label).toString());
    }

    boolean isSubHeader(int r) {
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

    static Set<Level> placeLevel(String k) {
        // 东阳市级, 黄石市级: a named city's own level in a basic-level catalog
        if (k.matches("^.{2,6}(市|县|区|旗)级$")) {
            Set<Level> l = Vocabulary.levels(k.substring(k.length() - 2));
            if (!l.isEmpty()) {
                return k.endsWith("市级") ? EnumSet.of(Level.COUNTY) : l;
            }
        }
        return null;
    }

    /**
     * A column with neither a header nor a sub-label in a two-row header, read from its neighbours: beside the other
     * label of a two-label grid it is that grid's other label (全社会 beside 特定群体, 主动 beside 依申请); beside an
     * item level it is an item level. Null when the neighbours do not tell.
     */
    private ColumnSpec besideItsSiblings(int h, int c, TableLayout L) {
        String next = subLabelKey(grid.cell(h + 1, c + 1));
        String prev = c == 0 ? "" : subLabelKey(grid.cell(h + 1, c - 1));
        // the first label of a pair missing before the second (? | 特定群体), or the second after the first (全社会 | ?)
        Optional<AudienceScope> an = next.isEmpty() ? Optional.empty() : Vocabulary.audience(next);
        Optional<AudienceScope> ap = prev.isEmpty() ? Optional.empty() : Vocabulary.audience(prev);
        AudienceScope scope = an.filter(x -> x == AudienceScope.SPECIFIC_GROUP).map(x -> AudienceScope.PUBLIC)
                .orElse(ap.filter(x -> x == AudienceScope.PUBLIC).map(x -> AudienceScope.SPECIFIC_GROUP).orElse(null));
        if (scope != null) {
            ColumnSpec col = new ColumnSpec(c, ColumnRole.AUDIENCE_TICK, "");
            col.scope = scope;
            String label = scope == AudienceScope.PUBLIC ? "全社会" : "特定群体";
            note(h + 1, c, "", "", ImportAction.GUESSED, Grid.column(c) + " 列没有表头：在公开对象的另一子列旁，读作" + label,
                    "column " + Grid.column(c) + " has no header: beside the other sub-column of 公开对象 it is read as " + label);
            return col;
        }
        Optional<Method> mn = next.isEmpty() ? Optional.empty() : Vocabulary.method(next);
        Optional<Method> mp = prev.isEmpty() ? Optional.empty() : Vocabulary.method(prev);
        Method method = mn.filter(x -> x == Method.ON_REQUEST).map(x -> Method.PROACTIVE)
                .orElse(mp.filter(x -> x == Method.PROACTIVE).map(x -> Method.ON_REQUEST).orElse(null));
        if (method != null) {
            ColumnSpec col = new ColumnSpec(c, ColumnRole.METHOD_TICK, "");
            col.method = method;
            String label = method == Method.PROACTIVE ? "主动公开" : "依申请公开";
            note(h + 1, c, "", "", ImportAction.GUESSED, Grid.column(c) + " 列没有表头：在公开方式的另一子列旁，读作" + label,
                    "column " + Grid.column(c) + " has no header: beside the other sub-column of 公开方式 it is read as " + label);
            return col;
        }
        // a level grid's column between or beside levels: the level next to its neighbour's (市级 | ? → 县级; ? | 县级 → 市级)
        Set<Level> lp = prev.isEmpty() ? Set.of() : CellValues.levelsText(prev);
        Set<Level> ln = next.isEmpty() ? Set.of() : CellValues.levelsText(next);
        Level[] all = Level.values();
        Level level = !lp.isEmpty() ? (lp.stream().mapToInt(Level::ordinal).max().getAsInt() + 1 < all.length
                ? all[lp.stream().mapToInt(Level::ordinal).max().getAsInt() + 1] : null)
                : !ln.isEmpty() && ln.stream().mapToInt(Level::ordinal).min().getAsInt() > 0
                ? all[ln.stream().mapToInt(Level::ordinal).min().getAsInt() - 1] : null;
        if (level != null) {
            ColumnSpec col = new ColumnSpec(c, ColumnRole.LEVEL_TICK, "");
            col.levels = EnumSet.of(level);
            col.guessedLevel = true;
            String label = SheetExporter.LEVEL_LABELS.get(level);
            note(h + 1, c, "", "", ImportAction.GUESSED, Grid.column(c) + " 列没有表头：在公开层级的“" + (lp.isEmpty() ? next : prev)
                    + "”旁，读作" + label, "column " + Grid.column(c) + " has no header: beside \"" + (lp.isEmpty() ? next : prev)
                    + "\" of 公开层级 it is read as the next level, " + label);
            return col;
        }
        if (ITEM_LEVEL.matcher(next).matches() && !next.startsWith("一")) {
            note(h + 1, c, "", "", ImportAction.GUESSED, Grid.column(c) + " 列没有表头：在“" + next + "”之前，读作上一级事项",
                    "column " + Grid.column(c) + " has no header: before " + next + " it is read as the level above");
            return new ColumnSpec(c, ColumnRole.ITEM, "");
        }
        return null;
    }

    TableLayout layout(int h) {
        TableLayout L = new TableLayout();
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
            ColumnRole forced = profile.columnRole(c);
            ColumnSpec col;
            String[] grouped;
            if (top.isEmpty() && sub.isEmpty()) {
                ColumnSpec inferred = two ? besideItsSiblings(h, c, L) : null;
                if (inferred == null) {
                    continue; // a phantom column with no header
                }
                L.columns.add(inferred);
                sig.append(c).append(':').append(inferred.role).append(';');
                continue;
            }
            ColumnRole groupRole = group == null ? null : profile.role(group);
            ColumnRole topRole = top.isEmpty() ? groupRole : profile.role(top);
            if (forced != null) {
                col = new ColumnSpec(c, forced, top.isEmpty() ? sub : top);
            } else if (!sub.isEmpty()) {
                ColumnRole carried = topRole;
                if (top.isEmpty() && !GRID_ROLES.contains(groupRole) && isTickLabel(sub)) {
                    carried = null; // a grid's label under another group's name carried from the left: the label decides
                }
                col = subColumn(h + 1, c, top.isEmpty() ? group : top, top.isEmpty() ? carried : topRole, sub);
            } else if (topRole == null && isTickLabel(top)) {
                col = subColumn(h, c, null, null, top); // 全社会 | 特定群体 | 主动公开 | 县级 … as headers of their own
            } else if ((topRole == null || GRID_ROLES.contains(topRole)) && (grouped = groupAndLabel(top)) != null) {
                // 公开对象（全社会）| 公开方式-主动 | 公开事项-一级事项: a grouped header written in one row
                col = subColumn(h, c, grouped[0], profile.role(grouped[0]), grouped[1]);
            } else {
                col = new ColumnSpec(c, topRole == null ? ColumnRole.UNKNOWN : topRole, top);
                if (topRole == null && top.length() <= 3) {
                    col.candidates = MappingProfile.prefixRoles(top); // a header cut short: the content decides among these
                }
                if (topRole == ColumnRole.AUDIENCE || topRole == ColumnRole.METHOD || topRole == ColumnRole.LEVEL) {
                    col.role = topRole; // a text column
                }
            }
            L.columns.add(col);
            sig.append(c).append(':').append(col.role).append(';');
        }
        for (ColumnSpec c : L.columns) {
            if (c.role == ColumnRole.ITEM || c.role == ColumnRole.ITEM_TYPE || c.role.isItemLevel()) {
                L.items.add(c);
                c.item = true;
            }
            if (c.role == ColumnRole.DEADLINE || c.role == ColumnRole.DURATION) {
                c.unit = CellValues.headerUnit(c.header);
            }
        }
        L.signature = sig.toString();
        for (ColumnSpec c : L.columns) {
            L.width = Math.max(L.width, c.index + 1);
        }
        return L;
    }

    /** The roles whose columns may be a grid of ticks, one column per scope, method or level. */
    static final Set<ColumnRole> GRID_ROLES = EnumSet.of(ColumnRole.AUDIENCE, ColumnRole.METHOD, ColumnRole.LEVEL);

    /**
     * A group name, then one of its sub-labels: 公开对象（全社会）, 公开方式-主动, 公开层级：县级, 公开事项 一级事项 (tried in
     * that order: the group may hold a space of its own, 公开 对象（全社会）).
     */
    static final List<Pattern> GROUP_AND_LABEL = List.of(
            Pattern.compile("^(.+?)\\s*[(（【\\[]\\s*(.+?)\\s*[)）】\\]]$", Pattern.DOTALL), // labels broken over lines too
            Pattern.compile("^(.+?)\\s*[-—－_/／:：·]\\s*(.+)$", Pattern.DOTALL));

    /** White space between a header's words: where 公开对象 全社会 may divide into a group and a sub-label. */
    static final Pattern WORD_GAP = Pattern.compile("\\s+");

    /**
     * A header cell naming a group and one sub-label of it ({@link #GROUP_AND_LABEL}), as {group, label}: an item
     * level under 公开事项, a scope, method or level under 公开对象, 公开方式, 公开层级. Null otherwise (公开对象（√）,
     * 公开方式（主动/依申请）: how to fill a text column).
     */
    String[] groupAndLabel(String header) {
        String h = header.strip();
        for (Pattern p : GROUP_AND_LABEL) {
            Matcher m = p.matcher(h);
            if (m.matches() && (fitsGroup(m.group(1), m.group(2)) || namedSubColumn(m.group(1), m.group(2)))) {
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

    /**
     * Whether a header that writes a group and a label with an explicit separator (公开方式-主动公, a label cut short by
     * a PDF copy) names a sub-column of a tick grid: the group is one, and the label is short.
     */
    boolean namedSubColumn(String group, String label) {
        ColumnRole role = profile.role(group.strip());
        String k = subLabelKey(label);
        return role != null && GRID_ROLES.contains(role) && !k.isEmpty() && k.length() <= 6;
    }

    /** Whether {@code label} is a sub-label of the group {@code group} names (an item level, a scope, method or level). */
    boolean fitsGroup(String group, String label) {
        ColumnRole role = profile.role(group.strip());
        String k = subLabelKey(label);
        if (role == null || k.isEmpty()) {
            return false;
        }
        return role == ColumnRole.ITEM || role == ColumnRole.ITEM_TYPE ? ITEM_LEVEL.matcher(k).matches()
                : GRID_ROLES.contains(role) && (isTickLabel(label) || placeLevel(k) != null);
    }

    /** A header naming one tick of the audience, method or level grids (全社会, 依申请公开, 县级). */
    static boolean isTickLabel(String text) {
        String k = subLabelKey(text);
        return !k.isEmpty() && (Vocabulary.audience(k).isPresent() || Vocabulary.method(k).isPresent() || !CellValues.levelsText(k).isEmpty());
    }

    ColumnSpec subColumn(int row, int c, String top, ColumnRole topRole, String sub) {
        String k = subLabelKey(sub);
        String label = (top == null ? "" : top) + "/" + sub;
        ColumnRole subRole = profile.role(sub);
        if (subRole != null && !subRole.isItem() && subRole != ColumnRole.SEQ
                && Vocabulary.audience(k).isEmpty() && Vocabulary.method(k).isEmpty() && CellValues.levelsText(k).isEmpty()) {
            // a sub-header naming an element of its own (公开事项 → 名称 | 内容): the sub-header decides
            return new ColumnSpec(c, subRole, label);
        }
        if (ITEM_LEVEL.matcher(k).matches() || topRole == ColumnRole.ITEM || topRole == ColumnRole.ITEM_TYPE) {
            return new ColumnSpec(c, ColumnRole.ITEM, label);
        }
        Optional<AudienceScope> a = Vocabulary.audience(k);
        if ((topRole == ColumnRole.AUDIENCE || topRole == ColumnRole.METHOD || topRole == ColumnRole.LEVEL)
                && (a.isPresent() ? 1 : 0) + (Vocabulary.method(k).isPresent() ? 1 : 0) + (CellValues.levelsText(k).isEmpty() ? 0 : 1) == 1) {
            // a group over two grids (公开对象及方式 → 全社会 | 特定群体 | 主动公开 | 依申请公开): the label says which
            topRole = null;
        }
        if (topRole == ColumnRole.AUDIENCE || (topRole == null && a.isPresent())) {
            ColumnSpec col = new ColumnSpec(c, ColumnRole.AUDIENCE_TICK, label);
            col.scope = a.orElse(null);
            if (a.isEmpty()) {
                note(row, c, label, sub, ImportAction.DROPPED, "公开对象的子列“" + sub + "”既不是全社会也不是特定群体；其勾选不读取",
                        "audience sub-column \"" + sub + "\" is not 全社会 or 特定群体; its ticks are ignored");
            }
            return col;
        }
        Optional<Method> m = Vocabulary.method(k);
        if (topRole == ColumnRole.METHOD || (topRole == null && m.isPresent())) {
            ColumnSpec col = new ColumnSpec(c, ColumnRole.METHOD_TICK, label);
            col.method = m.orElse(null);
            if (m.isEmpty()) {
                note(row, c, label, sub, ImportAction.DROPPED, "公开方式的子列“" + sub + "”既不是主动也不是依申请；其勾选不读取",
                        "method sub-column \"" + sub + "\" is not 主动 or 依申请; its ticks are ignored");
            }
            return col;
        }
        Set<Level> levels = CellValues.levelsText(k);
        if (topRole == ColumnRole.LEVEL || (topRole == null && !levels.isEmpty())) {
            ColumnSpec col = new ColumnSpec(c, ColumnRole.LEVEL_TICK, label);
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
        if (topRole == ColumnRole.CHANNEL) { // a tick grid of channels: 公开渠道 → 政府网站 | 政务新媒体 | 公示栏 | 其他
            ColumnSpec col = new ColumnSpec(c, ColumnRole.CHANNEL_TICK, label);
            col.channel = Vocabulary.channelType(k).orElse(null);
            if (col.channel == null) {
                note(row, c, label, sub, ImportAction.DROPPED, "渠道的子列“" + sub + "”不是已知的渠道类型；其单元格不读取",
                        "channel sub-column \"" + sub + "\" names no known channel type; its cells are not read");
            }
            return col;
        }
        ColumnRole role = profile.role(sub);
        return new ColumnSpec(c, role != null ? role : topRole != null ? topRole : ColumnRole.UNKNOWN, label);
    }
}
