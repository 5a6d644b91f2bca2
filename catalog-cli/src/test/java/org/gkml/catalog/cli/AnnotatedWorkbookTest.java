package org.gkml.catalog.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gkml.catalog.io.sheet.SheetTables;
import org.gkml.catalog.validation.Issue;
import org.gkml.catalog.validation.ValidationReport;
import org.gkml.catalog.validation.Validator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code --annotate} gives the clerk's own workbook back: read back with POI, every value is the input's, each issue
 * with a cell has a comment there naming its rule, and the 问题清单 sheet lists every issue.
 */
class AnnotatedWorkbookTest {

    /** The dev tables' copies of catalog-sheets: a table in each published form. */
    static final Path DIR = Path.of("../catalog-sheets/src/test/resources/corpus/dev/variants");

    static Stream<String> inputs() {
        return Stream.of("15-tianjin-baodi-social-assistance.xlsx", "15-tianjin-baodi-social-assistance.html",
                "15-tianjin-baodi-social-assistance.docx", "15-tianjin-baodi-social-assistance.xls", "15-tianjin-baodi-social-assistance-gbk.csv",
                "03-huangshi-scjg-basic-catalog.xlsx", "03-huangshi-scjg-basic-catalog.html");
    }

    private static Workbook open(Path p) throws Exception {
        try (InputStream in = Files.newInputStream(p)) {
            return new XSSFWorkbook(in);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void validateAnnotate_marksEachIssuesCell_andKeepsEveryValue(String name, @TempDir Path dir) throws Exception {
        Path in = DIR.resolve(name);
        Path out = dir.resolve("annotated.xlsx");
        CatalogCliTest.Run r = CatalogCliTest.run("validate", in.toString(), "--annotate", out.toString());
        assertTrue(r.code() == 0 || r.code() == 1, r.err());
        ValidationReport report = Validator.defaults().validate(in);
        List<SheetTables.Sheet> original = SheetTables.read(in);
        try (Workbook wb = open(out)) {
            // every value as it was: the input's tables as read (merged regions filled) are the copy's
            List<SheetTables.Sheet> copy = SheetTables.read(out);
            for (SheetTables.Sheet s : original) {
                SheetTables.Sheet c = copy.stream().filter(x -> x.name().equals(safe(s.name()))).findFirst().orElseThrow(
                        () -> new AssertionError("sheet " + s.name() + " missing from " + copy.stream().map(SheetTables.Sheet::name).toList()));
                for (int row = 0; row < s.rows().size(); row++) {
                    String[] a = s.rows().get(row);
                    String[] b = row < c.rows().size() ? c.rows().get(row) : new String[0];
                    for (int col = 0; col < Math.max(a.length, b.length); col++) {
                        String x = col < a.length ? a[col] : "";
                        String y = col < b.length ? b[col] : "";
                        assertEquals(x, y, name + " " + s.name() + "!" + new CellReference(row, col).formatAsString(false));
                    }
                }
            }
            int withCell = 0;
            for (Issue i : report.issues()) {
                if (i.location() == null || i.location().cell() == null) {
                    continue;
                }
                withCell++;
                Sheet sheet = wb.getSheet(safe(i.location().sheet()));
                assertNotNull(sheet, i.location().sheet());
                CellReference ref = new CellReference(i.location().cell());
                Row row = sheet.getRow(ref.getRow());
                Cell cell = row == null ? null : row.getCell(ref.getCol());
                Comment comment = cell == null ? null : cell.getCellComment();
                assertNotNull(comment, name + ": no comment at " + i.location().cell() + " for " + i.rule());
                assertTrue(comment.getString().getString().contains(i.rule()), comment.getString().getString());
            }
            assertTrue(withCell > 0, name + ": the sample has issues at cells");
            Sheet list = wb.getSheet("问题清单");
            assertNotNull(list);
            assertEquals(report.issues().size() + 1, list.getPhysicalNumberOfRows());
            assertEquals("规则", new DataFormatter().formatCellValue(list.getRow(0).getCell(2)));
        }
    }

    /** A reported sheet name as the copy names it (Excel allows 31 characters). */
    private static String safe(String sheet) {
        return org.apache.poi.ss.util.WorkbookUtil.createSafeSheetName(sheet);
    }

    @Test
    void convertAnnotate_marksTheCellsNotTakenAsTheyStood(@TempDir Path dir) throws Exception {
        Path in = DIR.resolve("../15-tianjin-baodi-social-assistance.csv");
        Path out = dir.resolve("notes.xlsx");
        CatalogCliTest.Run r = CatalogCliTest.run("convert", in.toString(), dir.resolve("c.json").toString(), "--annotate", out.toString(),
                "--lang", "en");
        assertEquals(0, r.code(), r.err());
        try (Workbook wb = open(out)) {
            Sheet list = wb.getSheet("Issues");
            assertNotNull(list);
            assertTrue(list.getPhysicalNumberOfRows() > 1);
            assertEquals("Rule", new DataFormatter().formatCellValue(list.getRow(0).getCell(2)));
        }
    }

    @Test
    void aJsonCatalog_hasNoCellsToMark(@TempDir Path dir) {
        CatalogCliTest.Run r = CatalogCliTest.run("validate", CatalogCliTest.SAMPLE.toString(), "--annotate", dir.resolve("a.xlsx").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("没有单元格"), r.err());
        assertFalse(Files.exists(dir.resolve("a.xlsx")));
    }
}
