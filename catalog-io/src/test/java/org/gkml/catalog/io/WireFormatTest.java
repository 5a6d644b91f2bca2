package org.gkml.catalog.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.gkml.catalog.io.json.CatalogJson;
import org.gkml.catalog.testkit.CatalogGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one description of the wire format agrees with what the writers write and with the normative JSON Schema. */
class WireFormatTest {

    private static JsonObject json(String text) {
        try (var r = jakarta.json.Json.createReader(new StringReader(text))) {
            return r.readObject();
        }
    }

    /** Whether the keys appear in the declared order (the declared list may have more). */
    private static void inOrder(List<String> declared, Set<String> written, String what) {
        List<String> expected = new ArrayList<>(declared);
        expected.retainAll(written);
        assertEquals(expected, new ArrayList<>(written), what + ": written in the declared order, and nothing undeclared");
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void theJsonWriter_writesTheDeclaredMembersInTheDeclaredOrder(long seed) {
        JsonObject c = json(CatalogJson.toJson(new CatalogGenerator(seed).catalog(20)));
        inOrder(WireFormat.CATALOG, c.keySet(), "catalog");
        for (String k : WireFormat.CATALOG_REQUIRED) {
            assertTrue(c.containsKey(k), "required member " + k);
        }
        for (JsonValue v : c.getJsonArray("entries")) {
            JsonObject e = v.asJsonObject();
            inOrder(WireFormat.ENTRY, e.keySet(), "entry");
            if (e.get("deadline") instanceof JsonObject d) {
                List<String> members = WireFormat.DEADLINE_VARIANTS.get(d.getString("type"));
                inOrder(members, d.keySet(), "deadline " + d.getString("type"));
            }
            if (e.get("duration") instanceof JsonObject d) {
                inOrder(WireFormat.DURATION_VARIANTS.get(d.getString("type")), d.keySet(), "duration");
            }
            if (e.get("channels") instanceof JsonArray a) {
                a.forEach(ch -> inOrder(WireFormat.CHANNEL, ch.asJsonObject().keySet(), "channel"));
            }
            if (e.get("subjects") instanceof JsonArray a) {
                a.forEach(o -> inOrder(WireFormat.ORGANIZATION, o.asJsonObject().keySet(), "organization"));
            }
            if (e.get("basis") instanceof JsonArray a) {
                a.forEach(o -> inOrder(WireFormat.LEGAL_REFERENCE, o.asJsonObject().keySet(), "legal reference"));
            }
        }
    }

    private static JsonObject schema() throws Exception {
        try (InputStream in = WireFormatTest.class.getResourceAsStream("/org/gkml/catalog/schema/catalog.schema.json")) {
            return json(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    @Test
    void theSchema_declaresTheSameMembers() throws Exception {
        JsonObject s = schema();
        JsonObject defs = s.getJsonObject("$defs");
        assertEquals(WireFormat.CATALOG, List.copyOf(s.getJsonObject("properties").keySet()));
        assertEquals(WireFormat.CATALOG_REQUIRED, s.getJsonArray("required").getValuesAs(jakarta.json.JsonString::getString));
        assertEquals(WireFormat.ENTRY, List.copyOf(defs.getJsonObject("entry").getJsonObject("properties").keySet()));
        assertEquals(WireFormat.ORGANIZATION, List.copyOf(defs.getJsonObject("organization").getJsonObject("properties").keySet()));
        assertEquals(WireFormat.CHANNEL, List.copyOf(defs.getJsonObject("channel").getJsonObject("properties").keySet()));
        assertEquals(WireFormat.LEGAL_REFERENCE, List.copyOf(defs.getJsonObject("legalReference").getJsonObject("properties").keySet()));
        Set<String> deadlineTypes = new LinkedHashSet<>();
        for (JsonValue v : defs.getJsonObject("deadline").getJsonArray("oneOf")) {
            JsonObject branch = v.asJsonObject().getJsonObject("properties");
            JsonObject type = branch.getJsonObject("type");
            List<String> tokens = type.containsKey("const") ? List.of(type.getString("const"))
                    : type.getJsonArray("enum").getValuesAs(jakarta.json.JsonString::getString);
            for (String t : tokens) {
                deadlineTypes.add(t);
                assertEquals(Set.copyOf(WireFormat.DEADLINE_VARIANTS.get(t)), branch.keySet(), "deadline variant " + t);
            }
        }
        assertEquals(WireFormat.DEADLINE_VARIANTS.keySet(), deadlineTypes);
    }
}
