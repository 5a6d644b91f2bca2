package org.gkml.catalog.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Random;
import org.gkml.catalog.io.json.JsonCatalogWriter;
import org.gkml.catalog.model.Catalog;
import org.gkml.catalog.model.Entry;
import org.gkml.catalog.testkit.CatalogGenerator;

/**
 * Two versions of a generated catalog for the diff, patch and merge benchmarks, written entry by entry (never held):
 * in the new version 1% of the entries are renamed, 0.1% removed, 0.1% recoded (code and name changed, so that only
 * similarity pairs them) and 0.1% added.
 * {@code java -cp benchmarks/target/benchmarks.jar org.gkml.catalog.benchmarks.VersionFiles 200000 old.json new.json [edits]}:
 * the same old version each time, the edits drawn from the seed {@code edits} (another seed gives another new version
 * of the same old one, for a merge).
 */
public final class VersionFiles {

    private VersionFiles() {
    }

    public static void write(int n, long editSeed, Path oldFile, Path newFile) throws IOException {
        CatalogGenerator g = new CatalogGenerator(42);
        Catalog header = g.header();
        Random edits = new Random(editSeed * 31 + 7);
        try (OutputStream o1 = java.nio.file.Files.newOutputStream(oldFile); OutputStream o2 = java.nio.file.Files.newOutputStream(newFile);
             JsonCatalogWriter a = JsonCatalogWriter.to(o1, false); JsonCatalogWriter b = JsonCatalogWriter.to(o2, false)) {
            a.begin(header);
            b.begin(header.toBuilder().version("2027版").build());
            // additions from a generator of their own (the old version's stream stays the same), codes apart per seed
            CatalogGenerator additions = new CatalogGenerator(editSeed + 1_000);
            int added = n + (int) Math.floorMod(editSeed, 100L) * 10_000_000;
            for (int i = 0; i < n; i++) {
                Entry e = g.entry(i);
                a.write(e);
                int r = edits.nextInt(1000);
                if (r < 10) {
                    b.write(e.toBuilder().name(e.name() + "（修订）").build());
                } else if (r == 10) {
                    continue; // removed
                } else if (r == 11) {
                    b.write(e.toBuilder().code(e.code() + "-1").name(e.name() + "等").build());
                } else if (r == 12) {
                    b.write(additions.entry(added++));
                    b.write(e);
                } else {
                    b.write(e);
                }
            }
            a.end();
            b.end();
        }
    }

    public static void main(String[] args) throws IOException {
        int n = Integer.parseInt(args[0]);
        write(n, args.length > 3 ? Long.parseLong(args[3]) : 42, Path.of(args[1]), Path.of(args[2]));
        System.out.println(args[1] + ", " + args[2] + ": " + n + " entries, the second edited");
    }
}
