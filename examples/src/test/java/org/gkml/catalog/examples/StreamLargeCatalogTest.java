package org.gkml.catalog.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.gkml.catalog.io.Catalogs;
import org.gkml.catalog.model.Catalog;
import org.gkml.catalog.model.Method;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The streaming example writes the proactive entries of the sample, whole, in the format of the output's extension. */
class StreamLargeCatalogTest {

    @Test
    void writesTheProactiveEntries(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("proactive.xml");
        StreamLargeCatalog.main(new String[] {"catalogs/county-sample.json", out.toString()});
        Catalog all = Catalogs.read(Path.of("catalogs/county-sample.json"));
        Catalog kept = Catalogs.read(out);
        long proactive = all.entries().stream().filter(e -> e.method() == Method.PROACTIVE).count();
        assertEquals(proactive, kept.entries().size());
        assertTrue(proactive < all.entries().size(), "the sample has an on-request entry to leave out");
        assertTrue(kept.entries().stream().allMatch(e -> e.method() == Method.PROACTIVE));
    }
}
