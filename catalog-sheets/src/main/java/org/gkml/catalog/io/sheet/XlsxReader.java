package org.gkml.catalog.io.sheet;

import org.gkml.catalog.io.internal.XmlPull;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.gkml.catalog.io.CatalogFormatException;
import org.gkml.catalog.io.Location;

/**
 * A small, hardened XLSX (Office Open XML) reader: the JDK's own StAX parser with DTDs and external entities off,
 * zip-bomb limits (entry count, uncompressed size counted while reading, compression ratio), limits on shared
 * strings, rows, columns and cell length; cached formula values, inline and shared strings, dates from number
 * formats, merged regions. Streams each sheet row by row; never builds a workbook model.
 */
final class XlsxReader {

    static final int MAX_ENTRIES = 10_000;
    static final long MAX_PART_BYTES = 512L << 20;
    static final long MAX_TOTAL_BYTES = 1L << 30;
    static final int MAX_RATIO = 200;
    static final int MAX_SHARED_STRINGS = 5_000_000;
    static final long MAX_SHARED_CHARS = 200_000_000L;
    static final int MAX_CELL = 32_767;
    static final int MAX_ROWS = 1_048_576;
    static final int MAX_COLUMNS = 16_384;

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private final ZipFile zip;
    private final String file;
    private long totalRead;
    private final List<String> shared = new ArrayList<>();
    private final Set<Integer> dateStyles = new HashSet<>();

    /** The workbook file's size: no part's compressed data can be larger. */
    private final long fileSize;

    private XlsxReader(ZipFile zip, String file, long fileSize) {
        this.zip = zip;
        this.file = file;
        this.fileSize = Math.max(1, fileSize);
    }

    /** Reads every sheet of a workbook into grids, in workbook order. */
    static List<Grid> read(Path path) throws CatalogFormatException {
        String name = path.getFileName().toString();
        try (ZipFile zip = new ZipFile(path.toFile())) {
            XlsxReader r = new XlsxReader(zip, name, java.nio.file.Files.size(path));
            return r.readAll();
        } catch (ZipException e) {
            throw new CatalogFormatException(Location.at(name, 0, 0), "not a readable XLSX (zip) file: " + e.getMessage(), e);
        } catch (CatalogFormatException e) {
            throw e;
        } catch (IOException e) {
            throw new CatalogFormatException(Location.at(name, 0, 0), "cannot read the workbook: " + e.getMessage(), e);
        }
    }

    private static final XMLInputFactory XML = org.gkml.catalog.io.xml.SafeXml.inputFactory();

    private List<Grid> readAll() throws IOException {
        int count = 0;
        for (Enumeration<? extends ZipEntry> en = zip.entries(); en.hasMoreElements(); en.nextElement()) {
            if (++count > MAX_ENTRIES) {
                throw bad(null, "more than " + MAX_ENTRIES + " parts in the archive (zip bomb?)");
            }
        }
        Map<String, String> rels = rels("xl/_rels/workbook.xml.rels");
        List<String[]> sheets = sheets(); // name, r:id
        String sharedPath = null;
        String stylesPath = null;
        for (Map.Entry<String, String> e : rels.entrySet()) {
            if (e.getValue().endsWith("sharedStrings.xml")) {
                sharedPath = e.getValue();
            } else if (e.getValue().endsWith("styles.xml")) {
                stylesPath = e.getValue();
            }
        }
        if (sharedPath == null && zip.getEntry("xl/sharedStrings.xml") != null) {
            sharedPath = "xl/sharedStrings.xml";
        }
        if (stylesPath == null && zip.getEntry("xl/styles.xml") != null) {
            stylesPath = "xl/styles.xml";
        }
        if (stylesPath != null) {
            styles(stylesPath);
        }
        if (sharedPath != null) {
            sharedStrings(sharedPath);
        }
        List<Grid> grids = new ArrayList<>();
        for (String[] s : sheets) {
            String target = rels.get(s[1]);
            if (target == null) {
                throw bad(s[0], "the workbook names sheet \"" + s[0] + "\" but its part is missing");
            }
            grids.add(sheet(s[0], target));
        }
        return grids;
    }

    private CatalogFormatException bad(String sheet, String problem) {
        return new CatalogFormatException(Location.cell(file, sheet, null), problem);
    }

    private InputStream open(String part) throws IOException {
        ZipEntry e = zip.getEntry(part);
        if (e == null) {
            throw bad(null, "missing part " + part);
        }
        InputStream raw = zip.getInputStream(e);
        // the central directory's sizes can lie: the compressed data of a part is never more than the whole file
        long compressed = Math.max(1, Math.min(e.getCompressedSize() < 0 ? fileSize : e.getCompressedSize(), fileSize));
        return new CountingInput(raw) {
            private long read;

            @Override
            void counted(long n) throws IOException {
                read += n;
                totalRead += n;
                if (read > MAX_PART_BYTES || totalRead > MAX_TOTAL_BYTES) {
                    throw new IOException(part + " expands beyond the size limit (zip bomb?)");
                }
                if (read > (1 << 20) && read / compressed > MAX_RATIO) {
                    throw new IOException(part + " expands more than " + MAX_RATIO + " times (zip bomb?)");
                }
            }
        };
    }

    private XMLStreamReader xml(InputStream in, String part) throws IOException {
        try {
            return XML.createXMLStreamReader(in);
        } catch (XMLStreamException e) {
            throw new CatalogFormatException(Location.cell(file, null, null), part + ": not well-formed XML: " + e.getMessage(), e);
        }
    }

    /** Refuses DTDs: an OOXML part never has one; a DTD is an entity-expansion or XXE attempt. */
    private void checkEvent(int ev, String part) throws CatalogFormatException {
        if (ev == XMLStreamConstants.DTD || ev == XMLStreamConstants.ENTITY_REFERENCE) {
            throw new CatalogFormatException(Location.cell(file, null, null),
                    part + " contains a DTD or entity reference; refused (possible XXE or entity-expansion attack)");
        }
    }

    private Map<String, String> rels(String part) throws IOException {
        Map<String, String> out = new HashMap<>();
        if (zip.getEntry(part) == null) {
            return out;
        }
        try (InputStream in = open(part)) {
            XMLStreamReader r = xml(in, part);
            while (r.hasNext()) {
                int ev = r.next();
                checkEvent(ev, part);
                if (ev == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("Relationship")) {
                    String target = r.getAttributeValue(null, "Target");
                    String id = r.getAttributeValue(null, "Id");
                    if (target != null && id != null) {
                        out.put(id, target.startsWith("/") ? target.substring(1) : "xl/" + target);
                    }
                }
            }
        } catch (XMLStreamException e) {
            throw xmlError(part, e);
        }
        return out;
    }

    private CatalogFormatException xmlError(String part, XMLStreamException e) {
        String m = e.getMessage() == null ? "" : e.getMessage();
        if (e.getCause() instanceof IOException io) {
            m = io.getMessage();
        }
        return new CatalogFormatException(Location.cell(file, null, null), part + ": " + m, e);
    }

    private List<String[]> sheets() throws IOException {
        List<String[]> out = new ArrayList<>();
        String part = "xl/workbook.xml";
        try (InputStream in = open(part)) {
            XMLStreamReader r = xml(in, part);
            while (r.hasNext()) {
                int ev = r.next();
                checkEvent(ev, part);
                if (ev == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("sheet")) {
                    out.add(new String[] {r.getAttributeValue(null, "name"), r.getAttributeValue(REL, "id")});
                }
            }
        } catch (XMLStreamException e) {
            throw xmlError(part, e);
        }
        return out;
    }

    private void styles(String part) throws IOException {
        Set<Integer> customDate = new HashSet<>();
        try (InputStream in = open(part)) {
            XMLStreamReader r = xml(in, part);
            boolean inXfs = false;
            int xf = 0;
            while (r.hasNext()) {
                int ev = r.next();
                checkEvent(ev, part);
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    String n = r.getLocalName();
                    if (n.equals("numFmt")) {
                        String code = r.getAttributeValue(null, "formatCode");
                        String id = r.getAttributeValue(null, "numFmtId");
                        if (code != null && id != null && isDateFormat(code)) {
                            customDate.add(integer(id, "number format id", part));
                        }
                    } else if (n.equals("cellXfs")) {
                        inXfs = true;
                    } else if (n.equals("xf") && inXfs) {
                        String id = r.getAttributeValue(null, "numFmtId");
                        int fmt = id == null ? 0 : integer(id, "number format id", part);
                        if ((fmt >= 14 && fmt <= 22) || (fmt >= 45 && fmt <= 47) || customDate.contains(fmt)) {
                            dateStyles.add(xf);
                        }
                        xf++;
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("cellXfs")) {
                    inXfs = false;
                }
            }
        } catch (XMLStreamException | NumberFormatException e) {
            throw new CatalogFormatException(Location.cell(file, null, null), part + ": " + e.getMessage(), e);
        }
    }

    static boolean isDateFormat(String code) {
        String c = code.replaceAll("\"[^\"]*\"|\\[[^\\]]*\\]|\\\\.", "");
        return c.matches(".*[yYdD].*") || (c.contains("m") && !c.contains("h") && !c.contains("s"));
    }

    private void sharedStrings(String part) throws IOException {
        long chars = 0;
        try (InputStream in = open(part)) {
            XmlPull x = XmlPull.open(in, part);
            StringBuilder cur = null;
            boolean inT = false;
            boolean inRph = false;
            for (int ev = x.next(); ev != XmlPull.EOF; ev = x.next()) {
                if (ev == XmlPull.START) {
                    if (x.is("si")) {
                        cur = new StringBuilder();
                    } else if (x.is("t")) {
                        inT = true;
                    } else if (x.is("rPh")) {
                        inRph = true;
                    }
                } else if (ev == XmlPull.TEXT) {
                    if (inT && !inRph && cur != null) {
                        x.appendText(cur);
                        if (cur.length() > MAX_CELL) {
                            throw bad(null, "a shared string of more than " + MAX_CELL + " characters (the spreadsheet limit)");
                        }
                    }
                } else if (x.is("si")) {
                    shared.add(cur == null ? "" : cur.toString());
                    chars += cur == null ? 0 : cur.length();
                    if (shared.size() > MAX_SHARED_STRINGS || chars > MAX_SHARED_CHARS) {
                        throw bad(null, "the shared-string table exceeds " + MAX_SHARED_STRINGS + " strings or "
                                + MAX_SHARED_CHARS + " characters");
                    }
                    cur = null;
                } else if (x.is("t")) {
                    inT = false;
                } else if (x.is("rPh")) {
                    inRph = false;
                }
            }
        } catch (XmlPull.Malformed e) {
            throw new CatalogFormatException(Location.cell(file, null, null), e.getMessage(), e);
        }
    }

    /** The value of a cell's t attribute as one of the constants below (no string made for the usual ones). */
    private static String cellType(XmlPull x) throws IOException {
        if (x.attributeIs("t", "s")) {
            return "s";
        } else if (x.attributeIs("t", "inlineStr")) {
            return "inlineStr";
        } else if (x.attributeIs("t", "str")) {
            return "str";
        } else if (x.attributeIs("t", "n")) {
            return "n";
        }
        return x.attribute("t");
    }

    private Grid sheet(String name, String part) throws IOException {
        CellInterner strings = new CellInterner();
        List<String[]> rows = new ArrayList<>();
        Map<Long, Long> merges = new HashMap<>();
        int rowIndex = -1;
        int col = -1;
        try (InputStream in = open(part)) {
            XmlPull x = XmlPull.open(in, part);
            List<String> row = null;
            String type = null;
            int style = 0;
            StringBuilder value = new StringBuilder();
            boolean inCell = false;
            boolean inV = false;
            boolean inT = false;
            boolean inRph = false;
            for (int ev = x.next(); ev != XmlPull.EOF; ev = x.next()) {
                if (ev == XmlPull.START) {
                    if (x.is("c")) {
                        int c = x.columnAttribute("r", MAX_COLUMNS);
                        if (c == -3) {
                            throw bad(name, "column of \"" + x.attribute("r") + "\" is beyond the spreadsheet limit");
                        } else if (c == -2) {
                            throw bad(name, "malformed cell reference \"" + x.attribute("r") + "\"");
                        }
                        col = c == -1 ? col + 1 : c;
                        int s = x.intAttribute("s");
                        style = s == -1 ? 0 : s >= 0 ? s : integer(x.attribute("s"), "style index", name);
                        type = cellType(x);
                        value.setLength(0);
                        inCell = true;
                    } else if (x.is("v")) {
                        inV = true;
                    } else if (x.is("t")) {
                        inT = true;
                    } else if (x.is("rPh")) {
                        inRph = true;
                    } else if (x.is("row")) {
                        int rr = x.intAttribute("r");
                        rowIndex = rr == -1 ? rowIndex + 1 : rr >= 0 ? rr - 1 : integer(x.attribute("r"), "row number", name) - 1;
                        if (rowIndex >= MAX_ROWS || rowIndex < 0) {
                            throw bad(name, "row " + (rowIndex + 1) + " is beyond the spreadsheet limit of " + MAX_ROWS);
                        }
                        if (rows.size() < rowIndex) {
                            budget(rowIndex - rows.size(), name, rowIndex, 0);
                        }
                        while (rows.size() < rowIndex) {
                            rows.add(NO_CELLS);
                        }
                        row = new ArrayList<>();
                        col = -1;
                    } else if (x.is("mergeCell")) {
                        String ref = x.attribute("ref");
                        int colon = ref == null ? -1 : ref.indexOf(':');
                        if (colon >= 0) {
                            if (colon == 0 || colon == ref.length() - 1 || ref.indexOf(':', colon + 1) >= 0) {
                                throw bad(name, "malformed merged region \"" + ref + "\"; expected two cells such as A1:B2");
                            }
                            merges.put(cell(ref.substring(0, colon), name), cell(ref.substring(colon + 1), name));
                        }
                    }
                } else if (ev == XmlPull.TEXT) {
                    if (inCell && (inV || (inT && !inRph))) {
                        x.appendText(value);
                        if (value.length() > MAX_CELL) {
                            throw new CatalogFormatException(Location.cell(file, name, Grid.address(rowIndex, col)),
                                    "cell of more than " + MAX_CELL + " characters (the spreadsheet limit)");
                        }
                    }
                } else if (x.is("v")) {
                    inV = false;
                } else if (x.is("t")) {
                    inT = false;
                } else if (x.is("rPh")) {
                    inRph = false;
                } else if (x.is("c")) {
                    if (row == null) {
                        throw bad(name, "a cell outside a row");
                    }
                    String text = "inlineStr".equals(type) || "str".equals(type) ? strings.of(value)
                            : cellText(type, style, value.toString(), name, rowIndex, col);
                    while (row.size() < col) {
                        row.add("");
                    }
                    if (row.size() == col) {
                        row.add(text);
                    } else {
                        row.set(col, text);
                    }
                    if (!text.isEmpty()) {
                        cellsPresent++;
                    }
                    inCell = false;
                } else if (x.is("row") && row != null) {
                    budget(row.size() + 1, name, rowIndex, row.size());
                    if (rows.size() == rowIndex) {
                        rows.add(row.toArray(new String[0]));
                    } else {
                        rows.set(rowIndex, together(rows.get(rowIndex), row, name, rowIndex));
                    }
                    row = null;
                }
            }
        } catch (XmlPull.Malformed e) {
            throw new CatalogFormatException(Location.cell(file, name, rowIndex < 0 ? null : Grid.address(rowIndex, Math.max(col, 0))),
                    e.getMessage() + (rowIndex < 0 ? "" : " (near cell " + Grid.address(rowIndex, Math.max(col, 0)) + ")"), e);
        }
        Grid g = new Grid(name, rows);
        g.mergeAware = true;
        for (Map.Entry<Long, Long> m : merges.entrySet()) {
            if (!g.merge((int) (m.getKey() >> 20), (int) (m.getKey() & 0xFFFFF), (int) (m.getValue() >> 20), (int) (m.getValue() & 0xFFFFF))) {
                throw bad(name, "merged regions cover more than " + Grid.MAX_MERGED_CELLS + " cells");
            }
        }
        return g;
    }

    /** The row of a sheet that has no cells (shared by every gap between rows). */
    private static final String[] NO_CELLS = new String[0];
    /** Row and cell slots any workbook may take, whatever it holds (a few MB). */
    static final long FREE_SLOTS = 2_000_000;
    /** Row and cell slots each cell present buys beyond {@link #FREE_SLOTS}. */
    static final long SLOTS_PER_CELL = 8;
    /** Slots taken by the rows kept so far in the workbook: an empty row one, a row one plus its width. */
    private long slots;
    /** Cells with text read so far in the workbook. */
    private long cellsPresent;

    /**
     * Takes slots for rows and cells, so that memory follows the cells a workbook holds, not the coordinates it names:
     * a few cells placed at XFD on row 1,048,576 (or many sheets naming one such part) are refused, not padded out.
     */
    private void budget(long more, String sheet, int row, int width) throws CatalogFormatException {
        slots += more;
        if (slots > FREE_SLOTS + SLOTS_PER_CELL * cellsPresent) {
            throw new CatalogFormatException(Location.cell(file, sheet, Grid.address(row, Math.max(0, width - 1))),
                    "the cells are spread over far more rows and columns than they fill (" + cellsPresent
                            + " cells with text so far): not read; delete the empty rows and columns around the table");
        }
    }

    /** A row written twice in a sheet: the cells of both, refused when the two give one cell different texts. */
    private String[] together(String[] first, List<String> second, String sheet, int row) throws CatalogFormatException {
        String[] out = java.util.Arrays.copyOf(first, Math.max(first.length, second.size()));
        for (int c = 0; c < second.size(); c++) {
            String v = second.get(c);
            if (v == null || v.isEmpty()) {
                continue;
            }
            if (out[c] != null && !out[c].isEmpty() && !out[c].equals(v)) {
                throw new CatalogFormatException(Location.cell(file, sheet, Grid.address(row, c)),
                        "row " + (row + 1) + " is written twice and gives this cell two different texts");
            }
            out[c] = v;
        }
        return out;
    }

    private String cellText(String type, int style, String raw, String sheet, int row, int col) throws CatalogFormatException {
        if (type == null || type.equals("n")) {
            if (raw.isEmpty()) {
                return "";
            }
            if (dateStyles.contains(style)) {
                try {
                    double serial = Double.parseDouble(raw);
                    if (!(serial >= 1 && serial < LAST_DATE_SERIAL)) {
                        return number(raw); // no date Excel can show (1e300 under a date style): the number as written
                    }
                    // Excel's 1900 date system (with its phantom 1900-02-29)
                    long days = (long) Math.floor(serial);
                    return LocalDate.of(1899, 12, 30).plusDays(days).toString();
                } catch (NumberFormatException e) {
                    return raw;
                }
            }
            return number(raw);
        }
        switch (type) {
            case "s": {
                int i;
                try {
                    i = Integer.parseInt(raw.strip());
                } catch (NumberFormatException e) {
                    throw new CatalogFormatException(Location.cell(file, sheet, Grid.address(row, col)), "shared-string index \"" + raw + "\" is not a number");
                }
                if (i < 0 || i >= shared.size()) {
                    throw new CatalogFormatException(Location.cell(file, sheet, Grid.address(row, col)), "shared-string index " + i + " out of range");
                }
                return shared.get(i);
            }
            case "b": return raw.equals("1") ? "TRUE" : "FALSE";
            case "e": return raw;
            default: return raw; // str (cached formula text), inlineStr
        }
    }

    /** The serial number of 10000-01-01, the first day Excel cannot show. */
    static final double LAST_DATE_SERIAL = 2_958_466;

    /**
     * A number cell as a person writes it (3.0 → 3, 2.5E-1 → 0.25); a number with more than 40 digits on either side of
     * the point (1E100000000) is kept as written, never expanded.
     */
    static String number(String raw) {
        if (raw.length() > 64) {
            return raw;
        }
        try {
            java.math.BigDecimal d = new java.math.BigDecimal(raw);
            if (d.signum() != 0 && (d.precision() - d.scale() > 40 || d.scale() > 40)) {
                return raw;
            }
            d = d.stripTrailingZeros();
            return d.scale() <= 0 ? d.toBigInteger().toString() : d.toPlainString();
        } catch (NumberFormatException e) {
            return raw;
        }
    }

    /** A number attribute of a part, or a clear error naming it (never an unchecked exception). */
    private int integer(String s, String what, String where) throws CatalogFormatException {
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            throw bad(where, "malformed " + what + " \"" + s + "\"");
        }
    }

    /** A cell reference as (row << 20) | column, 0-based. */
    private long cell(String ref, String sheet) throws CatalogFormatException {
        int i = 0;
        int col = 0;
        while (i < ref.length() && Character.isLetter(ref.charAt(i))) {
            col = col * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
            i++;
            if (col > MAX_COLUMNS) {
                throw bad(sheet, "column of \"" + ref + "\" is beyond the spreadsheet limit");
            }
        }
        int row;
        try {
            row = Integer.parseInt(ref.substring(i));
        } catch (NumberFormatException e) {
            throw bad(sheet, "malformed cell reference \"" + ref + "\"");
        }
        if (col == 0 || row < 1 || row > MAX_ROWS) {
            throw bad(sheet, "malformed cell reference \"" + ref + "\"");
        }
        return ((long) (row - 1) << 20) | (col - 1);
    }
}
