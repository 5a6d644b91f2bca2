package org.gkml.catalog.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import org.gkml.catalog.io.json.JsonCatalogWriter;
import org.gkml.catalog.model.Catalog;
import org.gkml.catalog.testkit.CatalogGenerator;

/**
 * Generated catalog files for the benchmarks and for memory runs with a small heap:
 * {@code java -cp benchmarks/target/benchmarks.jar org.gkml.catalog.benchmarks.Files 1000000 big.json}.
 */
public final class Files {

    private Files() {
    }

    /** Writes a generated catalog of {@code n} entries, streaming (the generator never holds the catalog). */
    public static Path generate(int n, long seed, Path target) throws IOException {
        CatalogGenerator g = new CatalogGenerator(seed);
        Catalog header = g.header();
        try (OutputStream out = java.nio.file.Files.newOutputStream(target); JsonCatalogWriter w = JsonCatalogWriter.to(out, false)) {
            w.begin(header);
            for (int i = 0; i < n; i++) {
                w.write(g.entry(i));
            }
            w.end();
        }
        return target;
    }

    /** A cached generated file in the temporary folder. */
    static Path cached(int n, long seed) throws IOException {
        Path p = Path.of(System.getProperty("java.io.tmpdir"), "catalog-bench-" + n + "-" + seed + ".json");
        if (!java.nio.file.Files.exists(p)) {
            Path tmp = Path.of(p + ".tmp");
            generate(n, seed, tmp);
            java.nio.file.Files.move(tmp, p, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return p;
    }

    public static void main(String[] args) throws IOException {
        int n = Integer.parseInt(args[0]);
        Path out = generate(n, 42, Path.of(args[1]));
        System.out.println(out + ": " + java.nio.file.Files.size(out) + " bytes, " + n + " entries");
    }
}
