package org.gkml.catalog.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.gkml.catalog.io.CatalogFormatException;
import org.gkml.catalog.io.sheet.ImportNote;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Registers as offices write them: titles above, other header words, and every cell not read noted with its cell. */
class RegisterReadingTest {

    @TempDir
    Path dir;

    @Test
    void aRequestRegisterInGb18030_withATitle_andCellsItCannotRead() throws Exception {
        String text = "某局依申请公开登记台账（2025年）\n"
                + "登记号,申请日期,申请人类别,答复时间,处理结果,具体理由\n"
                + "A-1,2025年3月4日,自然人,2025/3/20,不予公开,属于国家秘密\n"
                + "A-2,下周一,外星人,2025.4.1,予以公开,\n";
        Path f = dir.resolve("reqs.csv");
        Files.write(f, text.getBytes(java.nio.charset.Charset.forName("GB18030")));
        Registers.Register r = Registers.read(f);
        assertEquals(List.of(), r.publications());
        assertEquals(2, r.requests().size());
        Request first = r.requests().get(0);
        assertEquals(LocalDate.of(2025, 3, 4), first.received());
        assertEquals(Outcome.STATE_SECRET, first.outcome());
        assertEquals(LocalDate.of(2025, 3, 20), first.replied());
        Request second = r.requests().get(1);
        assertEquals(null, second.received());
        assertEquals(null, second.applicant());
        assertEquals(List.of("B4", "C4"), r.notes().stream().map(ImportNote::cell).toList(), r.notes().toString());
        assertTrue(r.notes().get(0).reason(java.util.Locale.ENGLISH).startsWith("not a date") && r.notes().get(0).reason().startsWith("不是日期"), r.notes().toString());
        assertEquals("外星人", r.notes().get(1).text());
    }

    @Test
    void aFileWithNoRegisterHeader_isUnreadable() throws Exception {
        Path f = dir.resolve("memo.csv");
        Files.writeString(f, "备忘\n明天开会\n", StandardCharsets.UTF_8);
        CatalogFormatException e = assertThrows(CatalogFormatException.class, () -> Registers.read(f));
        assertTrue(e.getMessage().startsWith("memo.csv") && e.getMessage().contains("no register found"), e.getMessage());
    }

    @Test
    void headersWithRemarks_mergedGroupCells_andFootnotesUnderTheTable() throws Exception {
        String text = "索引号,标题,文号,文件类型,所属事项,发布机构,成文日期（YYYY-MM-DD）,上网时间,文件状态\n"
                + "11361131MB1F726329/2025-00001,办法一,青民发〔2025〕1号,行政规范性文件,QLMZ-002,某局,2025-01-02,2025-01-05,现行有效\n"
                + "索引号,标题,文号,文件类型,所属事项,发布机构,成文日期（YYYY-MM-DD）,上网时间,文件状态\n"
                + "11361131MB1F726329/2025-00002,办法二,青民发〔2025〕2号,规章,QLMZ-002,某局,2025年2月1日,2025/2/3,已废止\n"
                + "注：本表由办公室填报,,,,,,,,\n"
                + "填报人：张三,,,,,,,,\n";
        Path f = dir.resolve("pubs.csv");
        Files.writeString(f, text, StandardCharsets.UTF_8);
        Registers.Register r = Registers.read(f);
        assertEquals(2, r.publications().size(), r.publications().toString());
        Publication second = r.publications().get(1);
        assertEquals(Publication.Kind.REGULATION, second.kind());
        assertEquals(LocalDate.of(2025, 2, 1), second.formed());
        assertEquals(LocalDate.of(2025, 2, 3), second.published());
        assertEquals(Publication.Status.REPEALED, second.validity().status());
        assertEquals(3, r.notes().stream().filter(n -> n.action() == org.gkml.catalog.io.sheet.ImportAction.SKIPPED).count(), r.notes().toString());
    }

    @Test
    void aRequestWithoutTheDayItWasReceivedOrItsApplicant_isNotedAtItsCell_notLostInSilence() throws Exception {
        Path f = dir.resolve("req.csv");
        Files.writeString(f, "申请编号,收到申请日期,申请人类型,答复日期,办理结果\n"
                + "A1,2025-03-04,自然人,2025-03-10,予以公开\n"
                + "A2,,自然人,2025-03-10,予以公开\n"
                + "A3,2025-03-05,,2025-03-10,予以公开\n", StandardCharsets.UTF_8);
        Registers.Register r = Registers.read(f);
        assertEquals(3, r.requests().size(), "kept as records");
        assertEquals(List.of("B3", "C4"), r.notes().stream().map(ImportNote::cell).toList());
        assertTrue(r.notes().get(0).reason(java.util.Locale.ENGLISH).contains("neither audited nor counted"), r.notes().get(0).reason());
        AnnualReport report = AnnualReport.of(2025, "x", List.of(), r.requests(), AnnualReport.Figures.NONE);
        assertEquals(1, report.requestRows().get("newlyReceived")[ApplicantType.values().length], "only the placeable request counts");
    }
}
