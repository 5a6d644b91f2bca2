package org.gkml.catalog.io.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.gkml.catalog.io.CatalogFormatException;
import org.gkml.catalog.io.Location;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * The tables of a Word document (.docx), read with Apache POI (XWPF): each table is a {@link Grid} named 第N个表格,
 * with {@code w:gridSpan} and {@code w:vMerge} as merged regions, a cell's paragraphs as line breaks, and check marks
 * written as Word symbol characters ({@code w:sym} in the Wingdings fonts) read as the marks they show (■ □ √). The
 * paragraph just above a table (its title, unless it is only an 附件 label) becomes the grid's first row, as a title
 * row spanning the table. No macro runs; POI's zip limits apply.
 */
final class DocxTables {
    private DocxTables() {
    }

    /** Documents larger than this are refused. */
    static final long MAX_BYTES = 128L << 20;

    /** Symbol characters by font and code (Word writes the code plus 0xF000): what the mark shows. */
    private static final Map<String, Map<Integer, String>> SYMBOLS = Map.of(
            "wingdings 2", Map.of(0x52, "■", 0x54, "■", 0x53, "■", 0xA3, "□", 0x2A, "□", 0x50, "√", 0x4F, "×"),
            "wingdings", Map.of(0xFE, "■", 0x78, "■", 0xFD, "■", 0xA8, "□", 0x6F, "□", 0x71, "□", 0xFC, "√", 0xFB, "×"),
            "symbol", Map.of(0xD6, "√"));

    static Tables read(InputStream in, String file) throws IOException {
        XWPFDocument doc;
        try {
            doc = new XWPFDocument(OPCPackage.open(in));
        } catch (InvalidFormatException | RuntimeException e) { // POI's own: not OOXML, a part over its size limit, damaged XML
            throw new CatalogFormatException(Location.at(file, 0, 0), "not a readable Word document: "
                    + String.valueOf(e.getMessage()).lines().findFirst().orElse(e.getClass().getSimpleName()), e);
        }
        try (doc) {
            List<Grid> grids = new ArrayList<>();
            String documentTitle = null;
            String above = null;
            int n = 0;
            for (IBodyElement element : doc.getBodyElements()) {
                if (element instanceof XWPFParagraph p) {
                    String t = paragraph(p);
                    if (!t.isBlank()) {
                        above = t.strip();
                        if (documentTitle == null && !isAttachmentLabel(above)) {
                            documentTitle = above;
                        }
                    }
                } else if (element instanceof XWPFTable table) {
                    n++;
                    grids.add(grid(file, Tables.tableName(n), table, above == null || isAttachmentLabel(above) ? null : above));
                    above = null;
                }
            }
            return new Tables(grids, documentTitle);
        }
    }

    private static boolean isAttachmentLabel(String t) {
        return t.matches("附\\s*件\\s*[0-9０-９一二三四五六七八九十]*\\s*[:：]?");
    }

    private static Grid grid(String file, String name, XWPFTable table, String title) throws CatalogFormatException {
        Tables.Builder b = new Tables.Builder(file, name);
        int width = 0;
        for (XWPFTableRow row : table.getRows()) {
            int w = 0;
            for (XWPFTableCell cell : row.getTableCells()) {
                w += gridSpan(cell);
            }
            width = Math.max(width, w);
        }
        if (title != null) {
            b.startRow();
            b.cell(title, 1, Math.max(1, width));
        }
        // a vertical merge: the restarting cell spans down over the continuing cells below it
        List<XWPFTableRow> rows = table.getRows();
        List<int[]> starts = new ArrayList<>(); // [row, col] of cells that restart a vertical merge
        String[][] texts = new String[rows.size()][];
        int[][] spans = new int[rows.size()][];
        int[][] cols = new int[rows.size()][];
        boolean[][] continues = new boolean[rows.size()][];
        for (int r = 0; r < rows.size(); r++) {
            List<XWPFTableCell> cells = rows.get(r).getTableCells();
            texts[r] = new String[cells.size()];
            spans[r] = new int[cells.size()];
            cols[r] = new int[cells.size()];
            continues[r] = new boolean[cells.size()];
            int c = 0;
            for (int k = 0; k < cells.size(); k++) {
                XWPFTableCell cell = cells.get(k);
                cols[r][k] = c;
                spans[r][k] = gridSpan(cell);
                CTTcPr pr = cell.getCTTc().getTcPr();
                boolean vmerge = pr != null && pr.isSetVMerge();
                continues[r][k] = vmerge && (pr.getVMerge().getVal() == null || pr.getVMerge().getVal() == STMerge.CONTINUE);
                texts[r][k] = continues[r][k] ? null : cellText(cell);
                c += spans[r][k];
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            b.startRow();
            for (int k = 0; k < texts[r].length; k++) {
                if (continues[r][k]) {
                    continue; // covered by the merge that restarts above it
                }
                int down = 1;
                for (int rr = r + 1; rr < rows.size(); rr++) {
                    int at = indexAt(cols[rr], cols[r][k]);
                    if (at < 0 || !continues[rr][at]) {
                        break;
                    }
                    down++;
                }
                b.cellAt(cols[r][k], texts[r][k], down, spans[r][k]);
            }
        }
        return b.build();
    }

    private static int indexAt(int[] cols, int col) {
        for (int k = 0; k < cols.length; k++) {
            if (cols[k] == col) {
                return k;
            }
        }
        return -1;
    }

    private static int gridSpan(XWPFTableCell cell) {
        CTTcPr pr = cell.getCTTc().getTcPr();
        if (pr == null || !pr.isSetGridSpan()) {
            return 1;
        }
        BigInteger v = pr.getGridSpan().getVal();
        return v == null ? 1 : Math.max(1, Math.min(Tables.MAX_SPAN, v.intValue()));
    }

    private static String cellText(XWPFTableCell cell) {
        StringBuilder sb = new StringBuilder();
        for (XWPFParagraph p : cell.getParagraphs()) {
            String t = paragraph(p).strip();
            if (!t.isEmpty()) {
                if (sb.length() > 0) {
                    sb.append('\n');
                }
                sb.append(t);
            }
        }
        for (XWPFTable nested : cell.getTables()) { // a table inside a cell: its text, row by row
            for (XWPFTableRow row : nested.getRows()) {
                for (XWPFTableCell c : row.getTableCells()) {
                    String t = cellText(c);
                    if (t != null) {
                        sb.append(sb.length() > 0 ? "\n" : "").append(t);
                    }
                }
            }
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    /** A paragraph's text in order: text runs, tabs, breaks, and symbol characters as the marks they show. */
    static String paragraph(XWPFParagraph p) {
        StringBuilder sb = new StringBuilder();
        try (XmlCursor c = p.getCTP().newCursor()) {
            walk(c, sb);
        }
        return sb.toString();
    }

    private static void walk(XmlCursor c, StringBuilder sb) {
        if (!c.toFirstChild()) {
            return;
        }
        do {
            String local = c.getName() == null ? "" : c.getName().getLocalPart();
            switch (local) {
                case "t", "instrText" -> {
                    if (local.equals("t")) {
                        sb.append(c.getTextValue());
                    }
                }
                case "tab" -> sb.append(' ');
                case "br", "cr" -> sb.append('\n');
                case "sym" -> sb.append(symbol(c.getObject()));
                case "pPr", "rPr", "delText", "fldChar" -> {
                }
                default -> {
                    c.push();
                    walk(c, sb);
                    c.pop();
                }
            }
        } while (c.toNextSibling());
        c.toParent();
    }

    private static String symbol(XmlObject sym) {
        String font = null;
        String code = null;
        try (XmlCursor a = sym.newCursor()) {
            if (a.toFirstAttribute()) {
                do {
                    String n = a.getName().getLocalPart();
                    if (n.equals("font")) {
                        font = a.getTextValue();
                    } else if (n.equals("char")) {
                        code = a.getTextValue();
                    }
                } while (a.toNextAttribute());
            }
        }
        if (font == null || code == null) {
            return "";
        }
        int ch;
        try {
            ch = Integer.parseInt(code, 16) & 0xFF; // F052 → 0x52
        } catch (NumberFormatException e) {
            return "";
        }
        Map<Integer, String> marks = SYMBOLS.get(font.toLowerCase(Locale.ROOT));
        return marks == null ? "" : marks.getOrDefault(ch, "");
    }
}
