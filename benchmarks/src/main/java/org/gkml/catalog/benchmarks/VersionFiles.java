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
 * of the same old one, for a merge). With {@code reorder} after the seed, the new version also has its second half
 * moved before its first (a table sorted anew): its change set carries an order.
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
        if (args.length > 4 && args[4].equals("reorder")) {
            reorder(Path.of(args[2]));
        }
        System.out.println(args[1] + ", " + args[2] + ": " + n + " entries, the second edited"
                + (args.length > 4 && args[4].equals("reorder") ? " and reordered" : ""));
    }

    /** The file's second half of entries moved before its first, reading it twice (never held). */
    static void reorder(Path file) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".reordered");
        int n = 0;
        try (org.gkml.catalog.io.CatalogReader r = org.gkml.catalog.io.Catalogs.open(file)) {
            r.header();
            while (r.next() != null) {
                n++;
            }
        }
        try (OutputStream o = java.nio.file.Files.newOutputStream(tmp); JsonCatalogWriter w = JsonCatalogWriter.to(o, false)) {
            for (int pass = 0; pass < 2; pass++) {
                try (org.gkml.catalog.io.CatalogReader r = org.gkml.catalog.io.Catalogs.open(file)) {
                    Catalog h = r.header();
                    if (pass == 0) {
                        w.begin(h);
                    }
                    int i = 0;
                    for (Entry e; (e = r.next()) != null; i++) {
                        if ((i >= n / 2) == (pass == 0)) {
                            w.write(e);
                        }
                    }
                }
            }
            w.end();
        }
        java.nio.file.Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
