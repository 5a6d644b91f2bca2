package org.gkml.catalog.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gkml.catalog.cli.CatalogCliTest.Run;
import org.gkml.catalog.io.CatalogReader;
import org.gkml.catalog.io.Catalogs;
import org.gkml.catalog.model.Catalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Input from a pipe is read once, its format told from a buffered prefix (never by seeking), whatever its size or format. */
class PipeInputTest {

    @TempDir
    Path dir;

    /** A named pipe fed with a file's bytes by a thread of its own. */
    private Path pipeOf(Path source, String name) throws Exception {
        Path fifo = dir.resolve(name);
        Process p = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertEquals(0, p.waitFor(), "mkfifo");
        Thread feeder = new Thread(() -> {
            try (OutputStream out = Files.newOutputStream(fifo); InputStream in = Files.newInputStream(source)) {
                in.transferTo(out);
            } catch (Exception e) {
                // the reader went away: nothing to feed
            }
        });
        feeder.setDaemon(true);
        feeder.start();
        return fifo;
    }

    @Test
    void validate_readsEveryFormatFromAPipe() throws Exception {
        for (String f : new String[] {"county-sample.json", "county-sample.xml", "county-sample.xlsx", "legacy-county-education.csv"}) {
            Path sample = Path.of("../examples/catalogs/" + f);
            Run direct = CatalogCliTest.run("validate", sample.toString(), "--format", "json");
            Run piped = CatalogCliTest.run("validate", pipeOf(sample, "in-" + f).toString(), "--format", "json");
            assertEquals(direct.code(), piped.code(), f + ": " + piped.err());
            assertEquals(direct.out().replace(f, "P"), piped.out().replace("in-" + f, "P"), f + ": the same report as from the file");
        }
    }

    @Test
    void convert_fromAPipe_writesWhatTheFileGives() throws Exception {
        Path sample = Path.of("../examples/catalogs/county-sample.xlsx");
        Run r = CatalogCliTest.run("convert", pipeOf(sample, "book").toString(), dir.resolve("piped.json").toString());
        assertEquals(0, r.code(), r.err());
        Run direct = CatalogCliTest.run("convert", sample.toString(), dir.resolve("direct.json").toString());
        assertEquals(0, direct.code(), direct.err());
        Catalog a = Catalogs.read(dir.resolve("direct.json"));
        Catalog b = Catalogs.read(dir.resolve("piped.json"));
        assertEquals(a.entries(), b.entries());
    }

    @Test
    void catalogsOpen_ofAStream_detectsTheFormatFromItsFirstBytes() throws Exception {
        for (String f : new String[] {"county-sample.json", "county-sample.xml", "county-sample.xlsx"}) {
            Path sample = Path.of("../examples/catalogs/" + f);
            try (InputStream in = Files.newInputStream(sample); CatalogReader r = Catalogs.open(in, f, null)) {
                assertEquals(Catalogs.read(sample).entries(), r.readAll().entries(), f + ": the same entries as from the file");
            }
        }
        try (InputStream in = new java.io.ByteArrayInputStream(new byte[] {0, 1, 2, 3})) {
            assertTrue(org.junit.jupiter.api.Assertions.assertThrows(org.gkml.catalog.io.CatalogFormatException.class,
                    () -> Catalogs.open(in, "bytes", null)).getMessage().startsWith("bytes"));
        }
    }
}
