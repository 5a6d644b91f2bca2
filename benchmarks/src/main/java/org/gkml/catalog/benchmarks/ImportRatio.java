package org.gkml.catalog.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.gkml.catalog.io.sheet.SheetExporter;
import org.gkml.catalog.io.sheet.SheetImporter;
import org.gkml.catalog.testkit.CatalogGenerator;

/**
 * The CSV import next to the bare Commons CSV read of the same file, alternating in one JVM, round after round: on a
 * machine whose speed drifts over minutes (a shared VM), JMH's one fork per benchmark measures each side in another
 * phase; alternating pairs do not. Prints each round's times and ratio, then the medians:
 * {@code java -Xmx256m -cp benchmarks/target/benchmarks.jar org.gkml.catalog.benchmarks.ImportRatio 100000 14}.
 */
public final class ImportRatio {

    private ImportRatio() {
    }

    /** The medians of the last half of two series of rounds (the first half warms the JIT up). */
    static long[] medians(long[] base, long[] measured) {
        int skip = base.length / 2;
        long[] b = Arrays.copyOfRange(base, skip, base.length);
        long[] m = Arrays.copyOfRange(measured, skip, measured.length);
        Arrays.sort(b);
        Arrays.sort(m);
        return new long[] {b[b.length / 2], m[m.length / 2]};
    }

    public static void main(String[] args) throws IOException {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 14;
        Path csv = Files.createTempFile("import-ratio", ".csv");
        try {
            try (OutputStream o = Files.newOutputStream(csv)) {
                SheetExporter.writeCsv(new CatalogGenerator(11).catalog(rows), o);
            }
            long[] base = new long[rounds];
            long[] imp = new long[rounds];
            for (int i = 0; i < rounds; i++) {
                long t = System.nanoTime();
                long cells = 0;
                try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8); CSVParser p = CSVParser.parse(r, CSVFormat.RFC4180)) {
                    for (CSVRecord rec : p) {
                        cells += rec.size();
                    }
                }
                base[i] = (System.nanoTime() - t) / 1_000_000;
                t = System.nanoTime();
                int entries = SheetImporter.defaults().importFile(csv).catalog().entries().size();
                imp[i] = (System.nanoTime() - t) / 1_000_000;
                System.out.printf("round %2d: Commons CSV %5d ms (%d cells), import %5d ms (%d entries): %.0f%% of the baseline's throughput%n",
                        i + 1, base[i], cells, imp[i], entries, 100.0 * base[i] / imp[i]);
            }
            long[] med = medians(base, imp);
            System.out.printf("median of the last %d rounds: Commons CSV %d ms, import %d ms: %.0f%%%n", rounds - rounds / 2, med[0],
                    med[1], 100.0 * med[0] / med[1]);
        } finally {
            Files.deleteIfExists(csv);
        }
    }
}
