package org.gkml.catalog.io.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Iterator;
import org.junit.jupiter.api.Test;

/** Where entries came from: recorded per sheet, joined across the sheets of a workbook, seen as pointer → cell. */
class SourceMapTest {

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
        assertEquals("Sheet1!H4", whole.get("/entries/0/deadline"));
        assertEquals("Sheet1!H103", whole.get("/entries/99/deadline"));
        assertEquals("Sheet1!H4100", whole.get("/entries/4096/deadline"));
        assertEquals("Sheet1!H" + (n + 3), whole.get("/entries/" + (n - 1) + "/deadline"));
        assertEquals("Sheet2!A5", whole.get("/entries/" + n));
        assertEquals("Sheet2!B5", whole.get("/entries/" + n + "/name"));
        assertEquals("Sheet2!C3", whole.get("/entries/" + n + "/category/1"));
        assertNull(whole.get("/entries/" + n + "/deadline"));
        assertNull(whole.get("/entries/" + (n + 1)));
        assertNull(whole.get("/entries/0/category/5"), "only five category levels are recorded");
        int iterated = 0;
        for (Iterator<?> it = whole.entrySet().iterator(); it.hasNext(); it.next()) {
            iterated++;
        }
        assertEquals(n * 2 + 3, iterated);
        assertEquals(iterated, whole.size());
        assertTrue(new SourceMap().isEmpty());
    }
}
