package org.gkml.catalog.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbException;
import java.io.StringReader;
import org.gkml.catalog.model.Catalog;
import org.gkml.catalog.model.Entry;
import org.gkml.catalog.testkit.CatalogGenerator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Yasson with CatalogJsonb's (de)serializers reads and writes exactly the wire format of CatalogJson. */
class CatalogJsonbTest {

    private static final Jsonb JSONB = CatalogJsonb.create();

    @AfterAll
    static void close() throws Exception {
        JSONB.close();
    }

    static java.util.stream.LongStream seeds() {
        return java.util.stream.LongStream.range(0, 40).map(i -> 2024L + i);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void yasson_roundTrips_andAgreesWithCatalogJson(long seed) throws Exception {
        Catalog c = new CatalogGenerator(seed).catalog(10);
        String viaJsonb = JSONB.toJson(c);
        assertEquals(Json.createReader(new StringReader(CatalogJson.toJson(c))).readValue(),
                Json.createReader(new StringReader(viaJsonb)).readValue(), "same document, seed " + seed);
        assertEquals(c, JSONB.fromJson(viaJsonb, Catalog.class), "seed " + seed);
        Entry e = c.entries().get(0);
        assertEquals(e, JSONB.fromJson(JSONB.toJson(e), Entry.class));
    }

    @Test
    void malformedEntry_namesThePointer() {
        String json = CatalogJson.toJson(new CatalogGenerator(3).catalog(2)).replaceFirst("\"method\": \"[a-zA-Z]+\"", "\"method\": \"x\"");
        JsonbException ex = assertThrows(JsonbException.class, () -> JSONB.fromJson(json, Catalog.class));
        assertTrue(ex.getMessage().contains("/entries/0/method"), ex.getMessage());
    }
}
