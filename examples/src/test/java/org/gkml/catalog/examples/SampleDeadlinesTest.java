package org.gkml.catalog.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.gkml.catalog.io.Catalogs;
import org.gkml.catalog.model.Catalog;
import org.gkml.catalog.model.Deadline;
import org.gkml.catalog.model.Entry;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** One deadline reading: every deadline the shipped samples store is what the parser reads from its wording. */
class SampleDeadlinesTest {

    static Stream<Path> samples() throws IOException {
        return Files.list(Path.of("catalogs")).filter(p -> !p.toString().contains(".changeset.")
                && (p.toString().endsWith(".json") || p.toString().endsWith(".xml"))).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void everyStoredDeadline_isTheParsersReadingOfItsText(Path sample) throws Exception {
        Catalog c = Catalogs.read(sample);
        List<String> disagreements = new ArrayList<>();
        int texts = 0;
        for (Entry e : c.entries()) {
            Deadline d = e.deadline();
            if (d == null || d.text() == null || d instanceof Deadline.SameAsAbove) {
                continue;
            }
            texts++;
            Deadline parsed = Deadline.parse(d.text());
            if (!parsed.equals(d)) {
                disagreements.add(e.code() + " \"" + d.text() + "\": stored " + d + ", parsed " + parsed);
            }
        }
        assertTrue(texts > 10, sample + " has deadlines with their wording");
        assertEquals(List.of(), disagreements, sample.toString());
    }
}
