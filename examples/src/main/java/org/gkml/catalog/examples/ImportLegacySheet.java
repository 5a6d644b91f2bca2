package org.gkml.catalog.examples;

import java.nio.file.Path;
import org.gkml.catalog.io.json.CatalogJson;
import org.gkml.catalog.io.sheet.ImportNote;
import org.gkml.catalog.io.sheet.ImportResult;
import org.gkml.catalog.io.sheet.SheetImporter;

/** Imports a department's legacy XLSX (or CSV) catalog and lists every cell that was not taken as it stood. */
public final class ImportLegacySheet {

    private ImportLegacySheet() {
    }

    public static void main(String[] args) throws Exception {
        Path sheet = Path.of(args.length > 0 ? args[0] : "examples/catalogs/legacy-township-budget.xlsx");
        // --- snippet: import
        ImportResult result = SheetImporter.builder().publisher("江上乡人民政府").build().importFile(sheet);
        System.out.println(result.catalog().entries().size() + " entries; report " + result.report().counts());
        for (ImportNote n : result.report().notes()) {
            System.out.println(n.where() + " " + n.action() + ": " + n.reason());
        }
        // --- end snippet
        System.out.println(CatalogJson.toJson(result.catalog()));
    }
}
