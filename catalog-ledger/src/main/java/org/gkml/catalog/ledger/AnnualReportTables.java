package org.gkml.catalog.ledger;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.gkml.catalog.io.sheet.XlsxWriter;
import org.gkml.catalog.io.sheet.XlsxWriter.Style;

/**
 * The annual report laid out as the national format prints it (国办公开办函〔2021〕30号): tables 二, 三 and 四 with their
 * official row labels and numbering, in Markdown or as a self-contained HTML page an office can copy from. Figures not
 * supplied are shown as 未提供, never as 0. Stateless and thread-safe.
 *
 * @since 0.2
 */
public final class AnnualReportTables {

    private AnnualReportTables() {
    }

    /** A row of table 三: its label and the row of the report it shows (null for a heading row). */
    private record Line(String label, String row) {
    }

    private static List<Line> requestLines() {
        List<Line> l = new ArrayList<>();
        l.add(new Line("一、本年新收政府信息公开申请数量", "newlyReceived"));
        l.add(new Line("二、上年结转政府信息公开申请数量", "carriedOver"));
        l.add(new Line("三、本年度办理结果", null));
        l.add(new Line("（一）予以公开", "disclosed"));
        l.add(new Line("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "partlyDisclosed"));
        String[] groups = {"不予公开", "无法提供", "不予处理", "其他处理"};
        String[] numbers = {"（三）", "（四）", "（五）", "（六）"};
        for (int g = 0; g < groups.length; g++) {
            l.add(new Line(numbers[g] + groups[g], null));
            int k = 1;
            for (Outcome o : Outcome.values()) {
                if (o.group().equals(groups[g])) {
                    l.add(new Line(k++ + "．" + o.label(), o.token()));
                }
            }
        }
        l.add(new Line("（七）总计", "total"));
        l.add(new Line("四、结转下年度继续办理", "carriedForward"));
        return l;
    }

    private static String figure(Integer n) {
        return n == null ? "未提供" : n.toString();
    }

    /** The report as Markdown tables. */
    public static void markdown(AnnualReport r, Writer w) throws IOException {
        w.write("# " + (r.publisher() == null ? "" : r.publisher()) + r.year() + "年政府信息公开工作年度报告（数据部分）\n\n");
        w.write("报送期限：" + r.due() + "\n\n## 二、主动公开政府信息情况\n\n");
        w.write("| 第二十条第（一）项 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n|---|---|---|---|\n");
        for (Publication.Kind k : List.of(Publication.Kind.REGULATION, Publication.Kind.NORMATIVE_DOCUMENT)) {
            AnnualReport.Documents d = r.documents().get(k);
            w.write("| " + (k == Publication.Kind.REGULATION ? "规章" : "行政规范性文件") + " | " + d.issued() + " | " + d.repealed()
                    + " | " + d.inForce() + " |\n");
        }
        w.write("\n| 第二十条第（五）项 | 本年处理决定数量 |\n|---|---|\n| 行政许可 | " + figure(r.figures().licensing()) + " |\n");
        w.write("\n| 第二十条第（六）项 | 本年处理决定数量 |\n|---|---|\n| 行政处罚 | " + figure(r.figures().penalty()) + " |\n| 行政强制 | "
                + figure(r.figures().enforcement()) + " |\n");
        w.write("\n| 第二十条第（八）项 | 本年收费金额（单位：万元） |\n|---|---|\n| 行政事业性收费 | "
                + (r.figures().fees() == null ? "未提供" : r.figures().fees().toPlainString()) + " |\n");
        w.write("\n## 三、收到和处理政府信息公开申请情况\n\n| 本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和 |");
        for (ApplicantType a : ApplicantType.values()) {
            w.write(" " + a.label() + " |");
        }
        w.write(" 总计 |\n|---|---|---|---|---|---|---|---|\n");
        for (Line l : requestLines()) {
            w.write("| " + l.label() + " |");
            int[] row = l.row() == null ? null : r.requestRows().get(l.row());
            for (int c = 0; c < ApplicantType.values().length + 1; c++) {
                w.write(" " + (row == null ? "" : Integer.toString(row[c])) + " |");
            }
            w.write("\n");
        }
        if (!r.balanced()) {
            w.write("\n**勾稽关系不平衡的列：" + String.join("、", r.unbalancedColumns()) + "**\n");
        }
        w.write("\n## 四、政府信息公开行政复议、行政诉讼情况\n\n| 类别 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |\n|---|---|---|---|---|---|\n");
        String[][] kinds = {{"review", "行政复议"}, {"litigationDirect", "行政诉讼：未经复议直接起诉"}, {"litigationAfterReview", "行政诉讼：复议后起诉"}};
        for (String[] k : kinds) {
            AnnualReport.Decisions d = r.reviews().get(k[0]);
            w.write("| " + k[1] + " | " + d.upheld() + " | " + d.corrected() + " | " + d.other() + " | " + d.pending() + " | " + d.total() + " |\n");
        }
        w.flush();
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** The report as a self-contained HTML page laid out like the national tables. */
    public static void html(AnnualReport r, Writer w) throws IOException {
        String title = (r.publisher() == null ? "" : esc(r.publisher())) + r.year() + "年政府信息公开工作年度报告（数据部分）";
        w.write("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>" + title + "</title><style>"
                + "body{font-family:'SimSun','Songti SC','Noto Serif CJK SC',serif;margin:2rem auto;max-width:1100px;color:#111}"
                + "h1{text-align:center;font-size:1.4rem}h2{font-size:1.1rem;margin-top:2rem}"
                + "table{border-collapse:collapse;width:100%;margin:.5rem 0}td,th{border:1px solid #333;padding:.3rem .45rem;text-align:center;min-width:3.2em}"
                + "td.l{text-align:left}td.i1{padding-left:1.5rem;text-align:left}td.i2{padding-left:3rem;text-align:left}"
                + ".na{color:#a50e0e}.warn{color:#a50e0e;font-weight:bold}</style></head><body>\n");
        w.write("<h1>" + title + "</h1>\n<p>报送期限：" + r.due() + "</p>\n<h2>二、主动公开政府信息情况</h2>\n");
        w.write("<table><tr><th>第二十条第（一）项</th><th>本年制发件数</th><th>本年废止件数</th><th>现行有效件数</th></tr>\n");
        for (Publication.Kind k : List.of(Publication.Kind.REGULATION, Publication.Kind.NORMATIVE_DOCUMENT)) {
            AnnualReport.Documents d = r.documents().get(k);
            w.write("<tr><td class=\"l\">" + (k == Publication.Kind.REGULATION ? "规章" : "行政规范性文件") + "</td><td>" + d.issued()
                    + "</td><td>" + d.repealed() + "</td><td>" + d.inForce() + "</td></tr>\n");
        }
        w.write("</table>\n<table><tr><th>第二十条第（五）项</th><th>本年处理决定数量</th></tr><tr><td class=\"l\">行政许可</td>"
                + htmlFigure(r.figures().licensing()) + "</tr></table>\n");
        w.write("<table><tr><th>第二十条第（六）项</th><th>本年处理决定数量</th></tr><tr><td class=\"l\">行政处罚</td>"
                + htmlFigure(r.figures().penalty()) + "</tr><tr><td class=\"l\">行政强制</td>" + htmlFigure(r.figures().enforcement())
                + "</tr></table>\n");
        w.write("<table><tr><th>第二十条第（八）项</th><th>本年收费金额（单位：万元）</th></tr><tr><td class=\"l\">行政事业性收费</td>"
                + (r.figures().fees() == null ? "<td class=\"na\">未提供</td>" : "<td>" + r.figures().fees().toPlainString() + "</td>")
                + "</tr></table>\n");
        w.write("<h2>三、收到和处理政府信息公开申请情况</h2>\n<table><tr><th rowspan=\"3\">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</th>"
                + "<th colspan=\"7\">申请人情况</th></tr>\n<tr><th rowspan=\"2\">自然人</th><th colspan=\"5\">法人或其他组织</th><th rowspan=\"2\">总计</th></tr>\n<tr>");
        for (int i = 1; i < ApplicantType.values().length; i++) {
            w.write("<th>" + ApplicantType.values()[i].label() + "</th>");
        }
        w.write("</tr>\n");
        for (Line l : requestLines()) {
            String cls = l.label().startsWith("（") ? "i1" : Character.isDigit(l.label().charAt(0)) ? "i2" : "l";
            w.write("<tr><td class=\"" + cls + "\">" + esc(l.label()) + "</td>");
            int[] row = l.row() == null ? null : r.requestRows().get(l.row());
            for (int c = 0; c < ApplicantType.values().length + 1; c++) {
                w.write("<td>" + (row == null ? "" : Integer.toString(row[c])) + "</td>");
            }
            w.write("</tr>\n");
        }
        w.write("</table>\n");
        if (!r.balanced()) {
            w.write("<p class=\"warn\">勾稽关系不平衡的列：" + esc(String.join("、", r.unbalancedColumns())) + "</p>\n");
        }
        w.write("<h2>四、政府信息公开行政复议、行政诉讼情况</h2>\n<table><tr><th colspan=\"5\" rowspan=\"2\">行政复议</th><th colspan=\"10\">行政诉讼</th></tr>\n"
                + "<tr><th colspan=\"5\">未经复议直接起诉</th><th colspan=\"5\">复议后起诉</th></tr>\n<tr>");
        for (int k = 0; k < 3; k++) {
            w.write("<th>结果维持</th><th>结果纠正</th><th>其他结果</th><th>尚未审结</th><th>总计</th>");
        }
        w.write("</tr>\n<tr>");
        for (String k : List.of("review", "litigationDirect", "litigationAfterReview")) {
            AnnualReport.Decisions d = r.reviews().get(k);
            w.write("<td>" + d.upheld() + "</td><td>" + d.corrected() + "</td><td>" + d.other() + "</td><td>" + d.pending()
                    + "</td><td>" + d.total() + "</td>");
        }
        w.write("</tr></table>\n</body></html>\n");
        w.flush();
    }

    /**
     * The report as an XLSX workbook in the same layout as the HTML (the official row labels and numbering, merged
     * headers), counts as numbers an office can paste into its report; equal reports give equal bytes.
     */
    public static void xlsx(AnnualReport r, java.io.OutputStream out) throws IOException {
        XlsxWriter.Sheet s = new XlsxWriter.Sheet("年度报告").landscape();
        s.width(0, 48);
        for (int c = 1; c < 15; c++) {
            s.width(c, 10);
        }
        int row = 0;
        s.text(row, 0, (r.publisher() == null ? "" : r.publisher()) + r.year() + "年政府信息公开工作年度报告（数据部分）", Style.TITLE).merge(row, 0, row, 14);
        s.text(++row, 0, "报送期限：" + r.due(), Style.PLAIN);
        row += 2;
        s.text(row++, 0, "二、主动公开政府信息情况", Style.HEADING);
        headers(s, row++, "第二十条第（一）项", "本年制发件数", "本年废止件数", "现行有效件数");
        for (Publication.Kind k : List.of(Publication.Kind.REGULATION, Publication.Kind.NORMATIVE_DOCUMENT)) {
            AnnualReport.Documents d = r.documents().get(k);
            s.text(row, 0, k == Publication.Kind.REGULATION ? "规章" : "行政规范性文件", Style.LABEL);
            s.number(row, 1, d.issued(), Style.NUMBER).number(row, 2, d.repealed(), Style.NUMBER).number(row++, 3, d.inForce(), Style.NUMBER);
        }
        headers(s, row++, "第二十条第（五）项", "本年处理决定数量");
        figure(s, row++, "行政许可", r.figures().licensing());
        headers(s, row++, "第二十条第（六）项", "本年处理决定数量");
        figure(s, row++, "行政处罚", r.figures().penalty());
        figure(s, row++, "行政强制", r.figures().enforcement());
        headers(s, row++, "第二十条第（八）项", "本年收费金额（单位：万元）");
        figure(s, row++, "行政事业性收费", r.figures().fees());
        row++;
        s.text(row++, 0, "三、收到和处理政府信息公开申请情况", Style.HEADING);
        int types = ApplicantType.values().length;
        s.text(row, 0, "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", Style.HEADER).merge(row, 0, row + 2, 0);
        s.text(row, 1, "申请人情况", Style.HEADER).merge(row, 1, row, types + 1);
        s.text(row + 1, 1, ApplicantType.values()[0].label(), Style.HEADER).merge(row + 1, 1, row + 2, 1);
        s.text(row + 1, 2, "法人或其他组织", Style.HEADER).merge(row + 1, 2, row + 1, types);
        s.text(row + 1, types + 1, "总计", Style.HEADER).merge(row + 1, types + 1, row + 2, types + 1);
        for (int i = 1; i < types; i++) {
            s.text(row + 2, i + 1, ApplicantType.values()[i].label(), Style.HEADER);
        }
        for (int c = 1; c <= types + 1; c++) { // the covered cells of the merged headers keep their borders
            for (int k = 0; k < 3; k++) {
                if (s.value(row + k, c) == null) {
                    s.text(row + k, c, "", Style.HEADER);
                }
            }
        }
        s.text(row + 1, 0, "", Style.HEADER).text(row + 2, 0, "", Style.HEADER);
        row += 3;
        for (Line l : requestLines()) {
            s.text(row, 0, l.label(), Style.LABEL);
            int[] counts = l.row() == null ? null : r.requestRows().get(l.row());
            for (int c = 0; c <= types; c++) {
                if (counts == null) {
                    s.text(row, c + 1, "", Style.NUMBER);
                } else {
                    s.number(row, c + 1, counts[c], Style.NUMBER);
                }
            }
            row++;
        }
        if (!r.balanced()) {
            s.text(row++, 0, "勾稽关系不平衡的列：" + String.join("、", r.unbalancedColumns()), Style.HEADING);
        }
        row++;
        s.text(row++, 0, "四、政府信息公开行政复议、行政诉讼情况", Style.HEADING);
        s.text(row, 0, "行政复议", Style.HEADER).merge(row, 0, row + 1, 4);
        s.text(row, 5, "行政诉讼", Style.HEADER).merge(row, 5, row, 14);
        s.text(row + 1, 5, "未经复议直接起诉", Style.HEADER).merge(row + 1, 5, row + 1, 9);
        s.text(row + 1, 10, "复议后起诉", Style.HEADER).merge(row + 1, 10, row + 1, 14);
        for (int c = 0; c < 15; c++) {
            for (int k = 0; k < 2; k++) {
                if (s.value(row + k, c) == null) {
                    s.text(row + k, c, "", Style.HEADER);
                }
            }
        }
        row += 2;
        String[] heads = {"结果维持", "结果纠正", "其他结果", "尚未审结", "总计"};
        List<String> kinds = List.of("review", "litigationDirect", "litigationAfterReview");
        for (int k = 0; k < 3; k++) {
            AnnualReport.Decisions d = r.reviews().get(kinds.get(k));
            int[] v = {d.upheld(), d.corrected(), d.other(), d.pending(), d.total()};
            for (int i = 0; i < 5; i++) {
                s.text(row, k * 5 + i, heads[i], Style.HEADER);
                s.number(row + 1, k * 5 + i, v[i], Style.NUMBER);
            }
        }
        XlsxWriter.write(out, List.of(s));
    }

    private static void headers(XlsxWriter.Sheet s, int row, String... texts) {
        for (int c = 0; c < texts.length; c++) {
            s.text(row, c, texts[c], Style.HEADER);
        }
    }

    private static void figure(XlsxWriter.Sheet s, int row, String label, Number n) {
        s.text(row, 0, label, Style.LABEL);
        if (n == null) {
            s.text(row, 1, "未提供", Style.NUMBER);
        } else {
            s.number(row, 1, n, Style.NUMBER);
        }
    }

    private static String htmlFigure(Integer n) {
        return n == null ? "<td class=\"na\">未提供</td>" : "<td>" + n + "</td>";
    }
}
