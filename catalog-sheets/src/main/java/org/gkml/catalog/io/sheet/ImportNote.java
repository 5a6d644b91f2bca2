package org.gkml.catalog.io.sheet;

/**
 * One cell the importer could not take as it stood: dropped, guessed, inherited from a merged cell above, kept
 * in extensions, or not parsable. Immutable and thread-safe.
 *
 * @param sheet the sheet (or CSV file) name
 * @param cell the A1 address, e.g. {@code G14}; {@code null} for notes about the whole table or catalog
 * @param row the 1-based row, or 0
 * @param header the column's header text, or {@code null}
 * @param text the cell's original text, or {@code null}
 * @param action what the importer did
 * @param reason why, in words a clerk can act on
 * @since 0.1
 */
public record ImportNote(String sheet, String cell, int row, String header, String text, ImportAction action, String reason) {

    /** {@code Sheet!G14} or just the sheet. */
    public String where() {
        return cell == null ? sheet : sheet + "!" + cell;
    }
}
