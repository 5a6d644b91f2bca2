package org.gkml.catalog.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import org.gkml.catalog.io.CatalogReader;
import org.gkml.catalog.io.Catalogs;
import org.gkml.catalog.io.xml.XmlCatalogWriter;

/**
 * The streaming read of the same generated catalog as XML next to the streaming read of it as JSON, alternating in one
 * JVM round after round (see {@link ImportRatio} for why), then the medians of the last half and the XML read's share
 * of the JSON read's throughput:
 * {@code java -Xmx256m -cp benchmarks/target/benchmarks.jar org.gkml.catalog.benchmarks.ReadRatio 200000 12}.
 */
public final class ReadRatio {

    private ReadRatio() {
    }

    static int count(Path file) throws IOException {
        int n = 0;
        try (CatalogReader r = Catalogs.open(file)) {
            r.header();
            while (r.next() != null) {
                n++;
            }
        }
        return n;
    }

    public static void main(String[] args) throws IOException {
        int entries = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 12;
        Path json = Files.cached(entries, 42);
        Path xml = java.nio.file.Files.createTempFile("read-ratio", ".xml");
        try {
            try (CatalogReader r = Catalogs.open(json); OutputStream o = java.nio.file.Files.newOutputStream(xml);
                 XmlCatalogWriter w = XmlCatalogWriter.to(o)) {
                w.begin(r.header());
                for (var e = r.next(); e != null; e = r.next()) {
                    w.write(e);
                }
            }
            long[] j = new long[rounds];
            long[] x = new long[rounds];
            for (int i = 0; i < rounds; i++) {
                long t = System.nanoTime();
                int a = count(json);
                j[i] = (System.nanoTime() - t) / 1_000_000;
                t = System.nanoTime();
                int b = count(xml);
                x[i] = (System.nanoTime() - t) / 1_000_000;
                System.out.printf("round %2d: JSON %5d ms (%d entries), XML %5d ms (%d entries): %.0f%% of JSON's throughput%n",
                        i + 1, j[i], a, x[i], b, 100.0 * j[i] / x[i]);
            }
            long[] m = ImportRatio.medians(j, x);
            System.out.printf("medians of the last %d rounds: JSON %d ms, XML %d ms (%d MB vs %d MB): XML reads at %.0f%% of JSON's throughput%n",
                    rounds - rounds / 2, m[0], m[1], java.nio.file.Files.size(json) >> 20, java.nio.file.Files.size(xml) >> 20, 100.0 * m[0] / m[1]);
        } finally {
            java.nio.file.Files.deleteIfExists(xml);
        }
    }
}
