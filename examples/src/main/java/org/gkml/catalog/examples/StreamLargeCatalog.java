package org.gkml.catalog.examples;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gkml.catalog.io.CatalogReader;
import org.gkml.catalog.io.CatalogWriter;
import org.gkml.catalog.io.Catalogs;
import org.gkml.catalog.io.Formats;
import org.gkml.catalog.model.Entry;
import org.gkml.catalog.model.Method;

/**
 * A catalog of any size, one entry at a time: read JSON or XML, keep the proactive entries, write them in the other
 * format. Memory holds one entry, so a million-entry catalog runs in {@code -Xmx256m}.
 * {@code java StreamLargeCatalog IN OUT} (the output format follows OUT's extension).
 */
public final class StreamLargeCatalog {

    private StreamLargeCatalog() {
    }

    public static void main(String[] args) throws Exception {
        Path in = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int kept = 0;
        int read = 0;
        try (CatalogReader r = Catalogs.open(in);
             OutputStream o = Files.newOutputStream(out);
             CatalogWriter w = Catalogs.writer(Formats.byExtension(out.toString()), o)) {
            w.begin(r.header());
            for (Entry e; (e = r.next()) != null; read++) {
                if (e.method() == Method.PROACTIVE) {
                    w.write(e);
                    kept++;
                }
            }
        }
        System.out.println(in.getFileName() + ": " + read + " entries read, " + kept + " proactive entries written to " + out.getFileName());
    }
}
