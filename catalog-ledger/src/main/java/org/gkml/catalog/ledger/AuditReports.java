package org.gkml.catalog.ledger;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import org.gkml.catalog.io.sheet.XlsxWriter;
import org.gkml.catalog.io.sheet.XlsxWriter.Style;

/**
 * An audit's findings as people read them: a text listing, a self-contained HTML page and an XLSX sheet, in Chinese or
 * English (the JSON form is {@link Audit.Result#writeJson}). Errors come first, then warnings, each in rule and record order.
 * Stateless and thread-safe.
 *
 * @since 0.2
 */
public final class AuditReports {

    private AuditReports() {
    }

    private static boolean en(Locale l) {
        return l.getLanguage().equals("en");
    }

    private static String severity(String s, Locale l) {
        return en(l) ? s : s.equals("error") ? "错误" : "警告";
    }

    private static List<Audit.Finding> ordered(Audit.Result r) {
        return r.findings().stream().sorted(java.util.Comparator.comparing((Audit.Finding f) -> f.severity().equals("error") ? 0 : 1))
                .toList(); // stable: rule and record order within a severity
    }

    private static String summary(Audit.Result r, Locale l) {
        return en(l) ? "Audit as of " + r.asOf() + ": " + r.count("error") + " errors, " + r.count("warning") + " warnings"
                : "审计日期 " + r.asOf() + "：" + r.count("error") + " 个错误，" + r.count("warning") + " 个警告";
    }

    /** One line per finding under a summary line. */
    public static void text(Audit.Result r, Locale l, Writer w) throws IOException {
        w.write(summary(r, l) + "\n");
        for (Audit.Finding f : ordered(r)) {
            w.write(String.format("%-4s %-7s %s（%s）%s%n", severity(f.severity(), l), f.rule(), f.message(), f.where(),
                    f.provisional() ? (en(l) ? " [provisional calendar]" : " [暂定日历]") : ""));
        }
        w.flush();
    }

    private static String[] columns(Locale l) {
        return en(l) ? new String[] {"Severity", "Rule", "Finding", "Record", "Item", "Due", "Actual", "Days late", "Where", "Provisional"}
                : new String[] {"严重程度", "规则", "发现", "记录", "事项编码", "应完成日期", "实际日期", "逾期（日）", "位置", "暂定日历"};
    }

    private static String esc(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String str(Object o) {
        return o == null ? "" : o.toString();
    }

    /** A self-contained HTML page: the summary, then a table of the findings. */
    public static void html(Audit.Result r, Locale l, Writer w) throws IOException {
        String title = en(l) ? "Audit of the registers" : "主动公开与依申请公开台账审计";
        w.write("<!DOCTYPE html>\n<html lang=\"" + (en(l) ? "en" : "zh-CN") + "\"><head><meta charset=\"utf-8\"><title>" + title
                + "</title><style>body{font-family:'Noto Sans CJK SC','Microsoft YaHei',sans-serif;margin:1.5rem;font-size:14px;color:#111}"
                + "h1{font-size:1.4rem}table{border-collapse:collapse;width:100%}td,th{border:1px solid #999;padding:.3rem .45rem;"
                + "vertical-align:top;text-align:left}th{background:#eee}tr.error td:first-child{color:#a50e0e;font-weight:bold}"
                + "tr.warning td:first-child{color:#8a5a00}td.n{text-align:right}.empty{color:#1e6b2e}th,td:nth-child(-n+2),"
                + "td:nth-child(n+5):nth-child(-n+8),td:nth-child(10){white-space:nowrap}td:nth-child(4){min-width:12em;word-break:break-all}</style></head><body>\n");
        w.write("<h1>" + title + "</h1>\n<p>" + esc(summary(r, l)) + "</p>\n");
        if (r.findings().isEmpty()) {
            w.write("<p class=\"empty\">" + (en(l) ? "No findings." : "未发现问题。") + "</p>\n</body></html>\n");
            w.flush();
            return;
        }
        w.write("<table><tr>");
        for (String c : columns(l)) {
            w.write("<th>" + c + "</th>");
        }
        w.write("</tr>\n");
        for (Audit.Finding f : ordered(r)) {
            w.write("<tr class=\"" + f.severity() + "\"><td>" + severity(f.severity(), l) + "</td><td>" + f.rule() + "</td><td>" + esc(f.message())
                    + "</td><td>" + esc(f.record()) + "</td><td>" + esc(f.entry()) + "</td><td>" + str(f.due()) + "</td><td>" + str(f.actual())
                    + "</td><td class=\"n\">" + str(f.late()) + "</td><td>" + esc(f.where()) + "</td><td>"
                    + (f.provisional() ? (en(l) ? "yes" : "是") : "") + "</td></tr>\n");
        }
        w.write("</table>\n</body></html>\n");
        w.flush();
    }

    /** One sheet: the summary, then a row per finding (days late as numbers), the header row kept in view. */
    public static void xlsx(Audit.Result r, Locale l, OutputStream out) throws IOException {
        XlsxWriter.Sheet s = new XlsxWriter.Sheet(en(l) ? "Findings" : "审计发现");
        double[] widths = {8, 9, 60, 34, 12, 12, 12, 10, 30, 9};
        for (int c = 0; c < widths.length; c++) {
            s.width(c, widths[c]);
        }
        s.text(0, 0, summary(r, l), Style.HEADING).merge(0, 0, 0, widths.length - 1);
        String[] cols = columns(l);
        for (int c = 0; c < cols.length; c++) {
            s.text(1, c, cols[c], Style.HEADER);
        }
        s.freeze(2).landscape().printTitles(1, 1);
        int row = 2;
        for (Audit.Finding f : ordered(r)) {
            String[] v = {severity(f.severity(), l), f.rule(), f.message(), f.record(), f.entry(), str(f.due()), str(f.actual()), null,
                f.where(), f.provisional() ? (en(l) ? "yes" : "是") : ""};
            for (int c = 0; c < v.length; c++) {
                if (c == 7 && f.late() != null) {
                    s.number(row, c, f.late(), Style.NUMBER);
                } else {
                    s.text(row, c, v[c], c == 7 ? Style.NUMBER : Style.LABEL);
                }
            }
            row++;
        }
        XlsxWriter.write(out, List.of(s));
    }
}
