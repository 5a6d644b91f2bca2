package org.gkml.catalog.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A legal basis cited by an entry (公开依据).
 *
 * <p>Immutable and thread-safe.
 *
 * @param title the cited instrument's title without 《》, or {@code null}
 * @param docNumber its document number (e.g. 国务院令第711号), or {@code null}
 * @param provision the article/paragraph/item as cited (e.g. 第二十条), or {@code null}
 * @param text the wording this reference was parsed from, or {@code null}
 * @since 0.1
 */
public record LegalReference(String title, String docNumber, String provision, String text) {

    /**
     * The grammar of a 公开依据 cell, compiled when a cell is first parsed: a catalog read from JSON or XML makes its
     * references directly, and its reading should not wait for four patterns (a first answer's time).
     */
    private static final class Grammar {
        static final Pattern TITLE = Pattern.compile("《([^《》]+)》?");
        static final Pattern DOC_NUMBER = Pattern.compile(
                "[(（\\[]?([\\p{IsHan}A-Za-z]{1,20}(?:令第?[0-9一二三四五六七八九十百零]+号|[〔﹝\\[(（][0-9]{4}[〕﹞\\])）][0-9]+号))[)）\\]]?");
        /** One article, with its paragraph and item: 第二十条第二款第（三）项. */
        static final String ARTICLE =
                "第[0-9一二三四五六七八九十百零]+条(?:第[0-9一二三四五六七八九十百零]+款)?(?:第?[(（]?[0-9一二三四五六七八九十百零]+[)）]?项)?";
        /** The articles cited: one, or several joined (第十九条、第二十条, 第十九条至第二十一条). */
        static final Pattern PROVISION = Pattern.compile("(" + ARTICLE + "(?:\\s*[、,，和及与至到-]\\s*" + ARTICLE + ")*)");
        /** A cell that is nothing but a document number (国办发〔2019〕54号), without a title in 《》. */
        static final Pattern DOC_NUMBER_ONLY = Pattern.compile("^\\s*" + DOC_NUMBER.pattern() + "\\s*[、，,;；。]*\\s*$");
        static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[、，,;；。]+$");
    }

    /** A reference by title only. */
    public static LegalReference titled(String title) {
        return new LegalReference(title, null, null, null);
    }

    /**
     * Splits a 公开依据 cell into references, one per 《title》 cited. Text without any 《》 becomes one reference
     * holding the text only (title {@code null}); nothing is dropped.
     *
     * @param text the cell text; {@code null} or blank gives an empty list
     */
    public static List<LegalReference> parseAll(String text) {
        List<LegalReference> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        Matcher m = Grammar.TITLE.matcher(text);
        List<int[]> spans = new ArrayList<>();
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        if (spans.isEmpty()) {
            Matcher only = Grammar.DOC_NUMBER_ONLY.matcher(text);
            out.add(new LegalReference(null, only.matches() ? only.group(1) : null, null, text.strip()));
            return out;
        }
        for (int i = 0; i < spans.size(); i++) {
            int start = spans.get(i)[0];
            int end = i + 1 < spans.size() ? spans.get(i + 1)[0] : text.length();
            String piece = text.substring(start, end);
            Matcher t = Grammar.TITLE.matcher(piece);
            t.find();
            String title = t.group(1).strip();
            String rest = piece.substring(t.end());
            String doc = null;
            Matcher d = Grammar.DOC_NUMBER.matcher(rest);
            if (d.find() && d.start() <= 2) {
                doc = d.group(1);
            }
            String provision = null;
            Matcher p = Grammar.PROVISION.matcher(rest);
            if (p.find()) {
                provision = p.group(1);
            }
            out.add(new LegalReference(title, doc, provision, Grammar.TRAILING_PUNCTUATION.matcher(piece.strip()).replaceAll("")));
        }
        return out;
    }
}
