package org.gkml.catalog.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The report laid out as the national tables: official labels in order, every number in its cell, figures not supplied shown as such. */
class AnnualReportTablesTest {

    private static AnnualReport report(AnnualReport.Figures figures) throws Exception {
        return AnnualReport.of(2025, "青岚县民政局",
                Registers.read(LedgerDevSetTest.DIR.resolve("publications.csv")).publications(),
                Registers.read(LedgerDevSetTest.DIR.resolve("requests.csv")).requests(), figures);
    }

    @Test
    void markdown_hasTheOfficialRowsInOrder_withTheirNumbers() throws Exception {
        StringWriter w = new StringWriter();
        AnnualReportTables.markdown(report(AnnualReport.Figures.NONE), w);
        String md = w.toString();
        List<String> labels = List.of("一、本年新收政府信息公开申请数量", "二、上年结转政府信息公开申请数量", "（一）予以公开", "（三）不予公开",
                "1．属于国家秘密", "8．属于行政查询事项", "（四）无法提供", "（六）其他处理", "3．其他", "（七）总计", "四、结转下年度继续办理");
        int at = 0;
        for (String l : labels) {
            int i = md.indexOf(l, at);
            assertTrue(i >= at, l + " after position " + at);
            at = i;
        }
        assertTrue(md.contains("| 一、本年新收政府信息公开申请数量 | 13 | 4 | 2 | 2 | 1 | 2 | 24 |"), md);
        assertTrue(md.contains("| 行政许可 | 未提供 |"), "not supplied is not 0");
        assertTrue(md.contains("| 行政复议 | 2 | 1 | 1 | 1 | 5 |"), md);
    }

    @Test
    void html_isOnePage_withTheSuppliedFigures_andNoTokens() throws Exception {
        StringWriter w = new StringWriter();
        AnnualReportTables.html(report(new AnnualReport.Figures(126, 3, 0, new BigDecimal("12.5"))), w);
        String html = w.toString();
        assertTrue(html.startsWith("<!DOCTYPE html>") && html.trim().endsWith("</html>"));
        assertTrue(html.contains("<td class=\"l\">行政许可</td><td>126</td>"), html);
        assertTrue(html.contains("<td>12.5</td>"));
        assertFalse(html.contains("未提供"), "every figure was supplied");
        String visible = html.replaceAll("<[^>]+>", " ");
        for (Outcome o : Outcome.values()) {
            assertFalse(visible.contains(o.token()), "no token in the visible text: " + o.token());
        }
        assertEquals(3, html.split("<th>结果维持</th>", -1).length - 1);
    }
}
