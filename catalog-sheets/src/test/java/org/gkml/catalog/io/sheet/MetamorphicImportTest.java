package org.gkml.catalog.io.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.gkml.catalog.model.Entry;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Metamorphic tests of the importer on the development corpus: each real table is changed in a way that real
 * sheets vary (header cells broken by line breaks and written in traditional characters, another title row above,
 * semicolons for commas, a BOM with CRLF line ends, empty columns on the right) and must give the same entries as
 * the unchanged table. This checks that the importer learned patterns, not the dev tables' exact strings.
 */
class MetamorphicImportTest {

    /** A header-like cell (it names an element), written with a line break inside and traditional characters. */
    static String noisyHeader(String cell) {
        String t = cell.strip();
        if (t.length() < 2 || t.length() > 12 || MappingProfile.builtIn().role(t) == null) {
            return cell;
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            int k = "开时对层级据体载责单项".indexOf(c);
            b.append(k >= 0 ? "開時對層級據體載責單項".charAt(k) : c);
            if (i == t.length() / 2 - 1) {
                b.append('\n');
            }
        }
        return b.toString();
    }

    /** Header texts of one table and the synonyms other publishers use for the same element. */
    private static final java.util.Map<String, String> SYNONYMS = java.util.Map.ofEntries(
            java.util.Map.entry("公开渠道", "公开形式"), java.util.Map.entry("公开渠道和载体", "发布渠道"),
            java.util.Map.entry("公开对象", "公开范围"), java.util.Map.entry("公开主体", "发布主体"),
            java.util.Map.entry("公开时限", "发布时限"), java.util.Map.entry("公开依据", "法律依据"),
            java.util.Map.entry("责任单位", "承办单位"), java.util.Map.entry("责任科室", "承办科室"),
            java.util.Map.entry("公开层级", "公开级别"), java.util.Map.entry("公开时长", "公开有效期"));

    static String synonym(String cell) {
        String t = cell.strip().replaceAll("\\s+", "");
        String s = SYNONYMS.get(t);
        return s == null ? cell : s;
    }

    static List<List<String>> rows(String csv) throws Exception {
        List<List<String>> out = new ArrayList<>();
        try (CSVParser p = CSVParser.parse(new StringReader(csv), CSVFormat.RFC4180)) {
            for (CSVRecord r : p) {
                out.add(new ArrayList<>(r.toList()));
            }
        }
        return out;
    }

    static String write(List<List<String>> rows, char delimiter, String lineEnd) throws Exception {
        StringWriter w = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180.builder().setDelimiter(delimiter).setRecordSeparator(lineEnd).get())) {
            for (List<String> r : rows) {
                p.printRecord(r);
            }
        }
        return w.toString();
    }

    record Change(String name, UnaryOperator<List<List<String>>> rows, char delimiter, String lineEnd, boolean bom) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** A header row: three or more cells of at most {@code maxLength} characters that name elements. */
    static boolean headerLike(List<String> row, int maxLength) {
        return row.stream().filter(c -> !c.isBlank() && c.strip().length() <= maxLength
                && MappingProfile.builtIn().role(c.strip()) != null).count() >= 3;
    }

    private static boolean tickLabel(String cell) {
        String k = MappingProfile.key(cell);
        return !k.isEmpty() && k.length() <= 6
                && (org.gkml.catalog.model.Vocabulary.audience(k).isPresent() || org.gkml.catalog.model.Vocabulary.method(k).isPresent());
    }

    /** Each row's 序号 (a number in the first cell) written in the given forms, in turn. */
    private static List<List<String>> sequenceNumbers(List<List<String>> rs, String... forms) {
        int k = 0;
        for (List<String> r : rs) {
            if (!r.isEmpty() && r.get(0).strip().matches("\\d{1,3}")) {
                r.set(0, String.format(forms[k++ % forms.length], r.get(0).strip()));
            }
        }
        return rs;
    }

    static List<Change> changes() {
        return List.of(
                new Change("header cells broken and traditional", rs -> {
                    // header rows: three or more cells that name elements (data cells such as 负责人信息 stay as they are)
                    rs.replaceAll(r -> !headerLike(r, 12) ? r
                            : r.stream().map(MetamorphicImportTest::noisyHeader).collect(java.util.stream.Collectors.toCollection(ArrayList::new)));
                    return rs;
                }, ',', "\n", false),
                new Change("other header synonyms", rs -> {
                    rs.replaceAll(r -> r.stream().map(MetamorphicImportTest::synonym).collect(java.util.stream.Collectors.toCollection(ArrayList::new)));
                    return rs;
                }, ',', "\n", false),
                new Change("blank rows between the rows of the table", rs -> {
                    List<List<String>> out = new ArrayList<>();
                    for (int i = 0; i < rs.size(); i++) {
                        out.add(rs.get(i));
                        if (i >= 6 && i % 4 == 0) {
                            out.add(new ArrayList<>(java.util.Collections.nCopies(rs.get(i).size(), "")));
                        }
                    }
                    return out;
                }, ',', "\n", false),
                new Change("page numbers and 续表 between the rows (a printed or PDF copy)", rs -> {
                    List<List<String>> out = new ArrayList<>();
                    for (int i = 0; i < rs.size(); i++) {
                        out.add(rs.get(i));
                        if (i >= 5 && i % 3 == 0) {
                            List<String> mark = new ArrayList<>(java.util.Collections.nCopies(rs.get(i).size(), ""));
                            mark.set(0, i % 2 == 0 ? "第 " + i / 3 + " 页 共 9 页" : "续表");
                            out.add(mark);
                        }
                    }
                    return out;
                }, ',', "\n", false),
                new Change("a row numbering the columns under the header", rs -> {
                    // before the first data row numbered 1 after the first header (tables without 序号 stay as they are)
                    int h = -1;
                    for (int i = 0; i < rs.size() && h < 0; i++) {
                        if (headerLike(rs.get(i), Integer.MAX_VALUE)) {
                            h = i;
                        }
                    }
                    for (int i = h + 1; h >= 0 && i < rs.size(); i++) {
                        if (!rs.get(i).isEmpty() && rs.get(i).get(0).strip().equals("1")) {
                            List<String> numbers = new ArrayList<>();
                            for (int c = 0; c < rs.get(i).size(); c++) {
                                numbers.add(String.valueOf(c + 1));
                            }
                            rs.add(i, numbers);
                            break;
                        }
                    }
                    return rs;
                }, ',', "\n", false),
                new Change("separator rows of dashes between the rows", rs -> {
                    List<List<String>> out = new ArrayList<>();
                    for (int i = 0; i < rs.size(); i++) {
                        out.add(rs.get(i));
                        if (i >= 6 && i % 5 == 1) {
                            out.add(new ArrayList<>(java.util.Collections.nCopies(rs.get(i).size(), "—")));
                        }
                    }
                    return out;
                }, ',', "\n", false),
                new Change("tick labels with a legend saying how to fill them (全社会（√）)", rs -> {
                    // the header rows' audience and method tick labels (全社会, 特定群体, 主动, 依申请)
                    for (List<String> r : rs.subList(0, Math.min(6, rs.size()))) {
                        long ticks = r.stream().filter(MetamorphicImportTest::tickLabel).count();
                        if (ticks >= 2) {
                            r.replaceAll(c -> tickLabel(c) ? c + "（√）" : c);
                        }
                    }
                    return rs;
                }, ',', "\n", false),
                new Change("another title row above", rs -> {
                    List<String> title = new ArrayList<>();
                    title.add("（本表由政务公开办公室汇总，2026年更新）");
                    while (title.size() < rs.get(0).size()) {
                        title.add("");
                    }
                    rs.add(0, title);
                    return rs;
                }, ',', "\n", false),
                new Change("a grouped header written in one row (公开对象（全社会）, 公开事项-一级事项, 公开层级：县级 …)", rs -> {
                    // a header row with a sub-header under it: each sub-label joined to its group, the sub-header gone
                    String[] joins = {"（%s）", "(%s)", "-%s", "：%s", "/%s", " %s"};
                    for (int h = 0; h + 1 < rs.size(); h++) {
                        List<String> top = rs.get(h);
                        List<String> sub = rs.get(h + 1);
                        if (!headerLike(top, Integer.MAX_VALUE) || headerLike(sub, Integer.MAX_VALUE)
                                || sub.stream().filter(c -> !c.isBlank()).count() < 2 || sub.stream().anyMatch(c -> c.strip().length() > 8)
                                || !sub.isEmpty() && sub.get(0).strip().matches("\\d+")) {
                            continue;
                        }
                        String join = joins[Math.floorMod(top.hashCode(), joins.length)]; // one style per table
                        List<String> one = new ArrayList<>();
                        String group = "";
                        for (int c = 0; c < Math.max(top.size(), sub.size()); c++) {
                            String t = c < top.size() ? top.get(c) : "";
                            String u = c < sub.size() ? sub.get(c).strip() : "";
                            group = t.isBlank() ? group : t.strip();
                            one.add(u.isEmpty() ? t : group + String.format(join, u));
                        }
                        rs.set(h, one);
                        rs.remove(h + 1);
                    }
                    return rs;
                }, ',', "\n", false),
                new Change("sequence numbers in brackets （1）", rs -> sequenceNumbers(rs, "（%s）"), ',', "\n", false),
                new Change("sequence numbers written 1、, (2), 1-3 …", rs -> sequenceNumbers(rs, "%s、", "(%s)", "1-%s"), ',', "\n", false),
                new Change("the first header row written twice", rs -> {
                    for (int h = 0; h < rs.size(); h++) {
                        if (headerLike(rs.get(h), Integer.MAX_VALUE)) {
                            rs.add(h, new ArrayList<>(rs.get(h)));
                            break;
                        }
                    }
                    return rs;
                }, ',', "\n", false),
                new Change("semicolons", rs -> rs, ';', "\n", false),
                new Change("BOM and CRLF", rs -> rs, ',', "\r\n", true),
                new Change("column groups in reverse order", rs -> permuteGroups(rs, false), ',', "\n", false),
                new Change("the 序号 column removed", rs -> permuteGroups(rs, true), ',', "\n", false),
                new Change("empty columns on the right", rs -> {
                    rs.forEach(r -> r.addAll(List.of("", "", "")));
                    return rs;
                }, ',', "\n", false));
    }

    /**
     * The column groups of the first header row (a named cell and the blank cells after it, as a merged header is
     * copied out) in reverse order, or with the 序号 group removed; every row is permuted alike. A department may
     * order its columns as it likes: the entries must not depend on it.
     */
    static List<List<String>> permuteGroups(List<List<String>> rs, boolean dropSeq) {
        int h = -1;
        for (int i = 0; i < rs.size() && h < 0; i++) {
            if (headerLike(rs.get(i), Integer.MAX_VALUE)) {
                h = i;
            }
        }
        if (h < 0) {
            return rs;
        }
        int width = rs.stream().mapToInt(List::size).max().orElse(0);
        List<String> header = rs.get(h);
        List<int[]> groups = new ArrayList<>(); // [from, to)
        for (int c = 0; c < width; c++) {
            String v = c < header.size() ? header.get(c) : "";
            if (!v.isBlank() || groups.isEmpty()) {
                groups.add(new int[] {c, c + 1});
            } else {
                groups.get(groups.size() - 1)[1] = c + 1;
            }
        }
        // item levels keep their order (一级 before 二级), and so do the tick groups 公开对象/公开方式/公开层级 (their
        // ticks may be packed to the left across the groups): each run of them moves as one
        List<int[]> runs = new ArrayList<>();
        String previous = null;
        for (int[] g : groups) {
            String v = g[0] < header.size() ? header.get(g[0]).strip() : "";
            ColumnRole role = MappingProfile.builtIn().role(v);
            String kind = role == null ? null : role.isItem() ? "item"
                    : Set.of(ColumnRole.AUDIENCE, ColumnRole.METHOD, ColumnRole.LEVEL).contains(role) ? "tick" : null;
            if (dropSeq && role == ColumnRole.SEQ) {
                previous = null;
                continue;
            }
            if (kind != null && kind.equals(previous)) {
                runs.get(runs.size() - 1)[1] = g[1];
            } else {
                runs.add(new int[] {g[0], g[1]});
            }
            previous = kind;
        }
        List<int[]> order = new ArrayList<>();
        for (int[] g : runs) {
            order.add(0, g);
        }
        if (dropSeq) {
            java.util.Collections.reverse(order);
            if (order.stream().mapToInt(g -> g[1] - g[0]).sum() == width) {
                return rs; // no 序号 column
            }
        }
        List<List<String>> out = new ArrayList<>();
        for (List<String> r : rs) {
            List<String> n = new ArrayList<>();
            for (int[] g : order) {
                for (int c = g[0]; c < g[1]; c++) {
                    n.add(c < r.size() ? r.get(c) : "");
                }
            }
            out.add(n);
        }
        return out;
    }

    static Stream<Arguments> cases() throws Exception {
        List<Arguments> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(DevCorpusTest.dir())) {
            for (Path p : s.filter(x -> x.toString().endsWith(".csv")).sorted().toList()) {
                String text = original(p);
                String same = write(rows(text), ',', "\n");
                for (Change c : changes()) {
                    if (!changed(text, c).equals(same)) { // only cases where the change changes something
                        out.add(Arguments.of(p.getFileName().toString(), c));
                    }
                }
            }
        }
        return out.stream();
    }

    static String original(Path p) throws java.io.IOException {
        String text = Files.readString(p, StandardCharsets.UTF_8);
        return text.startsWith("\ufeff") ? text.substring(1) : text;
    }

    private static String changed(String text, Change change) throws Exception {
        return (change.bom() ? "\ufeff" : "") + write(change.rows().apply(rows(text)), change.delimiter(), change.lineEnd());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void aRealTableChangedAsSheetsVary_givesTheSameEntries(String file, Change change, @TempDir Path dir) throws Exception {
        Path original = DevCorpusTest.dir().resolve(file);
        List<Entry> expected = SheetImporter.defaults().importFile(original).catalog().entries();
        Path copy = dir.resolve(file); // the same name: derived entry codes stay the same
        Files.writeString(copy, changed(original(original), change), StandardCharsets.UTF_8);
        List<Entry> actual = SheetImporter.defaults().importFile(copy).catalog().entries();
        assertEquals(expected.size(), actual.size(), file + ", " + change.name() + ": entry count");
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i), actual.get(i), file + ", " + change.name() + ": entry " + i);
        }
    }

    static Stream<String> files() throws Exception {
        try (Stream<Path> s = Files.list(DevCorpusTest.dir())) {
            return s.filter(x -> x.toString().endsWith(".csv")).map(x -> x.getFileName().toString()).sorted().toList().stream();
        }
    }

    /** The same table twice in one sheet (a blank row between): two stacked tables, each read as the single one is. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void aRealTableStackedTwice_givesItsEntriesTwice(String file, @TempDir Path dir) throws Exception {
        Path original = DevCorpusTest.dir().resolve(file);
        List<Entry> once = SheetImporter.defaults().importFile(original).catalog().entries();
        List<List<String>> rows = rows(original(original));
        List<List<String>> twice = new ArrayList<>(rows);
        twice.add(new ArrayList<>(java.util.Collections.nCopies(rows.get(0).size(), "")));
        twice.addAll(rows);
        Path copy = dir.resolve(file);
        Files.writeString(copy, write(twice, ',', "\n"), StandardCharsets.UTF_8);
        List<Entry> both = SheetImporter.defaults().importFile(copy).catalog().entries();
        assertEquals(2 * once.size(), both.size(), "entry count");
        for (int i = 0; i < once.size(); i++) {
            assertEquals(once.get(i), both.get(i), "entry " + i + " of the first table");
            // the second table's codes are derived anew (the first table holds the originals)
            assertEquals(once.get(i).toBuilder().code(null).build(), both.get(once.size() + i).toBuilder().code(null).build(),
                    "entry " + i + " of the second table");
        }
    }

    /**
     * Short data cells (ticks aside) broken by a space or a line break in the middle, as OCR and hand typing leave
     * them (主 动, 县 级, 20个工作\n日内, ■政府 网站): the structured reading (method, audience, levels, channel types,
     * deadline and duration kinds and amounts) stays the same; only the kept texts change.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void shortCellsBrokenBySpaces_keepTheirStructuredReading(String file, @TempDir Path dir) throws Exception {
        Path original = DevCorpusTest.dir().resolve(file);
        List<Entry> expected = SheetImporter.defaults().importFile(original).catalog().entries();
        List<List<String>> rows = rows(original(original));
        int lastHeader = -1;
        for (int i = 0; i < rows.size(); i++) {
            if (headerLike(rows.get(i), 14)) {
                lastHeader = i;
            }
        }
        java.util.Random random = new java.util.Random(file.hashCode());
        for (int i = lastHeader + 2; i < rows.size(); i++) { // below the header (and a possible second header row)
            List<String> r = rows.get(i);
            for (int c = 0; c < r.size(); c++) {
                String v = r.get(c).strip();
                if (v.length() >= 3 && v.length() <= 16 && !v.matches(".*[0-9A-Za-z]{2}.*") && v.codePoints().noneMatch(Character::isSupplementaryCodePoint)) {
                    int at = 1 + random.nextInt(v.length() - 1);
                    r.set(c, v.substring(0, at) + (random.nextBoolean() ? " " : "\n") + v.substring(at));
                }
            }
        }
        assertSameStructuredReading(file, expected, rows, dir);
    }

    /** The changed rows, imported under the table's own name, give the expected entries' structured reading. */
    private static void assertSameStructuredReading(String file, List<Entry> expected, List<List<String>> rows, Path dir)
            throws Exception {
        Path copy = dir.resolve(file); // the same name: derived entry codes stay the same
        Files.writeString(copy, write(rows, ',', "\n"), StandardCharsets.UTF_8);
        List<Entry> actual = SheetImporter.defaults().importFile(copy).catalog().entries();
        assertEquals(expected.size(), actual.size(), "entry count");
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(structured(expected.get(i)), structured(actual.get(i)), file + " entry " + i);
        }
    }

    /** What a reader of the sheet understood, without the texts it kept. */
    static String structured(Entry e) {
        StringBuilder b = new StringBuilder();
        b.append("method=").append(e.method()).append(" audience=").append(e.audience() == null ? null : e.audience().scope())
                .append(" levels=").append(e.levels()).append(" channels=")
                .append(e.channels().stream().map(ch -> ch.type().toString()).toList());
        org.gkml.catalog.model.Deadline d = e.deadline();
        b.append(" deadline=").append(d == null ? null : d.getClass().getSimpleName());
        if (d instanceof org.gkml.catalog.model.Deadline.Within w) {
            b.append(' ').append(w.amount()).append(' ').append(w.unit()).append(' ').append(w.trigger());
        }
        b.append(" duration=").append(e.duration() == null ? null : e.duration().getClass().getSimpleName());
        return b.toString();
    }

    /** Simplified characters and their traditional forms, as a Hong Kong, Taiwan or OCR'd copy writes them. */
    private static final String SIMPLIFIED = "开时对层级据体载责单项务动请会众县乡镇区级网站众栏门户点报广电视纸质内变产实于确发处决规条例办设";
    private static final String TRADITIONAL = "開時對層級據體載責單項務動請會眾縣鄉鎮區級網站眾欄門戶點報廣電視紙質內變產實於確發處決規條例辦設";

    /**
     * Every data cell written in traditional characters: the structured reading (method, audience, levels, channel
     * types, deadline kinds and amounts) stays the same.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void dataInTraditionalCharacters_keepsItsStructuredReading(String file, @TempDir Path dir) throws Exception {
        Path original = DevCorpusTest.dir().resolve(file);
        List<Entry> expected = SheetImporter.defaults().importFile(original).catalog().entries();
        List<List<String>> rows = rows(original(original));
        for (List<String> r : rows) {
            r.replaceAll(MetamorphicImportTest::traditional);
        }
        assertSameStructuredReading(file, expected, rows, dir);
    }

    static String traditional(String cell) {
        StringBuilder b = new StringBuilder(cell.length());
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            int k = SIMPLIFIED.indexOf(c);
            b.append(k >= 0 ? TRADITIONAL.charAt(k) : c);
        }
        return b.toString();
    }
}
