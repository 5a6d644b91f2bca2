package org.gkml.catalog.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import org.gkml.catalog.io.CatalogReader;
import org.gkml.catalog.model.Catalog;
import org.gkml.catalog.model.Entry;
import org.junit.jupiter.api.Test;

/** The read-ahead pipeline never waits forever: a reading thread that fails, even out of memory, ends the validation. */
class ReadAheadTest {

    /** A reader whose header is fine and whose first entry fails with the error given. */
    private static CatalogReader failingWith(Error error) {
        return new CatalogReader() {
            @Override
            public Catalog header() {
                return Catalog.builder().id("x").title("t").build();
            }

            @Override
            public Entry next() {
                throw error;
            }

            @Override
            public Catalog trailer() {
                return header();
            }

            @Override
            public void close() throws IOException {
            }
        };
    }

    @Test
    void outOfMemoryInTheReadingThread_endsWithOneUnreadableFinding() {
        ValidationReport r = assertTimeoutPreemptively(Duration.ofSeconds(10), () ->
                ReadAhead.validate(Validator.defaults(), problems -> failingWith(new OutOfMemoryError("Java heap space")), "big.json"));
        assertEquals(1, r.issues("STRUCT-003").size(), r.issues().toString());
        assertTrue(r.issues("STRUCT-003").get(0).message().contains("-Xmx"), r.issues().toString());
    }

    @Test
    void aReadingThreadThatDiesWithoutAWord_doesNotLeaveTheCheckerWaiting() {
        ValidationReport r = assertTimeoutPreemptively(Duration.ofSeconds(10), () ->
                ReadAhead.validate(Validator.defaults(), problems -> failingWith(new AssertionError("a bug")), "x.json"));
        assertEquals(1, r.issues("STRUCT-003").size(), r.issues().toString());
        assertTrue(!r.valid());
    }
}
