package org.gkml.catalog.io.sheet;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an import could not take as it stood, cell by cell, with summary counts. Immutable and thread-safe.
 *
 * @param file the imported file's name
 * @param tables the number of tables found (stacked tables in one sheet count separately)
 * @param rows the number of data rows read
 * @param entries the number of entries produced
 * @param notes one note per cell that was dropped, guessed, inherited or not parsed, in sheet order
 * @since 0.1
 */
public record ImportReport(String file, int tables, int rows, int entries, List<ImportNote> notes) {

    public ImportReport {
        notes = List.copyOf(notes);
    }

    /** Counts of notes per action, sorted by action. */
    public Map<String, Integer> counts() {
        Map<String, Integer> m = new TreeMap<>();
        for (ImportNote n : notes) {
            m.merge(n.action().token(), 1, Integer::sum);
        }
        return m;
    }
}
