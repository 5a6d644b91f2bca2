package org.gkml.catalog.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.gkml.catalog.io.BindingProblem;
import org.gkml.catalog.io.CatalogFormatException;
import org.gkml.catalog.io.json.CatalogJson;
import org.gkml.catalog.model.Catalog;
import org.gkml.catalog.testkit.CatalogGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Written JSON conforms to schema/catalog.schema.json, and the strict reader agrees with the networknt
 * reference on mutated documents: whatever the schema rejects for a structural reason, the reader rejects too.
 */
class SchemaConformanceTest {

    static java.util.stream.LongStream seeds() {
        return java.util.stream.LongStream.range(0, 60).map(i -> 0xABCDL + i);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void writtenJson_validatesAgainstSchema(long seed) {
        Catalog c = new CatalogGenerator(seed).catalog(15);
        List<BindingProblem> problems = JsonSchemaCheck.check(CatalogJson.toJson(c), "gen.json");
        assertEquals(List.of(), problems, "seed " + seed);
    }

    private static final String[][] MUTATIONS = {
        {"\"method\": \"proactive\"", "\"method\": \"主动\""},
        {"\"unit\": \"workingDay\"", "\"unit\": \"days\""},
        {"\"amount\": ", "\"amount\": \"x\", \"amount2\": "},
        {"\"name\": \"", "\"name\": 5, \"nameX\": \""},
        {"\"type\": \"governmentWebsite\"", "\"type\": \"website\""},
        {"\"scope\": \"public\"", "\"scope\": \"everyone\""},
        {"\"code\": \"E", "\"colour\": \"red\", \"code\": \"E"},
        {"\"levels\": [", "\"levels\": [\"city\", "},
        {"\"specVersion\": \"1.0\"", "\"specVersion\": 1"},
    };

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void mutatedDocuments_readerAgreesWithSchema(long seed) {
        CatalogGenerator g = new CatalogGenerator(seed);
        String json = CatalogJson.toJson(g.catalog(5));
        Random r = new Random(seed);
        List<String> disagreements = new ArrayList<>();
        for (int k = 0; k < 5; k++) {
            String[] m = MUTATIONS[r.nextInt(MUTATIONS.length)];
            int at = json.indexOf(m[0]);
            if (at < 0) {
                continue;
            }
            String mutated = json.substring(0, at) + m[1] + json.substring(at + m[0].length());
            boolean schemaRejects = !JsonSchemaCheck.check(mutated, "m.json").isEmpty();
            boolean readerRejects;
            try {
                CatalogJson.fromJson(mutated);
                readerRejects = false;
            } catch (CatalogFormatException e) {
                readerRejects = true;
            }
            if (schemaRejects != readerRejects) {
                disagreements.add(m[1] + " schema=" + schemaRejects + " reader=" + readerRejects);
            }
            assertTrue(schemaRejects, "every mutation breaks the schema: " + m[1]);
        }
        assertEquals(List.of(), disagreements, "seed " + seed);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void schemaCheck_reportsPointers(long seed) {
        String json = CatalogJson.toJson(new CatalogGenerator(seed).catalog(3)).replaceFirst("\"method\": \"[a-zA-Z]+\"", "\"method\": \"x\"");
        List<BindingProblem> p = JsonSchemaCheck.check(json, "p.json");
        assertFalse(p.isEmpty());
        assertTrue(p.stream().anyMatch(x -> x.location().pointer().equals("/entries/0/method")), p.toString());
        assertThrows(CatalogFormatException.class, () -> CatalogJson.fromJson(json));
    }
}
