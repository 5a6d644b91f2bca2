package org.gkml.catalog.io.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gkml.catalog.io.CatalogFormatException;
import org.gkml.catalog.io.Formats;
import org.gkml.catalog.io.Location;

/**
 * The clerk's own workbook given back with the problems marked: every value untouched, each cell at fault carrying
 * a comment with the rule and the message, and a sheet (问题清单, "Issues" in English) listing every problem with its
 * cell, rule, severity and message. An XLSX workbook is copied as it is (Apache POI XSSF); a CSV file, web page, Word
 * document or XLS workbook becomes an XLSX of its tables as read, with their merged regions. Stateless and
 * thread-safe.
 *
 * @since 0.2
 */
public final class WorkbookAnnotator {
    private WorkbookAnnotator() {
    }

    /**
     * One problem to mark.
     *
     * @param sheet the sheet (or table) name as reported, or null for a problem of the whole file
     * @param cell the A1 address, or null
     * @param rule the rule id ({@code REQ-003}) or what the importer did ({@code dropped})
     * @param severity as the reader reads it (错误, warning …)
     * @param message the message
     */
    public record Mark(String sheet, String cell, String rule, String severity, String message) {
    }

    /** Writes the annotated copy of {@code source} to {@code out}; messages and the list's labels in the given language. */
    public static void annotate(Path source, List<Mark> marks, Locale locale, OutputStream out) throws IOException {
        Formats.Format format = Formats.detect(source);
        boolean en = "en".equals(locale.getLanguage());
        Workbook wb;
        Map<String, String> names = new HashMap<>(); // reported sheet name -> the sheet's name in the copy
        if (format == Formats.Format.XLSX) {
            if (Files.size(source) > SheetImporter.MAX_XLSX_BYTES) {
                throw new CatalogFormatException(Location.at(source.getFileName().toString(), 0, 0), "workbook larger than the limit of "
                        + SheetImporter.MAX_XLSX_BYTES + " bytes");
            }
            try (InputStream in = Files.newInputStream(source)) {
                wb = new XSSFWorkbook(in);
            } catch (org.apache.poi.ooxml.POIXMLException | org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException e) {
                throw new CatalogFormatException(Location.at(source.getFileName().toString(), 0, 0), "not a readable workbook: " + e.getMessage(), e);
            }
            for (Sheet s : wb) {
                names.put(s.getSheetName(), s.getSheetName());
            }
        } else {
            wb = new XSSFWorkbook();
            for (Grid g : SheetImporter.tables(source, format)) {
                String name = unique(wb, WorkbookUtil.createSafeSheetName(g.sheet));
                names.put(g.sheet, name);
                copy(g, wb.createSheet(name));
            }
        }
        try (wb) {
            mark(wb, names, marks, en);
            list(wb, marks, en);
            wb.write(out);
        }
    }

    private static String unique(Workbook wb, String name) {
        String n = name;
        for (int k = 2; wb.getSheet(n) != null; k++) {
            String suffix = "(" + k + ")";
            n = (name.length() + suffix.length() > 31 ? name.substring(0, 31 - suffix.length()) : name) + suffix;
        }
        return n;
    }

    /** A grid's cells as text, its merged regions as merged regions. */
    private static void copy(Grid g, Sheet sheet) {
        for (int r = 0; g.has(r); r++) {
            String[] cells = g.cells(r);
            Row row = sheet.createRow(r);
            for (int c = 0; c < cells.length; c++) {
                if (cells[c] != null) {
                    row.createCell(c).setCellValue(cells[c]);
                }
            }
        }
        for (int[] m : g.mergedRegions()) {
            sheet.addMergedRegionUnsafe(new CellRangeAddress(m[0], m[2], m[1], m[3]));
        }
    }

    private static void mark(Workbook wb, Map<String, String> names, List<Mark> marks, boolean en) {
        Map<String, List<Mark>> byCell = new LinkedHashMap<>();
        for (Mark m : marks) {
            if (m.sheet() == null || m.cell() == null || !names.containsKey(m.sheet())) {
                continue;
            }
            byCell.computeIfAbsent(names.get(m.sheet()) + "!" + m.cell(), k -> new ArrayList<>()).add(m);
        }
        CreationHelper help = wb.getCreationHelper();
        Map<Sheet, Drawing<?>> drawings = new HashMap<>();
        for (Map.Entry<String, List<Mark>> e : byCell.entrySet()) {
            List<Mark> here = e.getValue();
            Sheet sheet = wb.getSheet(names.get(here.get(0).sheet()));
            CellReference ref = new CellReference(here.get(0).cell());
            Row row = sheet.getRow(ref.getRow()) != null ? sheet.getRow(ref.getRow()) : sheet.createRow(ref.getRow());
            org.apache.poi.ss.usermodel.Cell cell = row.getCell(ref.getCol()) != null ? row.getCell(ref.getCol()) : row.createCell(ref.getCol());
            StringBuilder text = new StringBuilder();
            if (cell.getCellComment() != null) {
                text.append(cell.getCellComment().getString().getString()).append("\n");
                cell.removeCellComment();
            }
            for (Mark m : here) {
                text.append(m.rule()).append(' ').append(m.severity()).append(en ? ": " : "：").append(m.message()).append('\n');
            }
            Drawing<?> drawing = drawings.computeIfAbsent(sheet, Sheet::createDrawingPatriarch);
            ClientAnchor anchor = help.createClientAnchor();
            anchor.setCol1(ref.getCol() + 1);
            anchor.setCol2(ref.getCol() + 5);
            anchor.setRow1(ref.getRow());
            anchor.setRow2(ref.getRow() + 2 + 2 * here.size());
            Comment comment = drawing.createCellComment(anchor);
            comment.setString(help.createRichTextString(text.toString().strip()));
            comment.setAuthor("catalog");
            cell.setCellComment(comment);
        }
    }

    private static void list(Workbook wb, List<Mark> marks, boolean en) {
        Sheet s = wb.createSheet(unique(wb, en ? "Issues" : "问题清单"));
        String[] head = en ? new String[] {"Sheet", "Cell", "Rule", "Severity", "Message"}
                : new String[] {"工作表", "单元格", "规则", "严重程度", "说明"};
        Row h = s.createRow(0);
        for (int c = 0; c < head.length; c++) {
            h.createCell(c).setCellValue(head[c]);
        }
        int r = 1;
        for (Mark m : marks) {
            Row row = s.createRow(r++);
            String[] v = {m.sheet() == null ? "" : m.sheet(), m.cell() == null ? "" : m.cell(), m.rule(), m.severity(), m.message()};
            for (int c = 0; c < v.length; c++) {
                row.createCell(c).setCellValue(v[c]);
            }
        }
        s.setColumnWidth(4, 80 * 256);
        s.createFreezePane(0, 1);
    }
}
