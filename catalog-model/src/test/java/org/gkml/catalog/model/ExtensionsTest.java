package org.gkml.catalog.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExtensionsTest {

    @Test
    void copiesAreImmutable_numbersAreDecimals_andNullIsTheMarker() {
        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("k", 7);
        List<Object> flags = new ArrayList<>(List.of(true, "x"));
        flags.add(null);
        Map<String, Object> in = new LinkedHashMap<>();
        in.put("nested", nested);
        in.put("flags", flags);
        Extensions e = new Extensions(in);
        nested.put("k", 8); // the caller's maps and lists are not shared
        flags.clear();
        assertEquals(BigDecimal.valueOf(7), ((Map<?, ?>) e.members().get("nested")).get("k"));
        assertEquals(List.of(true, "x", Extensions.NULL), e.members().get("flags"));
        assertThrows(UnsupportedOperationException.class, () -> e.members().put("y", "z"));
    }

    @Test
    void aValueThatIsNotJsonLike_isNamedByItsPointer() {
        Map<String, Object> in = Map.of("a", List.of(Map.of("b", new Object())));
        IllegalArgumentException x = assertThrows(IllegalArgumentException.class, () -> new Extensions(in));
        assertTrue(x.getMessage().contains("\"/a/0/b\""), x.getMessage());
    }
}
