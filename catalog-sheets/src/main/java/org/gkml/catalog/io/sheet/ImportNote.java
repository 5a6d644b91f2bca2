package org.gkml.catalog.io.sheet;

import java.util.Locale;

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
 * @param why why, in words a clerk can act on, in Chinese and in English
 * @since 0.1
 */
public record ImportNote(String sheet, String cell, int row, String header, String text, ImportAction action, Reason why) {

    /**
     * Why a cell was not taken as it stood, in Chinese (the default) and English.
     *
     * @param zh the Chinese text
     * @param en the English text
     * @since 0.2
     */
    public record Reason(String zh, String en) {
        /** The text in the given language: English for an English locale, Chinese otherwise. */
        public String in(Locale locale) {
            return "en".equals(locale.getLanguage()) ? en : zh;
        }

        /** The Chinese text. */
        @Override
        public String toString() {
            return zh;
        }
    }

    /** The reason in Chinese, the language a clerk reads by default ({@link #why()} has the English too). */
    public String reason() {
        return why.zh();
    }

    /** The reason in the given language. */
    public String reason(Locale locale) {
        return why.in(locale);
    }

    /** {@code Sheet!G14} or just the sheet. */
    public String where() {
        return cell == null ? sheet : sheet + "!" + cell;
    }
}
