package org.gkml.catalog.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.gkml.catalog.model.Deadline;
import org.gkml.catalog.model.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** parse(format(x)) == x for generated deadlines and durations. */
class DeadlineLawsTest {

    static java.util.stream.LongStream seeds() {
        return java.util.stream.LongStream.range(0, 200).map(i -> 0x5eed0000L + i);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void deadline_parseOfFormat_isIdentity(long seed) {
        CatalogGenerator g = new CatalogGenerator(seed);
        for (int i = 0; i < 20; i++) {
            Deadline d = g.deadline();
            String text = d.toText();
            assertEquals(d.withText(text), Deadline.parse(text), "seed " + seed + ", text " + text);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void duration_parseOfFormat_isIdentity(long seed) {
        CatalogGenerator g = new CatalogGenerator(seed);
        for (int i = 0; i < 20; i++) {
            Duration d = g.duration();
            String text = d.toText();
            assertEquals(d.withText(text), Duration.parse(text), "seed " + seed + ", text " + text);
        }
    }
}
