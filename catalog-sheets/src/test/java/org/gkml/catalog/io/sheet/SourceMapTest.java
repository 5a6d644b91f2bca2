package org.gkml.catalog.io.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Where entries came from: recorded per sheet, joined across the sheets of a workbook, asked by pointer. */
class SourceMapTest {

    private static String cell(SourceMap m, String pointer) {
        return m.cellOf(pointer).map(CellRef::toString).orElse(null);
    }

    @Test
    void theSheetsOfAWorkbook_keepTheirOwnEntriesAndCells() {
        SourceMap first = new SourceMap();
        int n = 10_000; // over two chunks
        for (int i = 0; i < n; i++) {
            first.put(first.begin("Sheet1", 3 + i), SourceMap.DEADLINE, 3 + i, 7);
        }
        SourceMap second = new SourceMap();
        int e = second.begin("Sheet2", 4);
        second.put(e, SourceMap.NAME, 4, 1);
        second.put(e, SourceMap.CATEGORY + 1, 2, 2); // a category level taken from a row above
        SourceMap whole = new SourceMap();
        whole.addAll(first);
        whole.addAll(second);
        assertEquals("Sheet1!H4", cell(whole, "/entries/0/deadline"));
        assertEquals("Sheet1!H103", cell(whole, "/entries/99/deadline"));
        assertEquals("Sheet1!H4100", cell(whole, "/entries/4096/deadline"));
        assertEquals("Sheet1!H" + (n + 3), cell(whole, "/entries/" + (n - 1) + "/deadline"));
        assertEquals("Sheet2!A5", cell(whole, "/entries/" + n));
        assertEquals("Sheet2!B5", cell(whole, "/entries/" + n + "/name"));
        assertEquals("Sheet2!C3", cell(whole, "/entries/" + n + "/category/1"));
        assertEquals(n + 1, whole.entries());
        Map<String, String> exact = whole.asMap();
        assertEquals(null, exact.get("/entries/" + n + "/deadline"), "no deadline cell recorded for that entry");
        assertEquals(n * 2 + 3, exact.size());
        assertEquals(exact.size(), whole.cells());
        SourceMap again = new SourceMap();
        again.addAll(first);
        again.addAll(second);
        assertEquals(whole, again);
        assertEquals(whole.hashCode(), again.hashCode());
        assertTrue(!whole.equals(first));
        assertTrue(new SourceMap().asMap().isEmpty());
    }

    @Test
    void cellOf_aPointerWithoutACellOfItsOwn_isTheNearestEnclosingOne() {
        SourceMap m = new SourceMap();
        int e = m.begin("Sheet1", 5);
        m.put(e, SourceMap.DEADLINE, 5, 6);
        assertEquals("Sheet1!G6", cell(m, "/entries/0/deadline/amount"));
        assertEquals("Sheet1!A6", cell(m, "/entries/0/code"), "an element without a cell: the entry's row");
        assertEquals("Sheet1!A6", cell(m, "/entries/0/category/4"));
        assertEquals(Optional.empty(), m.cellOf("/entries/1/name"));
        assertEquals(Optional.empty(), m.cellOf("/entries/x/name"));
        assertEquals(Optional.empty(), m.cellOf("/publisher"));
        assertEquals(Optional.empty(), m.cellOf(null));
    }

    @Test
    void rowsAndColumnsBeyondSixteenBits_areKeptApart() {
        SourceMap m = new SourceMap();
        int e = m.begin("Sheet1", 70_000);
        m.put(e, SourceMap.CONTENT, 70_000, 70_000);
        m.put(e, SourceMap.NAME, 1_048_575, 3);
        assertEquals(new CellRef("Sheet1", 70_000, 70_000), m.cellOf("/entries/0/content").orElseThrow());
        assertEquals("Sheet1!D1048576", cell(m, "/entries/0/name"));
        assertEquals("Sheet1!A70001", cell(m, "/entries/0"));
    }
}
