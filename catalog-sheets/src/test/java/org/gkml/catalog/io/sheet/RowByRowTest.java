package org.gkml.catalog.io.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.gkml.catalog.model.Entry;
import org.junit.jupiter.api.Test;

/**
 * A table is understood row by row and each entry built as soon as nothing below can change it: blanks under a
 * value take it, a value that holds one value per row (实时公开 及时公开 over two rows) is split once its run is
 * known, 同上 refers to the row above as written, and the rows held back at once stay bounded in a long table.
 */
class RowByRowTest {

    private static final String[] HEADER = {"序号", "公开事项", "公开内容", "公开时限", "公开主体", "责任单位"};

    private final List<ImportNote> notes = new ArrayList<>();

    private TableAssembler assemble(List<String[]> rows) {
        List<String[]> all = new ArrayList<>();
        all.add(HEADER);
        all.addAll(rows);
        TableAssembler t = new TableAssembler(new Grid("t", all), MappingProfile.builtIn(), notes, "t");
        t.run();
        return t;
    }

    private List<String> notesAt(String cell) {
        return notes.stream().filter(n -> cell.equals(n.cell())).map(n -> n.action() + ": " + n.reason(java.util.Locale.ENGLISH)).toList();
    }

    private static String[] row(int n, String deadline, String subject) {
        return new String[] {String.valueOf(n), "事项" + n, "内容" + n, deadline, subject, "办公室"};
    }

    private static List<String> deadlines(TableAssembler t) {
        return t.entries.stream().map(e -> e.deadline().text()).toList();
    }

    @Test
    void aValueHoldingOneValuePerRow_isSplitWhenItsRunIsThatLong() {
        TableAssembler t = assemble(List.of(row(1, "实时公开 及时公开", "县民政局"), row(2, "", ""), row(3, "每季度", "")));
        assertEquals(List.of("实时公开", "及时公开", "每季度"), deadlines(t));
        assertEquals(List.of("县民政局", "县民政局", "县民政局"),
                t.entries.stream().map(e -> e.subjects().get(0).name()).toList(), "an unsplittable value is taken by each blank");
    }

    @Test
    void aRunLongerOrShorterThanTheValues_takesTheWholeValue() {
        TableAssembler longer = assemble(List.of(row(1, "实时公开 及时公开", "县民政局"), row(2, "", ""), row(3, "", ""), row(4, "每季度", "")));
        assertEquals(List.of("实时公开 及时公开", "实时公开 及时公开", "实时公开 及时公开", "每季度"), deadlines(longer));
        TableAssembler shorter = assemble(List.of(row(1, "实时公开 及时公开 每季度", "县民政局"), row(2, "", ""), row(3, "每月", "")));
        assertEquals(List.of("实时公开 及时公开 每季度", "实时公开 及时公开 每季度", "每月"), deadlines(shorter));
        TableAssembler exact = assemble(List.of(row(1, "实时公开 及时公开 每季度", "县民政局"), row(2, "", ""), row(3, "", "")));
        assertEquals(List.of("实时公开", "及时公开", "每季度"), deadlines(exact), "a run that ends with the table is complete too");
    }

    @Test
    void sameAsAbove_refersToTheRowAboveAsWritten() {
        TableAssembler t = assemble(List.of(row(1, "每季度", "县民政局"), row(2, "同上", "同上"), row(3, "", "县财政局"), row(4, "同上", "同上")));
        assertEquals(List.of("每季度", "每季度", "每季度", "每季度"), deadlines(t));
        assertEquals(List.of("县民政局", "县民政局", "县财政局", "县财政局"),
                t.entries.stream().map(e -> e.subjects().get(0).name()).toList());
        // row 4's 同上 refers to row 3 as written, whose deadline cell is blank: nothing to take (the blank below
        // row 2's value is then filled from it like any other)
        assertEquals(List.of("dropped: 同上 with no value above", "inherited: blank cell under a merged cell: value taken from D3"),
                notesAt("D5"));
        assertEquals(List.of("inherited: 同上: value taken from row 4"), notesAt("E5"));
    }

    @Test
    void aLongTable_isHeldBackOnlyForItsSampleAndItsRuns() {
        List<String[]> rows = new ArrayList<>();
        int n = TableAssembler.SAMPLE_ROWS * 4;
        for (int i = 1; i <= n; i++) {
            rows.add(i % 1000 == 1 ? row(i, "实时公开 及时公开 每季度", "县民政局 县财政局") : row(i, "", ""));
        }
        TableAssembler t = assemble(rows);
        assertEquals(n, t.entries.size());
        assertTrue(t.maxHeld <= TableAssembler.SAMPLE_ROWS + 1, "rows held at once: " + t.maxHeld);
        Entry last = t.entries.get(n - 1);
        assertEquals("实时公开 及时公开 每季度", last.deadline().text(), "a run of 999 blanks takes the whole value");
    }

    @Test
    void theReport_listsNotesInSheetOrder() throws Exception {
        String csv = String.join(",", HEADER) + "\n1,事项1,内容1,实时公开 及时公开,同上,办公室\n2,事项2,内容2,,县民政局,\n,,补充,,,\n"
                + "3,事项3,内容3,同上,,\n4,事项4,内容4,每月,同上,办公室\n";
        ImportReport r = SheetImporter.defaults().importCsv(
                new java.io.ByteArrayInputStream(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)), "t.csv").report();
        List<Integer> rows = r.notes().stream().filter(n -> "t".equals(n.sheet())).map(ImportNote::row).toList();
        assertTrue(rows.size() >= 6, rows.toString());
        assertEquals(rows.stream().sorted().toList(), rows, "notes by row: " + r.notes());
    }
}
