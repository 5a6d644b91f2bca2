package org.gkml.catalog.examples;

import java.nio.file.Path;
import org.gkml.catalog.diff.CatalogDiff;
import org.gkml.catalog.diff.Change;
import org.gkml.catalog.diff.ChangeSet;
import org.gkml.catalog.diff.FieldChange;
import org.gkml.catalog.io.Catalogs;
import org.gkml.catalog.model.Catalog;
import org.gkml.catalog.model.Method;

/** Diffs two versions of a catalog and lists the changes that make it less open. */
public final class ListLessOpenChanges {

    private ListLessOpenChanges() {
    }

    public static void main(String[] args) throws Exception {
        Catalog before = Catalogs.read(Path.of(args.length > 0 ? args[0] : "examples/catalogs/county-sample.json"));
        Catalog after = args.length > 1 ? Catalogs.read(Path.of(args[1]))
                // without a second file: this year's submission moves the first entry to on-request only
                : before.withEntries(before.entries().stream()
                        .map(e -> e == before.entries().get(0) ? e.toBuilder().method(Method.ON_REQUEST).build() : e).toList());
        // --- snippet: diff
        ChangeSet changes = CatalogDiff.diff(before, after);
        for (Change c : changes.lessOpen()) {
            System.out.println(c.kind().token() + " " + c.entry());
            for (FieldChange f : c.fields()) {
                System.out.println("  " + f.path() + " " + f.effect().token() + ": " + f.oldValue() + " -> " + f.newValue());
            }
        }
        // --- end snippet
        System.out.println(changes.summary());
    }
}
