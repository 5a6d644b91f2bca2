package org.gkml.catalog.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.gkml.catalog.io.json.CatalogJson;
import org.gkml.catalog.io.xml.CatalogXml;
import org.gkml.catalog.model.Catalog;
import org.gkml.catalog.model.Entry;
import org.gkml.catalog.testkit.CatalogGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Text never holds a C0 control other than tab, line feed and carriage return, nor a lone surrogate: refused where read, never written. */
class TextRulesTest {

    private static String withName(String escapedName) {
        Catalog c = new CatalogGenerator(3).catalog(2);
        String json = CatalogJson.toJson(c);
        String name = c.entries().get(1).name();
        return json.replace("\"name\": \"" + name + "\"", "\"name\": \"" + escapedName + "\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\\u0001b", "\\u0000", "x\\by", "x\\fy", "\\ud800", "a\\udc00b", "\\ud83d", "\\ud83dx"})
    void aJsonStringWithAForbiddenCharacter_isRefusedAtItsPointer(String escaped) {
        CatalogFormatException e = assertThrows(CatalogFormatException.class, () -> CatalogJson.fromJson(withName(escaped)));
        assertEquals("/entries/1/name", e.location().pointer(), e.getMessage());
        assertTrue(e.problem().contains("control character") || e.problem().contains("unpaired surrogate"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\\tb", "a\\nb\\r", "\\ud83d\\ude00", "\\u516c\\u5f00"})
    void allowedCharacters_areRead(String escaped) throws Exception {
        Entry e = CatalogJson.fromJson(withName(escaped)).entries().get(1);
        assertNull(WireFormat.textProblem(e.name()));
    }

    @Test
    void theXmlWriter_refusesWhatXmlCannotCarry_namingTheEntry() {
        Catalog c = new CatalogGenerator(4).catalog(2);
        Entry bad = c.entries().get(1).toBuilder().name("a\u0001b").build();
        Catalog withBad = c.withEntries(java.util.List.of(c.entries().get(0), bad));
        IOException e = assertThrows(IOException.class, () -> CatalogXml.write(withBad, new ByteArrayOutputStream()));
        assertTrue(e.getMessage().contains(bad.code()) && e.getMessage().contains("U+0001"), e.getMessage());
    }

    @Test
    void anUnknownToken_isNamedForPeople_notByItsJavaType() throws Exception {
        Catalog c = new CatalogGenerator(5).catalog(1);
        String json = CatalogJson.toJson(c).replaceFirst("\"scope\": \"[a-zA-Z]+\"", "\"scope\": \"everyone\"");
        CatalogFormatException e = assertThrows(CatalogFormatException.class, () -> CatalogJson.fromJson(json));
        assertTrue(e.problem().contains("unknown audience scope \"everyone\""), e.getMessage());
        String xml;
        try (ByteArrayOutputStream o = new ByteArrayOutputStream()) {
            CatalogXml.write(c, o);
            xml = o.toString(java.nio.charset.StandardCharsets.UTF_8).replaceFirst("<scope>[a-zA-Z]+</scope>", "<scope>everyone</scope>");
        }
        java.util.List<String> problems = new java.util.ArrayList<>();
        try {
            CatalogXml.fromXml(xml);
        } catch (CatalogFormatException x) {
            problems.add(x.problem());
        }
        assertTrue(!problems.isEmpty() && problems.get(0).contains("unknown audience scope"), problems.toString());
        assertTrue(!e.getMessage().contains("AudienceScope") && !problems.get(0).contains("AudienceScope"));
    }
}
