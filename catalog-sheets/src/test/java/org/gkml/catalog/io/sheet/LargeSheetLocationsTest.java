package org.gkml.catalog.io.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cells are located right beyond row 65,535 (rows and columns are kept apart, never packed into one int). */
class LargeSheetLocationsTest {

    @Test
    void aCsvOf70005Rows_locatesItsLastEntriesAtTheirOwnRows(@TempDir Path dir) throws Exception {
        StringBuilder b = new StringBuilder("公开事项,公开内容,公开依据,公开时限,公开主体\n");
        int n = 70_005;
        for (int i = 1; i <= n; i++) {
            b.append("事项").append(i).append(",内容").append(i).append(",《条例》,20个工作日内,民政局\n");
        }
        Path f = dir.resolve("big.csv");
        Files.writeString(f, b, StandardCharsets.UTF_8);
        ImportResult r = SheetImporter.defaults().importFile(f);
        assertEquals(n, r.catalog().entries().size());
        assertEquals("big!B70002", r.sourceMap().cellOf("/entries/70000/content").orElseThrow().toString());
        assertEquals("big!A" + (n + 1), r.sourceMap().cellOf("/entries/" + (n - 1) + "/name").orElseThrow().toString());
        assertEquals("内容70001", r.catalog().entries().get(70_000).content().summary());
    }
}
