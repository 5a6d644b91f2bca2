package org.gkml.catalog.io.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.gkml.catalog.io.CatalogFormatException;
import org.gkml.catalog.io.Location;

/**
 * The sheets of an Excel 97–2003 workbook (BIFF8 in an OLE2 file; also WPS's .et when it is BIFF), read with Apache
 * POI (HSSF): cell values as a person sees them (numbers as written, dates in ISO form, formulas by their cached
 * value, never evaluated), merged regions as merges. An OLE2 file that holds a Word document or no workbook is refused
 * with a message saying what it is. The workbook is read whole: its size is bounded by {@link #MAX_BYTES} and a
 * BIFF8 sheet by 65,536 × 256 cells.
 */
final class XlsTables {
    private XlsTables() {
    }

    /** Workbooks larger than this are refused. */
    static final long MAX_BYTES = 128L << 20;

    static List<Grid> read(InputStream in, String file) throws IOException {
        POIFSFileSystem fs;
        try {
            fs = new POIFSFileSystem(in);
        } catch (IOException | RuntimeException e) {
            throw new CatalogFormatException(Location.at(file, 0, 0), "not a readable Excel 97-2003 file: " + e.getMessage(), e);
        }
        try (fs) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("WordDocument")) {
                throw new CatalogFormatException(Location.at(file, 0, 0), "this is an old Word document (.doc); save it as .docx and read that");
            }
            if (!root.hasEntry("Workbook") && !root.hasEntry("WORKBOOK") && !root.hasEntry("BOOK")) {
                throw new CatalogFormatException(Location.at(file, 0, 0), root.hasEntry("Book")
                        ? "an Excel 5/95 workbook (BIFF5) is not read; save it as .xlsx or .xls (97-2003)"
                        : "an OLE2 file that holds no Excel workbook; expected .xls, .xlsx, .csv, .html or .docx");
            }
            HSSFWorkbook wb;
            try {
                wb = new HSSFWorkbook(root, false);
            } catch (RuntimeException e) {
                throw new CatalogFormatException(Location.at(file, 0, 0), "not a readable Excel 97-2003 workbook: " + e.getMessage(), e);
            }
            try (wb) {
                List<Grid> grids = new ArrayList<>();
                for (Sheet sheet : wb) {
                    grids.add(grid(sheet));
                }
                return grids;
            }
        }
    }

    private static Grid grid(Sheet sheet) {
        List<String[]> rows = new ArrayList<>();
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null || row.getLastCellNum() <= 0) {
                rows.add(new String[0]);
                continue;
            }
            String[] cells = new String[row.getLastCellNum()];
            for (Cell cell : row) {
                cells[cell.getColumnIndex()] = text(cell);
            }
            rows.add(cells);
        }
        Grid g = new Grid(sheet.getSheetName(), rows);
        g.mergeAware = true;
        for (CellRangeAddress m : sheet.getMergedRegions()) {
            g.merge(m.getFirstRow(), m.getFirstColumn(), m.getLastRow(), m.getLastColumn());
        }
        return g;
    }

    private static String text(Cell cell) {
        CellType t = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        String s = switch (t) {
            case STRING -> cell.getRichStringCellValue().getString();
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : number(cell.getNumericCellValue());
            case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            default -> null;
        };
        return s == null || s.isEmpty() ? null : s;
    }

    /** A number as a person writes it: 3.0 → 3, 0.25 → 0.25. */
    private static String number(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return String.valueOf(d);
        }
        return new BigDecimal(Double.toString(d)).stripTrailingZeros().toPlainString();
    }
}
