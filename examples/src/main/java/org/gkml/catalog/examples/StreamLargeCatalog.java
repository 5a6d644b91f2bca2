package org.gkml.catalog.examples;

import java.nio.file.Files;
import java.nio.file.Path;
import org.gkml.catalog.io.CatalogReader;
import org.gkml.catalog.io.CatalogWriter;
import org.gkml.catalog.io.AtomicOutput;
import org.gkml.catalog.io.Catalogs;
import org.gkml.catalog.io.Formats;
import org.gkml.catalog.model.Entry;
import org.gkml.catalog.model.Method;

/**
 * A catalog of any size, one entry at a time: read JSON or XML, keep the proactive entries, write them in the other
 * format. Memory holds one entry, so a million-entry catalog runs in {@code -Xmx256m}.
 * {@code java StreamLargeCatalog [IN OUT]} (the output format follows OUT's extension).
 */
public final class StreamLargeCatalog {

    private StreamLargeCatalog() {
    }

    public static void main(String[] args) throws Exception {
        // with no arguments: the county sample, its proactive entries as XML in a temporary folder
        Path in = Path.of(args.length > 0 ? args[0] : "examples/catalogs/county-sample.json");
        Path out = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("stream-example").resolve("proactive.xml");
        int[] kept = {0};
        int[] read = {0};
        // all or nothing: the output appears complete, or the file as it was stays
        AtomicOutput.write(out, o -> {
            try (CatalogReader r = Catalogs.open(in);
                 CatalogWriter w = Catalogs.writer(Formats.byExtension(out.toString()), o)) {
                w.begin(r.header());
                for (Entry e; (e = r.next()) != null; read[0]++) {
                    if (e.method() == Method.PROACTIVE) {
                        w.write(e);
                        kept[0]++;
                    }
                }
            }
        });
        System.out.println(in.getFileName() + ": " + read[0] + " entries read, " + kept[0] + " proactive entries written to " + out);
    }
}
