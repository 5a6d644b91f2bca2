package org.gkml.catalog.io.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** Column roles: tokens as the data files write them, and the groups the layout asks about. */
class ColumnRoleTest {

    @Test
    void everyToken_namesItsRole() {
        for (ColumnRole r : ColumnRole.values()) {
            assertEquals(r, ColumnRole.of(r.token()));
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ColumnRole.of("deadlines"));
        assertTrue(e.getMessage().contains("\"deadlines\""), e.getMessage());
    }

    @Test
    void theRolesOfTheHeaderSynonyms_areMappable() throws Exception {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                MappingProfile.class.getResourceAsStream("headers.tsv"), StandardCharsets.UTF_8))) {
            int rows = 0;
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    assertTrue(ColumnRole.of(line.split("\t")[0]).mappable(), line);
                    rows++;
                }
            }
            assertTrue(rows > 20, "rows read: " + rows);
        }
        assertEquals(MappingProfile.ROLES, ColumnRole.MAPPABLE_TOKENS);
        assertFalse(MappingProfile.ROLES.contains("audienceTick"));
        assertFalse(MappingProfile.ROLES.contains("unknown"));
    }

    @Test
    void groups() {
        EnumSet<ColumnRole> items = EnumSet.noneOf(ColumnRole.class);
        EnumSet<ColumnRole> ticks = EnumSet.noneOf(ColumnRole.class);
        for (ColumnRole r : ColumnRole.values()) {
            if (r.isItem()) {
                items.add(r);
            }
            if (r.isTick()) {
                ticks.add(r);
            }
        }
        assertEquals(EnumSet.of(ColumnRole.ITEM, ColumnRole.ITEM_TYPE, ColumnRole.ITEM_LEVEL_1, ColumnRole.ITEM_LEVEL_2,
                ColumnRole.ITEM_LEVEL_3, ColumnRole.ITEM_LEVEL_4, ColumnRole.ITEM_LEVEL_5, ColumnRole.ITEM_LEVEL_6), items);
        assertEquals(EnumSet.of(ColumnRole.AUDIENCE_TICK, ColumnRole.METHOD_TICK, ColumnRole.LEVEL_TICK, ColumnRole.CHANNEL_TICK), ticks);
        assertTrue(ColumnRole.ITEM_LEVEL_3.isItemLevel());
        assertFalse(ColumnRole.ITEM_TYPE.isItemLevel());
    }
}
