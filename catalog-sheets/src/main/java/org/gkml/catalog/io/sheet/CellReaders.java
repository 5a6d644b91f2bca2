package org.gkml.catalog.io.sheet;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gkml.catalog.model.Audience;
import org.gkml.catalog.model.AudienceScope;
import org.gkml.catalog.model.Channel;
import org.gkml.catalog.model.ChineseText;
import org.gkml.catalog.model.Content;
import org.gkml.catalog.model.Deadline;
import org.gkml.catalog.model.DeadlineCell;
import org.gkml.catalog.model.Duration;
import org.gkml.catalog.model.LegalReference;
import org.gkml.catalog.model.Level;
import org.gkml.catalog.model.Method;
import org.gkml.catalog.model.Organization;
import org.gkml.catalog.model.Responsibility;
import org.gkml.catalog.model.Vocabulary;

/**
 * The readers of a data row's cells, one per column role, each filling the entry draft and recording the cell in the source map; and the sheet's reading caches: sheets repeat deadlines, bases, channels, subjects and ticks row after row, so each distinct cell text is parsed once. Not thread-safe (one per table assembler).
 */
final class CellReaders {

    private final TableAssembler assembler;

    CellReaders(TableAssembler assembler) {
        this.assembler = assembler;
    }

    static final Set<String> YES = Set.of("是", "Y", "y", "yes", "Yes", "YES");
    /** Cells under a tick column that say "not this one". */
    static final Set<String> NOT_CHOSEN = Set.of("否", "无", "×", "✗", "✘", "/", "-", "—", "N", "n");
    /** Levels lists by the set's bits, and audiences without description by scope: shared by the entries. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    final List<Level>[] levelLists = new List[1 << Level.values().length];
    final Map<AudienceScope, Audience> audiences = new java.util.EnumMap<>(AudienceScope.class);
    /** Parsed cell values by text: sheets repeat deadlines, bases, channels and subjects row after row. */
    final ReadingMemo<DeadlineCell> deadlines = new ReadingMemo<>();
    final java.util.function.Function<String, DeadlineCell> deadlineParser = Deadline.cellParser();
    final ReadingMemo<List<LegalReference>> bases = new ReadingMemo<>();
    final ReadingMemo<Duration> durations = new ReadingMemo<>();
    final ReadingMemo<Content> contents = new ReadingMemo<>();
    final ReadingMemo<Responsibility> units = new ReadingMemo<>();
    final ReadingMemo<ChannelCell.Result> channelCells = new ReadingMemo<>();
    final java.util.function.Function<String, ChannelCell.Result> channelParser = ChannelCell.parser();

    final ReadingMemo<Set<Level>> levelCells = new ReadingMemo<>();
    final ReadingMemo<Optional<AudienceScope>> audienceCells = new ReadingMemo<>();
    final ReadingMemo<Optional<Method>> methodCells = new ReadingMemo<>();
    final ReadingMemo<Boolean> tickCells = new ReadingMemo<>();
    final ReadingMemo<List<Organization>> subjectCells = new ReadingMemo<>();
    final ReadingMemo<String[]> responsibilityCells = new ReadingMemo<>();

    /** The levels of a set as a list shared by every entry with the same levels. */
    List<Level> levelList(EnumSet<Level> levels) {
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
    Audience audience(AudienceScope scope, String description) {
        return description != null ? new Audience(scope, description) : audiences.computeIfAbsent(scope, x -> new Audience(x, null));
    }

    /** The channel cell's channels first, then those of the tick columns after it, as they were added. */
    static List<Channel> joined(List<Channel> first, List<Channel> more) {
        List<Channel> all = new ArrayList<>(first);
        all.addAll(more);
        return all;
    }

    Set<Level> levelCell(String v) {
        return levelCells.get(v, CellValues::levelsText);
    }

    Optional<AudienceScope> audienceCell(String v) {
        return audienceCells.get(v, CellValues::audienceText);
    }

    Optional<Method> methodCell(String v) {
        return methodCells.get(v, CellValues::methodText);
    }

    /** The last cell text asked about as a tick, and the answer: tick columns repeat one shared √ row after row. */
    String lastTickText;
    boolean lastTick;

    boolean tickCell(String v) {
        if (v != lastTickText) {
            lastTick = tickCells.get(v, CellText::isTick);
            lastTickText = v;
        }
        return lastTick;
    }
    static final Pattern METHOD_WITH_CHANNELS = Pattern.compile("^([^(（]+)[(（](.+)[)）]$", Pattern.DOTALL);

    static final Pattern TICK_WITH_NAME = Pattern.compile("^(\\S{1,2}?)\\s*[(（:：]\\s*(.+?)\\s*[)）]?$", Pattern.DOTALL);

    /** The extensions key of a column's cells: its header, or its letter when it has none. */
    static String extensionKey(ColumnSpec col) {
        return col.header == null || col.header.isBlank() ? Grid.column(col.index) : CellText.clean(col.header);
    }

    /** A cell of a column the mapping profile ignores: dropped, and said so. */
    void readIgnore(TableAssembler.Table table, EntryDraft d, ColumnSpec col, String v, DataRow raw) {
        assembler.note(raw.row, col.index, col.header, v, ImportAction.DROPPED, "映射配置要求忽略此列", "the mapping profile says to ignore this column");
    }

    /** A 是否主动公开 cell: 是 → 主动; 否 → 依申请, the other way of disclosure. */
    void readMethodFlag(TableAssembler.Table table, EntryDraft d, ColumnSpec col, String v, DataRow raw) {
        String t = ChineseText.fold(v).strip();
        if (YES.contains(t) || tickCell(v)) {
            d.method = Method.PROACTIVE;
        } else if (NOT_CHOSEN.contains(t)) {
            d.method = Method.ON_REQUEST;
            assembler.note(raw.row, col.index, col.header, v, ImportAction.GUESSED, "不是主动公开：读作依申请公开", "not proactive: read as 依申请公开");
        } else {
            assembler.note(raw.row, col.index, col.header, v, ImportAction.DROPPED, "应为“是”或“否”", "expected 是 or 否");
        }
        assembler.sourceMap.put(d.source, SourceMap.METHOD, raw.from(col.index), col.index);
    }

    /** A 事项编码 cell. */
    void readCode(TableAssembler.Table table, EntryDraft d, ColumnSpec col, String v, DataRow raw) {
        d.code = CellText.clean(v);
    }

    /** A 公开内容 cell (a second content column adds to the first). */
    void readContent(TableAssembler.Table table, EntryDraft d, ColumnSpec col, String v, DataRow raw) {
        if (d.content == null) {
            d.content = contents.get(v, x -> new Content(x.strip(), CellText.listItems(x)));
            assembler.sourceMap.put(d.source, SourceMap.CONTENT, raw.from(col.index), col.index);
        } else { // a second d.content column (公开内容 and 公开要素): both are kept
            List<String> elements = new ArrayList<>(d.content.elements());
            elements.addAll(contents.get(v, x -> new Content(x.strip(), CellText.listItems(x))).elements());
            d.content = new Content(d.content.summary() + "\n" + v.strip(), elements);
        }
    }

    /** A 公开依据 cell (a second basis column adds to the first). */
    void readBasis(TableAssembler.Table table, EntryDraft d, ColumnSpec col, String v, DataRow raw) {
        if (d.basis.isEmpty()) {
            assembler.sourceMap.put(d.source, SourceMap.BASIS, raw.from(col.index), col.index);
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
    void readDeadline(TableAssembler.Table table, EntryDraft d, ColumnSpec col, String v, DataRow raw) {
        if (d.deadline != null) { // a second d.deadline column: kept, not lost
            d.keep(extensionKey(col), v.strip());
            assembler.note(raw.row, col.index, col.header, v, ImportAction.KEPT, "第二个公开时限列：第一个作为公开时限，此列保留在扩展字段中", "a second 公开时限 column; the first one is the deadline, this one is kept in extensions");
            return;
        }
        DeadlineCell dc = deadlines.get(withHeaderUnit(raw, col, v, "内"), deadlineParser);
        d.deadline = dc.deadline();
        d.cellDuration = dc.duration();
        if (d.deadline instanceof Deadline.SameAsAbove) {
            d.deadline = assembler.previousEntry == null ? new Deadline.Unparsed(v.strip(), List.of()) : assembler.previousEntry.deadline();
        }
        if (d.deadline instanceof Deadline.Unparsed && d.deadline.conditions().isEmpty()) {
            assembler.note(raw.row, col.index, col.header, v, ImportAction.UNPARSED, d.cellDuration != null
                    ? "公开时限只写了公开多久：读作公开时长，未读出公开时限" : "公开时限的写法无法理解；保留为未解析的文字",
                    d.cellDuration != null
                    ? "公开时限 states only how long the item stays public: read as its 公开时长, no deadline understood"
                    : "公开时限 wording not understood; kept as unparsed text");
        }
        assembler.sourceMap.put(d.source, SourceMap.DEADLINE, raw.from(col.index), col.index);
    }

    /** A 公开时长 cell (a second duration column is kept in extensions). */
    void readDuration(TableAssembler.Table table, EntryDraft d, ColumnSpec col, String v, DataRow raw) {
        if (d.duration != null) { // a second d.duration column: kept, not lost
            d.keep(extensionKey(col), v.strip());
            assembler.note(raw.row, col.index, col.header, v, ImportAction.KEPT, "第二个公开时长列：第一个作为公开时长，此列保留在扩展字段中", "a second 公开时长 column; the first one is the duration, this one is kept in extensions");
            return;
        }
        d.duration = durations.get(withHeaderUnit(raw, col, v, ""), Duration::parse);
        if (d.duration instanceof Duration.Unparsed) {
            assembler.note(raw.row, col.index, col.header, v, ImportAction.UNPARSED, "公开时长的写法无法理解；保留为未解析的文字", "公开时长 wording not understood; kept as unparsed text");
        }
        assembler.sourceMap.put(d.source, SourceMap.DURATION, raw.from(col.index), col.index);
    }

    /** A 公开主体 cell. */
    void readSubject(TableAssembler.Table table, EntryDraft d, ColumnSpec col, String v, DataRow raw) {
        List<Organization> bodies = subjectCells.get(v, CellValues::subjectsOf);
        if (d.subjects.isEmpty()) {
            d.subjects = bodies; // shared by the entries naming the same bodies
        } else {
            d.subjects = new ArrayList<>(d.subjects);
            d.subjects.addAll(bodies);
        }
        assembler.sourceMap.put(d.source, SourceMap.SUBJECTS, raw.from(col.index), col.index);
    }

    /** A 公开渠道 cell (■/□ checklist or text). */
    void readChannel(TableAssembler.Table table, EntryDraft d, ColumnSpec col, String v, DataRow raw) {
        ChannelCell.Result res = channelCells.get(v, channelParser);
        if (res.method() != null) { // 主动公开：政府网站、公示栏 (公开方式和渠道): the method, then the channels
            if (d.method == null) {
                d.method = Vocabulary.method(res.method()).orElseThrow();
                assembler.sourceMap.put(d.source, SourceMap.METHOD, raw.from(col.index), col.index);
                assembler.note(raw.row, col.index, col.header, v, ImportAction.GUESSED, "单元格在渠道前写了公开方式（" + res.method() + "）：读作公开方式",
                        "the cell names the method (" + res.method() + ") before its channels: read as 公开方式");
            } else {
                assembler.note(raw.row, col.index, col.header, v, ImportAction.GUESSED, "单元格在渠道前写了公开方式（" + res.method() + "）；事项的公开方式取自其本列",
                        "the cell names a method (" + res.method() + ") before its channels; the entry's 公开方式 is taken from its own column");
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
            assembler.note(raw.row, col.index, col.header, u, ImportAction.DROPPED, "渠道“" + u + "”不是已知的渠道类型（请加入映射配置或改正单元格）",
                    "channel \"" + u + "\" is not a known channel type (add it to the mapping profile or fix the cell)");
        }
        assembler.sourceMap.put(d.source, SourceMap.CHANNELS, raw.from(col.index), col.index);
    }

    /** A 公开对象 cell written as text. */
    void readAudience(TableAssembler.Table table, EntryDraft d, ColumnSpec col, String v, DataRow raw) {
        Optional<AudienceScope> a = audienceCell(v);
        if (a.isPresent()) {
            d.scope = a.get();
        } else if (methodCell(v).isEmpty() && CellValues.PEOPLE.matcher(v).find()) {
            // 低保对象, 本村村民, 学生及家长: a particular group, named
            d.scope = AudienceScope.SPECIFIC_GROUP;
            d.audienceDescription = CellText.clean(v);
            assembler.note(raw.row, col.index, col.header, v, ImportAction.GUESSED, "写的是特定的一群人：读作特定群体（" + d.audienceDescription + "）",
                    "names a particular group of people: read as 特定群体 (" + d.audienceDescription + ")");
        } else {
            assembler.note(raw.row, col.index, col.header, v, ImportAction.DROPPED, "公开对象无法识别（应为全社会或特定群体）", "公开对象 not recognised (expected 全社会 or 特定群体)");
        }
        Optional<Method> fused = methodCell(v);
        if (fused.isPresent() && d.method == null) {
            d.method = fused.get();
        }
        assembler.sourceMap.put(d.source, SourceMap.AUDIENCE, raw.from(col.index), col.index);
    }

    /** A 公开方式 cell written as text (channels in brackets after it are read too). */
    void readMethod(TableAssembler.Table table, EntryDraft d, ColumnSpec col, String v, DataRow raw) {
        Matcher bracketed = v.indexOf('(') < 0 && v.indexOf('（') < 0 ? null : METHOD_WITH_CHANNELS.matcher(v.strip());
        if (bracketed != null && bracketed.matches() && methodCell(bracketed.group(1)).isPresent()
                && audienceCell(bracketed.group(2)).isEmpty()) {
            // 主动公开（政府网站、公示栏）: the d.method, and where it is published (主动公开（全社会）: to whom,
            // read below)
            ChannelCell.Result res = channelCells.get(bracketed.group(2), channelParser);
            d.addChannels(res.channels());
            String kept = res.unknown().isEmpty() ? "" : "; not a channel, dropped: " + String.join("、", res.unknown());
            assembler.note(raw.row, col.index, col.header, v, res.channels().isEmpty() ? ImportAction.DROPPED : ImportAction.GUESSED,
                    "公开方式后的括号里写的是渠道：读作公开渠道" + kept,
                    "the brackets after 公开方式 name channels: read as 公开渠道" + kept);
            v = bracketed.group(1);
        }
        Optional<Method> m = methodCell(v);
        if (m.isPresent()) {
            d.method = m.get();
        } else {
            assembler.note(raw.row, col.index, col.header, v, ImportAction.DROPPED, "公开方式无法识别（应为主动或依申请）", "公开方式 not recognised (expected 主动 or 依申请)");
        }
        Optional<AudienceScope> fused = audienceCell(v);
        if (fused.isPresent() && d.scope == null) {
            d.scope = fused.get();
        }
        assembler.sourceMap.put(d.source, SourceMap.METHOD, raw.from(col.index), col.index);
    }

    /** A 公开层级 cell written as text. */
    void readLevel(TableAssembler.Table table, EntryDraft d, ColumnSpec col, String v, DataRow raw) {
        Set<Level> l = levelCell(v);
        if (l.isEmpty()) {
            assembler.note(raw.row, col.index, col.header, v, ImportAction.DROPPED, "公开层级无法识别", "公开层级 not recognised");
        }
        d.levels.addAll(l);
        assembler.sourceMap.put(d.source, SourceMap.LEVELS, raw.from(col.index), col.index);
    }

    /** A tick under one channel of a channel grid. */
    void readChannelTick(TableAssembler.Table table, EntryDraft d, ColumnSpec col, String v, DataRow raw) {
        String t = v.strip();
        if (col.channel == null) {
            assembler.note(raw.row, col.index, col.header, v, ImportAction.DROPPED, "渠道列的表头不是已知的渠道类型", "channel column names no known channel type");
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
        assembler.sourceMap.put(d.source, SourceMap.CHANNELS, raw.from(col.index), col.index);
    }

    /** A short text naming people or bodies (项目单位, 申请人, 困难群众): not a tick, not a sentence. */
    private static final java.util.regex.Pattern NAMES_A_GROUP = java.util.regex.Pattern.compile(
            "^[\\p{IsHan}、及和与]{2,20}(?:单位|人|人员|群众|群体|家庭|对象|企业|机构|组织|户|者|方|村民|居民|学生|职工|会员)$");

    /** A tick under one audience of the 公开对象 grid. */
    void readAudienceTick(TableAssembler.Table table, EntryDraft d, ColumnSpec col, String v, DataRow raw) {
        d.ticks++;
        if (!table.packed) {
            if (tickCell(v) && col.scope != null) {
                d.scope = d.scope == null ? col.scope : d.scope == col.scope ? d.scope : AudienceScope.PUBLIC;
            } else if (audienceCell(v).isPresent()) {
                d.scope = audienceCell(v).get();
            } else if (col.scope == AudienceScope.SPECIFIC_GROUP
                    && NAMES_A_GROUP.matcher(org.gkml.catalog.model.ChineseText.fold(CellText.clean(v))).matches()) {
                // the group written where the tick goes (项目单位 under 特定群众): that group is the audience
                d.scope = AudienceScope.SPECIFIC_GROUP;
                d.audienceDescription = CellText.clean(v);
                assembler.note(raw.row, col.index, col.header, v, ImportAction.GUESSED,
                        "特定群体下写的是一群人，而不是勾选：读作特定群体（" + d.audienceDescription + "）",
                        "names a group under 特定群体 instead of a tick: read as 特定群体 (" + d.audienceDescription + ")");
            } else {
                assembler.note(raw.row, col.index, col.header, v, ImportAction.DROPPED, "公开对象下不是勾选符号（√）", "not a tick (√) under 公开对象");
            }
            assembler.sourceMap.put(d.source, SourceMap.AUDIENCE, raw.from(col.index), col.index);
        }
    }

    /** A tick under one method of the 公开方式 grid. */
    void readMethodTick(TableAssembler.Table table, EntryDraft d, ColumnSpec col, String v, DataRow raw) {
        d.ticks++;
        if (!table.packed) {
            if (tickCell(v) && col.method != null) {
                d.method = d.method == null || d.method == col.method ? col.method : Method.PROACTIVE;
            } else if (tickCell(v)) {
                assembler.note(raw.row, col.index, col.header, v, ImportAction.DROPPED, "“" + col.header + "”下的勾选：该列既不是主动也不是依申请，未读取",
                        "tick under \"" + col.header + "\", which is not 主动 or 依申请: not read");
            } else if (methodCell(v).isPresent()) {
                d.method = methodCell(v).get();
            } else {
                assembler.note(raw.row, col.index, col.header, v, ImportAction.DROPPED, "公开方式下不是勾选符号（√）", "not a tick (√) under 公开方式");
            }
            assembler.sourceMap.put(d.source, SourceMap.METHOD, raw.from(col.index), col.index);
        }
    }

    /** A tick under one level of the 公开层级 grid. */
    void readLevelTick(TableAssembler.Table table, EntryDraft d, ColumnSpec col, String v, DataRow raw) {
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
                    assembler.note(raw.row, col.index, col.header, v, ImportAction.GUESSED, "层级列“" + col.header + "”读作 " + col.levels,
                            "level column \"" + col.header + "\" read as " + col.levels);
                }
            } else if (tick) {
                assembler.note(raw.row, col.index, col.header, v, ImportAction.DROPPED, "层级列的表头不是已知的层级，其下的勾选未读取", "tick under a level column that names no known level");
            } else {
                assembler.note(raw.row, col.index, col.header, v, ImportAction.DROPPED, "公开层级下既不是勾选符号（√）也不是层级", "not a tick (√) or a level under 公开层级");
            }
            assembler.sourceMap.put(d.source, SourceMap.LEVELS, raw.from(col.index), col.index);
        }
    }

    /** A 责任单位 cell (a person or telephone in it is read too). */
    void readResponsibility(TableAssembler.Table table, EntryDraft d, ColumnSpec col, String v, DataRow raw) {
        if (d.unit != null) { // 责任科室 and 责任单位 both given: the first is the d.unit, the other is kept
            d.keep(extensionKey(col), v.strip());
            assembler.note(raw.row, col.index, col.header, v, ImportAction.KEPT, "第二个责任列；保留在扩展字段中", "a second responsibility column; kept in extensions");
            return;
        }
        String[] upc = responsibilityCells.get(v, CellValues::responsibilityParts);
        d.unit = upc[0];
        if (upc[1] != null || upc[2] != null) {
            d.person = d.person == null ? upc[1] : d.person;
            d.contact = d.contact == null ? upc[2] : d.contact;
            assembler.note(raw.row, col.index, col.header, v, ImportAction.GUESSED, "单元格还写了责任人或电话：单位“" + d.unit + "”"
                    + (upc[1] == null ? "" : "，责任人“" + upc[1] + "”") + (upc[2] == null ? "" : "，联系方式“" + upc[2] + "”"),
                    "the cell also names a person or telephone: unit \"" + d.unit + "\"" + (upc[1] == null ? "" : ", person \"" + upc[1] + "\"")
                    + (upc[2] == null ? "" : ", contact \"" + upc[2] + "\""));
        }
        assembler.sourceMap.put(d.source, SourceMap.RESPONSIBILITY, raw.from(col.index), col.index);
    }

    /** A 责任人 cell. */
    void readPerson(TableAssembler.Table table, EntryDraft d, ColumnSpec col, String v, DataRow raw) {
        d.person = CellText.clean(v);
    }

    /** A 联系电话 cell. */
    void readContact(TableAssembler.Table table, EntryDraft d, ColumnSpec col, String v, DataRow raw) {
        d.contact = CellText.clean(v);
    }

    /** A cell of a column that is no element of the standard: kept in the extensions. */
    void readExtension(TableAssembler.Table table, EntryDraft d, ColumnSpec col, String v, DataRow raw) {
        String key = extensionKey(col);
        d.keep(key, v.strip());
        assembler.note(raw.row, col.index, col.header, v, ImportAction.KEPT, "“" + key + "”列不是标准的要素；保留在扩展字段中",
                "column \"" + key + "\" is not an element of the standard; kept in extensions");
    }

    /**
     * A bare number in a column whose header gives the unit, with that unit (and suffix), noted as guessed; else the
     * cell itself.
     */
    String withHeaderUnit(DataRow raw, ColumnSpec col, String cell, String suffix) {
        if (col.unit == null || !CellValues.BARE_NUMBER.matcher(cell).matches()) {
            return cell;
        }
        String text = cell.strip() + col.unit + suffix;
        assembler.note(raw.row, col.index, col.header, cell, ImportAction.GUESSED, "只有数字：单位取自表头（" + text + "）",
                "a bare number: the unit comes from the header (" + text + ")");
        return text;
    }
}
