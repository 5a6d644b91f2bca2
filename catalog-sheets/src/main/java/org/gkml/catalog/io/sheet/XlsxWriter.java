package org.gkml.catalog.io.sheet;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes small workbooks laid out cell by cell: reports an office pastes into its own documents (the annual report's
 * tables, the audit's findings). Text is written as inline strings, never as a formula; counts as numbers; every zip entry
 * has the same fixed time, so equal sheets give equal bytes. The catalog template export shares its package parts.
 *
 * @since 0.2
 */
public final class XlsxWriter {

    private XlsxWriter() {
    }

    /** The cell styles every workbook written here has (their index is the {@code s} attribute). */
    public enum Style {
        /** No border, no alignment. */
        PLAIN,
        /** Bold, centred, bordered, wrapped: a table's header. */
        HEADER,
        /** Text format, top-aligned, bordered, wrapped: a catalog's cells. */
        TEXT,
        /** Bold 16pt, centred: a title above a table. */
        TITLE,
        /** Centred, bordered: a count. */
        NUMBER,
        /** Left-aligned, bordered, wrapped: a row label. */
        LABEL,
        /** Bold, left-aligned: a section heading. */
        HEADING
    }

    /** One sheet under construction: cells, merged regions, column widths, frozen header rows. Not thread-safe. */
    public static final class Sheet {
        private final String name;
        private final TreeMap<Integer, TreeMap<Integer, Object[]>> cells = new TreeMap<>();
        private final List<int[]> merges = new ArrayList<>();
        private final TreeMap<Integer, Double> widths = new TreeMap<>();
        private int frozenRows;
        private int[] printTitles;
        private boolean landscape;

        /** A sheet named {@code name} (at most 31 characters, none of {@code []:*?/\}). */
        public Sheet(String name) {
            if (name == null || name.isEmpty() || name.length() > 31 || name.matches(".*[\\[\\]:*?/\\\\].*")) {
                throw new IllegalArgumentException("not a sheet name: " + name);
            }
            this.name = name;
        }

        /** Sets a text cell (0-based row and column); null or empty text leaves the cell blank but styled. */
        public Sheet text(int row, int col, String text, Style style) {
            cells.computeIfAbsent(row, k -> new TreeMap<>()).put(col, new Object[] {text, Objects.requireNonNull(style)});
            return this;
        }

        /** Sets a number cell. */
        public Sheet number(int row, int col, Number n, Style style) {
            cells.computeIfAbsent(row, k -> new TreeMap<>()).put(col, new Object[] {Objects.requireNonNull(n), Objects.requireNonNull(style)});
            return this;
        }

        /** Merges a region (0-based, inclusive corners). */
        public Sheet merge(int row1, int col1, int row2, int col2) {
            merges.add(new int[] {row1, col1, row2, col2});
            return this;
        }

        /** Sets a column's width in characters. */
        public Sheet width(int col, double characters) {
            widths.put(col, characters);
            return this;
        }

        /** Keeps the top rows in view when scrolling. */
        public Sheet freeze(int rows) {
            frozenRows = rows;
            return this;
        }

        /** Prints landscape, fitted to the page width, as many pages long as it takes. */
        public Sheet landscape() {
            landscape = true;
            return this;
        }

        /** Repeats rows {@code from}…{@code to} (0-based, inclusive) at the top of every printed page. */
        public Sheet printTitles(int from, int to) {
            printTitles = new int[] {from, to};
            return this;
        }

        /** The text or number at a cell, or null. */
        public Object value(int row, int col) {
            Map<Integer, Object[]> r = cells.get(row);
            Object[] c = r == null ? null : r.get(col);
            return c == null ? null : c[0];
        }

        private String xml() {
            StringBuilder s = new StringBuilder(4096);
            s.append(HEAD).append("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
            if (landscape) {
                s.append(FIT_TO_PAGE);
            }
            if (frozenRows > 0) {
                s.append("<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"").append(frozenRows).append("\" topLeftCell=\"A")
                        .append(frozenRows + 1).append("\" activePane=\"bottomLeft\" state=\"frozen\"/></sheetView></sheetViews>");
            }
            if (!widths.isEmpty()) {
                s.append("<cols>");
                widths.forEach((c, w) -> s.append("<col min=\"").append(c + 1).append("\" max=\"").append(c + 1).append("\" width=\"")
                        .append(w).append("\" customWidth=\"1\"/>"));
                s.append("</cols>");
            }
            s.append("<sheetData>");
            cells.forEach((r, row) -> {
                s.append("<row r=\"").append(r + 1).append("\">");
                row.forEach((c, cell) -> {
                    s.append("<c r=\"").append(Grid.address(r, c)).append("\" s=\"").append(((Style) cell[1]).ordinal()).append('"');
                    if (cell[0] instanceof Number n) {
                        s.append("><v>").append(n instanceof java.math.BigDecimal d ? d.toPlainString() : n.toString()).append("</v></c>");
                    } else if (cell[0] == null || ((String) cell[0]).isEmpty()) {
                        s.append("/>");
                    } else {
                        s.append(" t=\"inlineStr\"><is><t xml:space=\"preserve\">").append(escape((String) cell[0])).append("</t></is></c>");
                    }
                });
                s.append("</row>");
            });
            s.append("</sheetData>");
            appendMerges(s, merges);
            if (landscape) {
                s.append(LANDSCAPE);
            }
            return s.append("</worksheet>").toString();
        }
    }

    /** Writes sheets as one workbook. */
    public static void write(OutputStream out, List<Sheet> sheets) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        parts(zip, sheets.stream().map(s -> s.name).toList(), sheets.stream().map(s -> s.printTitles).toList());
        for (int i = 0; i < sheets.size(); i++) {
            entry(zip, "xl/worksheets/sheet" + (i + 1) + ".xml");
            zip.write(sheets.get(i).xml().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        zip.finish();
        out.flush();
    }

    static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    /** The first element of a worksheet printed fitted to the page (its width: {@link #LANDSCAPE} sets no height). */
    static final String FIT_TO_PAGE = "<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>";
    /** After the merged cells: narrow margins, A4 landscape, one page wide. */
    static final String LANDSCAPE = "<pageMargins left=\"0.4\" right=\"0.4\" top=\"0.5\" bottom=\"0.5\" header=\"0.3\" footer=\"0.3\"/>"
            + "<pageSetup paperSize=\"9\" orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"0\"/>";

    /** Opens a zip entry with the fixed time every entry written here has. */
    static void entry(ZipOutputStream zip, String name) throws IOException {
        ZipEntry e = new ZipEntry(name);
        e.setTime(315_532_800_000L); // 1980-01-01, the earliest time a zip entry holds
        zip.putNextEntry(e);
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        entry(zip, name);
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** The parts of a workbook other than its sheets: content types, relationships, the workbook, the styles. */
    static void parts(ZipOutputStream zip, List<String> sheetNames, List<int[]> printTitles) throws IOException {
        StringBuilder types = new StringBuilder(HEAD).append("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>");
        StringBuilder book = new StringBuilder(HEAD).append("<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>");
        StringBuilder rels = new StringBuilder(HEAD).append("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        for (int i = 1; i <= sheetNames.size(); i++) {
            types.append("<Override PartName=\"/xl/worksheets/sheet").append(i)
                    .append(".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
            book.append("<sheet name=\"").append(escape(sheetNames.get(i - 1))).append("\" sheetId=\"").append(i).append("\" r:id=\"rId")
                    .append(i).append("\"/>");
            rels.append("<Relationship Id=\"rId").append(i)
                    .append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet")
                    .append(i).append(".xml\"/>");
        }
        types.append("<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
                + "</Types>");
        rels.append("<Relationship Id=\"rId").append(sheetNames.size() + 1)
                .append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
                        + "</Relationships>");
        put(zip, "[Content_Types].xml", types.toString());
        put(zip, "_rels/.rels", HEAD + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                + "</Relationships>");
        book.append("</sheets>");
        StringBuilder names = new StringBuilder();
        for (int i = 0; i < printTitles.size(); i++) {
            int[] t = printTitles.get(i);
            if (t != null) { // rows repeated on every printed page
                names.append("<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"").append(i).append("\">'")
                        .append(escape(sheetNames.get(i).replace("'", "''"))).append("'!$").append(t[0] + 1).append(":$").append(t[1] + 1)
                        .append("</definedName>");
            }
        }
        if (names.length() > 0) {
            book.append("<definedNames>").append(names).append("</definedNames>");
        }
        put(zip, "xl/workbook.xml", book.append("</workbook>").toString());
        put(zip, "xl/_rels/workbook.xml.rels", rels.toString());
        put(zip, "xl/styles.xml", HEAD + "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + "<fonts count=\"3\"><font><sz val=\"11\"/><name val=\"宋体\"/></font><font><b/><sz val=\"11\"/><name val=\"宋体\"/></font>"
                + "<font><b/><sz val=\"16\"/><name val=\"宋体\"/></font></fonts>"
                + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>"
                + "<borders count=\"2\"><border><left/><right/><top/><bottom/><diagonal/></border>"
                + "<border><left style=\"thin\"/><right style=\"thin\"/><top style=\"thin\"/><bottom style=\"thin\"/><diagonal/></border></borders>"
                + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
                + "<cellXfs count=\"7\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
                + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"1\" xfId=\"0\" applyFont=\"1\" applyBorder=\"1\" applyAlignment=\"1\"><alignment horizontal=\"center\" vertical=\"center\" wrapText=\"1\"/></xf>"
                + "<xf numFmtId=\"49\" fontId=\"0\" fillId=\"0\" borderId=\"1\" xfId=\"0\" applyNumberFormat=\"1\" applyBorder=\"1\" applyAlignment=\"1\"><alignment vertical=\"top\" wrapText=\"1\"/></xf>"
                + "<xf numFmtId=\"0\" fontId=\"2\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\" applyAlignment=\"1\"><alignment horizontal=\"center\" vertical=\"center\"/></xf>"
                + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"1\" xfId=\"0\" applyBorder=\"1\" applyAlignment=\"1\"><alignment horizontal=\"center\" vertical=\"center\"/></xf>"
                + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"1\" xfId=\"0\" applyBorder=\"1\" applyAlignment=\"1\"><alignment horizontal=\"left\" vertical=\"center\" wrapText=\"1\"/></xf>"
                + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\" applyAlignment=\"1\"><alignment horizontal=\"left\" vertical=\"center\"/></xf>"
                + "</cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles></styleSheet>");
    }

    static void appendMerges(StringBuilder s, List<int[]> merges) {
        if (!merges.isEmpty()) {
            s.append("<mergeCells count=\"").append(merges.size()).append("\">");
            for (int[] m : merges) {
                s.append("<mergeCell ref=\"").append(Grid.address(m[0], m[1])).append(':').append(Grid.address(m[2], m[3])).append("\"/>");
            }
            s.append("</mergeCells>");
        }
    }

    /** Text as XML character data; characters XML 1.0 does not allow become spaces. */
    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<': b.append("&lt;"); break;
                case '>': b.append("&gt;"); break;
                case '&': b.append("&amp;"); break;
                case '"': b.append("&quot;"); break;
                default:
                    if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') {
                        b.append(' '); // not allowed in XML 1.0
                    } else {
                        b.append(c);
                    }
            }
        }
        return b.toString();
    }
}
