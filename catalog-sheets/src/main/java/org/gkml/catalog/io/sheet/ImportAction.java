package org.gkml.catalog.io.sheet;

/**
 * What the importer did with a cell it could not take as it stood. Each has a stable token, used in the JSON import
 * report.
 *
 * @since 0.2
 */
public enum ImportAction {
    /** Not read into the catalog (a phantom column, a tick under an unknown label, a row after the last table). */
    DROPPED("dropped"),
    /** Read, but by a guess the clerk should check (a header one character off, a method found in a channel column). */
    GUESSED("guessed"),
    /** Added to the entry of the row above (a continuation row's text). */
    APPENDED("appended"),
    /** Taken from the cell above (a merged region, 同上). */
    INHERITED("inherited"),
    /** Kept as text because it could not be parsed (a deadline the grammar does not know). */
    UNPARSED("unparsed"),
    /** Kept in the entry's {@code extensions} (a column that is no element of the standard). */
    KEPT("kept"),
    /** Made up from other cells (an entry code from the file name and row, the publisher from the subjects). */
    DERIVED("derived"),
    /** Recognised and passed over (a title row, a repeated header, a page mark, a footer). */
    SKIPPED("skipped");

    private final String token;

    ImportAction(String token) {
        this.token = token;
    }

    /** The stable token ({@code dropped}). */
    public String token() {
        return token;
    }

    @Override
    public String toString() {
        return token;
    }
}
