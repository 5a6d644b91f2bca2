package org.gkml.catalog.server;

/**
 * The page for clerks: Chinese by default, English with {@code ?lang=en}; plain forms that work without JavaScript,
 * every asset served by the server itself.
 */
final class Page {
    private Page() {
    }

    static final String CSS = """
            body{font-family:"Noto Sans CJK SC","Microsoft YaHei",sans-serif;max-width:960px;margin:2em auto;padding:0 1em;color:#222}
            h1{font-size:1.5em}h2{font-size:1.15em;margin-top:2em}
            form{border:1px solid #ccd;border-radius:6px;padding:1em;background:#f8f9fc}
            label{display:block;margin:.5em 0}button{font-size:1em;padding:.4em 1.2em}
            .nav{margin:1em 0}.lang{float:right}
            form.over{outline:3px dashed #1a73e8}.busy{color:#1a73e8;margin-left:1em}
            """;

    /**
     * A little script, not needed for the forms to work: a file dropped on a form goes into its file field, and a form
     * being sent says so.
     */
    static final String SCRIPT = """
            document.documentElement.dataset.enhanced = 'drop';
            document.querySelectorAll('form').forEach(function (f) {
              var input = f.querySelector('input[type=file]');
              f.addEventListener('dragover', function (e) { e.preventDefault(); f.classList.add('over'); });
              f.addEventListener('dragleave', function () { f.classList.remove('over'); });
              f.addEventListener('drop', function (e) {
                e.preventDefault(); f.classList.remove('over');
                if (input && e.dataTransfer.files.length) { input.files = e.dataTransfer.files; }
              });
              f.addEventListener('submit', function () {
                var b = f.querySelector('button'); var s = document.createElement('span');
                s.className = 'busy'; s.textContent = document.documentElement.lang === 'en' ? 'Working…' : '正在处理…';
                b.after(s);
              });
            });
            """;

    /** A section heading and the start of a multipart form that carries the page's language. */
    private static String form(boolean en, String heading, String id, String action) {
        return "<h2>" + heading + "</h2><form id=\"" + id + "\" method=\"post\" action=\"" + action
                + "\" enctype=\"multipart/form-data\"><input type=\"hidden\" name=\"lang\" value=\"" + (en ? "en" : "zh") + "\">";
    }

    /** A labelled field. */
    private static String field(String label, String input) {
        return "<label>" + label + " " + input + "</label>";
    }

    private static String end(String button) {
        return "<button type=\"submit\">" + button + "</button></form>";
    }

    static String home(boolean en) {
        String t = en ? "Disclosure catalog check" : "主动公开事项目录检查";
        String registers = field(en ? "Publication and request registers" : "发布登记簿和依申请登记簿",
                "<input type=\"file\" name=\"register\" multiple required>");
        return "<!DOCTYPE html><html lang=\"" + (en ? "en" : "zh-CN") + "\"><head><meta charset=\"utf-8\"><title>" + t
                + "</title><link rel=\"stylesheet\" href=\"/page.css\"></head><body>"
                + "<a class=\"lang\" href=\"/" + (en ? "" : "?lang=en") + "\">" + (en ? "中文" : "English") + "</a>"
                + "<h1>" + t + "</h1>"
                + "<p>" + (en ? "Files are checked on this machine and deleted after the answer; nothing leaves it."
                        : "文件只在本机检查，答复后即删除，不会发往别处。") + "</p>"
                + form(en, en ? "Check or convert a catalog" : "检查或转换一份目录", "validate", "/validate")
                + field(en ? "Catalog file (JSON, XML, XLSX, XLS, CSV, web page, Word)" : "目录文件（JSON、XML、XLSX、XLS、CSV、网页、Word）",
                        "<input type=\"file\" name=\"file\" required>")
                + field(en ? "What to do" : "要做什么", "<select name=\"action\">"
                + "<option value=\"validate\">" + (en ? "Check it (validation report)" : "检查（校验报告）") + "</option>"
                + "<option value=\"json\">" + (en ? "Download as JSON" : "下载为 JSON") + "</option>"
                + "<option value=\"xml\">" + (en ? "Download as XML" : "下载为 XML") + "</option>"
                + "<option value=\"xlsx\">" + (en ? "Download as the standard template (XLSX)" : "下载为标准模板（XLSX）") + "</option>"
                + "<option value=\"annotate\">" + (en ? "Download my workbook with the problems marked" : "下载标注了问题的原表格") + "</option>"
                + "</select>")
                + end(en ? "Go" : "开始")
                + form(en, en ? "Compare two versions" : "比较两个版本", "diff", "/diff")
                + field(en ? "Older version" : "旧版本", "<input type=\"file\" name=\"old\" required>")
                + field(en ? "Newer version" : "新版本", "<input type=\"file\" name=\"new\" required>")
                + end(en ? "Compare" : "比较")
                + form(en, en ? "Audit the registers" : "审计登记簿", "audit", "/audit")
                + field(en ? "Catalog" : "目录", "<input type=\"file\" name=\"catalog\" required>") + registers
                + field(en ? "As of" : "审计日期", "<input type=\"date\" name=\"asOf\">")
                + end(en ? "Audit" : "审计")
                + form(en, en ? "The annual report" : "年度报告", "annual", "/annual-report") + registers
                + field(en ? "Year" : "年度", "<input type=\"number\" name=\"year\" min=\"2008\" max=\"2100\" required>")
                + end(en ? "Make the report" : "编制")
                + "<script src=\"/page.js\"></script></body></html>";
    }

    /** A report page with a way back to the forms. */
    static String around(boolean en, String report) {
        return around(en, report, "");
    }

    /** The import report of a sheet, page or document: each cell not taken as it stood, where, what was done and why. */
    static String importNotes(boolean en, org.gkml.catalog.io.sheet.ImportReport r) {
        java.util.Locale l = en ? java.util.Locale.ENGLISH : java.util.Locale.SIMPLIFIED_CHINESE;
        StringBuilder sb = new StringBuilder("<h2>" + (en ? "How the table was read" : "表格是怎样读取的") + "</h2><p>"
                + (en ? r.entries() + " entries from " + r.rows() + " rows; " + r.notes().size() + " cells not taken as they stood"
                        : "从 " + r.rows() + " 行读出 " + r.entries() + " 个事项；" + r.notes().size() + " 个单元格未照原样采用")
                + "</p><table><tr><th>" + (en ? "Where" : "位置") + "</th><th>" + (en ? "Text" : "原文") + "</th><th>"
                + (en ? "Why" : "原因") + "</th></tr>");
        for (org.gkml.catalog.io.sheet.ImportNote n : r.notes()) {
            sb.append("<tr><td>").append(esc(n.where())).append("</td><td>").append(esc(n.text() == null ? "" : n.text()))
                    .append("</td><td>").append(esc(n.reason(l))).append("</td></tr>");
        }
        return sb.append("</table>").toString();
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** A report page with a way back to the forms and, after the report, more sections. */
    static String around(boolean en, String report, String more) {
        String back = "<p class=\"nav\"><a href=\"/" + (en ? "?lang=en" : "") + "\">" + (en ? "← Back" : "← 返回") + "</a></p>";
        int body = report.indexOf("<body");
        if (body >= 0) {
            int end = report.indexOf('>', body);
            String page = report.substring(0, end + 1) + back + report.substring(end + 1);
            int close = page.lastIndexOf("</body>");
            return close < 0 ? page + more : page.substring(0, close) + more + page.substring(close);
        }
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>" + back + report + more + "</body></html>";
    }
}
