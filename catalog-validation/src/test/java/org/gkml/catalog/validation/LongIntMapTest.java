package org.gkml.catalog.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LongIntMapTest {

    @Test
    void theCategoryAndNameHash_isTheHashOfTheJoinedKey() {
        for (List<String> category : List.of(List.<String>of(), List.of("机关信息"), List.of("政务信息", "机构职能", "领导"))) {
            for (String name : new String[] {"", "机构职能", "a\u0001b"}) {
                assertEquals(LongIntMap.hash(String.join("\u0001", category) + "\u0002" + name), LongIntMap.hash(category, name));
            }
        }
        assertNotEquals(LongIntMap.hash(List.of("a", "b"), "c"), LongIntMap.hash(List.of("ab"), "c"));
    }

    @Test
    void putIfAbsent_returnsTheFirstIndex_acrossGrowth() {
        LongIntMap m = new LongIntMap();
        for (int i = 0; i < 10_000; i++) {
            assertEquals(-1, m.putIfAbsent(LongIntMap.hash("code-" + i), i));
        }
        for (int i = 0; i < 10_000; i++) {
            assertEquals(i, m.putIfAbsent(LongIntMap.hash("code-" + i), i + 1));
        }
    }
}
