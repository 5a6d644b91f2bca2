package org.gkml.catalog.io.sheet;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipOutputStream;
import org.gkml.catalog.model.AudienceScope;
import org.gkml.catalog.model.Catalog;
import org.gkml.catalog.model.Channel;
import org.gkml.catalog.model.ChannelType;
import org.gkml.catalog.model.Entry;
import org.gkml.catalog.model.LegalReference;
import org.gkml.catalog.model.Level;
import org.gkml.catalog.model.Method;
import org.gkml.catalog.model.Organization;
import org.gkml.catalog.model.Responsibility;

/**
 * Exports catalogs to the standard template (标准目录模板): a title row, a two-row grouped header, √ tick
 * columns for 公开对象/公开方式/公开层级, the 13-box ■/□ channel checklist, merged first-level item cells,
 * column widths and a frozen header, as XLSX or CSV. In CSV, text that a spreadsheet would run as a formula (starting
 * with {@code = + - @}, tab or carriage return) is neutralised with a leading apostrophe; in XLSX every text is an
 * inline string, which a spreadsheet never runs, and is written as it is. Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class SheetExporter {

    /** The 13 boxes of the template's channel checklist, in template order. */
    static final Map<ChannelType, String> TEMPLATE = new LinkedHashMap<>();

    static {
        TEMPLATE.put(ChannelType.GOVERNMENT_WEBSITE, "政府网站");
        TEMPLATE.put(ChannelType.GAZETTE, "政府公报");
        TEMPLATE.put(ChannelType.NEW_MEDIA, "两微一端");
        TEMPLATE.put(ChannelType.PRESS_CONFERENCE, "发布会/听证会");
        TEMPLATE.put(ChannelType.BROADCAST, "广播电视");
        TEMPLATE.put(ChannelType.PRINT, "纸质媒体");
        TEMPLATE.put(ChannelType.READING_ROOM, "公开查阅点");
        TEMPLATE.put(ChannelType.SERVICE_CENTER, "政务服务中心");
        TEMPLATE.put(ChannelType.SERVICE_STATION, "便民服务站");
        TEMPLATE.put(ChannelType.ON_SITE, "入户/现场");
        TEMPLATE.put(ChannelType.NOTICE_BOARD, "社区/企事业单位/村公示栏(电子屏)");
        TEMPLATE.put(ChannelType.TARGETED_PUSH, "精准推送");
        TEMPLATE.put(ChannelType.OTHER, "其他");
    }

    static final Map<Level, String> LEVEL_LABELS = Map.of(Level.NATIONAL, "国家级", Level.PROVINCIAL, "省级",
            Level.PREFECTURAL, "市级", Level.COUNTY, "县级", Level.TOWNSHIP, "乡级", Level.VILLAGE, "村级");

    private SheetExporter() {
    }

    /** A laid-out table: header rows, data rows, merges, widths. */
    private record Table(List<String[]> rows, List<int[]> merges, int[] widths, int headerRows) {
    }

    /** The most characters a spreadsheet cell holds (what the importer accepts, too). */
    static final int MAX_CELL = XlsxReader.MAX_CELL;

    /**
     * The laid-out table of a catalog.
     *
     * @throws IllegalArgumentException naming the entry and the column when a text is longer than a sheet cell holds
     */
    private static Table layout(Catalog c) {
        int depth = 1;
        EnumSet<Level> levels = EnumSet.noneOf(Level.class);
        for (Entry e : c.entries()) {
            depth = Math.max(depth, e.category().size() + 1);
            levels.addAll(e.levels());
        }
        if (levels.isEmpty()) {
            levels.add(Level.COUNTY);
            levels.add(Level.TOWNSHIP);
        }
        List<String> top = new ArrayList<>();
        List<String> sub = new ArrayList<>();
        List<int[]> merges = new ArrayList<>();
        List<Integer> widths = new ArrayList<>();
        int col = 0;
        String[] single = {"序号"};
        top.add("序号");
        sub.add("");
        widths.add(6);
        merges.add(new int[] {1, col, 2, col});
        col++;
        String[] levelNames = {"一级事项", "二级事项", "三级事项", "四级事项", "五级事项", "六级事项"};
        int itemStart = col;
        for (int d = 0; d < Math.min(depth, 6); d++) {
            top.add(d == 0 ? "公开事项" : "");
            sub.add(levelNames[d]);
            widths.add(16);
            col++;
        }
        if (depth > 1) {
            merges.add(new int[] {1, itemStart, 1, col - 1});
        }
        for (String h : new String[] {"公开内容（要素）", "公开依据", "公开时限", "公开时长", "公开主体", "公开渠道和载体"}) {
            top.add(h);
            sub.add("");
            widths.add(h.equals("公开渠道和载体") ? 30 : h.equals("公开内容（要素）") || h.equals("公开依据") ? 28 : 16);
            merges.add(new int[] {1, col, 2, col});
            col++;
        }
        int[] groups = {col, 0, 0};
        top.add("公开对象");
        top.add("");
        sub.add("全社会");
        sub.add("特定群体");
        merges.add(new int[] {1, col, 1, col + 1});
        col += 2;
        top.add("公开方式");
        top.add("");
        sub.add("主动");
        sub.add("依申请");
        merges.add(new int[] {1, col, 1, col + 1});
        col += 2;
        int levelStart = col;
        boolean first = true;
        for (Level l : levels) {
            top.add(first ? "公开层级" : "");
            sub.add(LEVEL_LABELS.get(l));
            first = false;
            col++;
        }
        if (col - levelStart > 1) {  // the level group
            merges.add(new int[] {1, levelStart, 1, col - 1});
        }
        for (int k = groups[0]; k < col; k++) {
            widths.add(7);
        }
        // 责任人 and 联系方式 follow 责任单位 only when some entry has them: the template itself has neither
        boolean persons = c.entries().stream().anyMatch(e -> e.responsibility() != null && e.responsibility().person() != null);
        boolean contacts = c.entries().stream().anyMatch(e -> e.responsibility() != null && e.responsibility().contact() != null);
        List<String> tail = new ArrayList<>(List.of("责任单位"));
        if (persons) {
            tail.add("责任人");
        }
        if (contacts) {
            tail.add("联系方式");
        }
        tail.add("事项编码");
        for (String h : tail) {
            top.add(h);
            sub.add("");
            widths.add(14);
            merges.add(new int[] {1, col, 2, col});
            col++;
        }
        int width = col;
        List<String[]> rows = new ArrayList<>();
        String[] title = new String[width];
        title[0] = c.title() == null ? "" : c.title();
        rows.add(title);
        merges.add(new int[] {0, 0, 0, width - 1});
        rows.add(top.toArray(new String[0]));
        rows.add(sub.toArray(new String[0]));
        int n = 0;
        String previousTop = null;
        int runStart = -1;
        for (Entry e : c.entries()) {
            String[] r = new String[width];
            int k = 0;
            r[k++] = Integer.toString(++n);
            List<String> path = new ArrayList<>(e.category());
            path.add(e.name() == null ? "" : e.name());
            for (int d = 0; d < Math.min(depth, 6); d++) {
                r[k++] = d < path.size() ? path.get(d) : "";
            }
            // merge the first-level item cells of consecutive entries that share it
            String firstLevel = e.category().isEmpty() ? null : e.category().get(0);
            int rowIndex = rows.size();
            if (firstLevel != null && firstLevel.equals(previousTop)) {
                r[itemStart] = "";
            } else {
                closeRun(merges, runStart, rowIndex - 1, itemStart);
                runStart = firstLevel == null ? -1 : rowIndex;
            }
            previousTop = firstLevel;
            r[k++] = e.content() == null ? "" : summary(e);
            r[k++] = basis(e.basis());
            r[k++] = e.deadline() == null ? "" : e.deadline().text() != null ? e.deadline().text() : e.deadline().toText();
            r[k++] = e.duration() == null ? "" : e.duration().text() != null ? e.duration().text() : e.duration().toText();
            r[k++] = String.join("、", e.subjects().stream().map(Organization::name).filter(x -> x != null).toList());
            r[k++] = checklist(e.channels());
            AudienceScope scope = e.audience() == null ? null : e.audience().scope();
            r[k++] = scope == AudienceScope.PUBLIC ? "√" : "";
            r[k++] = scope == AudienceScope.SPECIFIC_GROUP ? "√" : "";
            r[k++] = e.method() == Method.PROACTIVE ? "√" : "";
            r[k++] = e.method() == Method.ON_REQUEST ? "√" : "";
            for (Level l : levels) {
                r[k++] = e.levels().contains(l) ? "√" : "";
            }
            Responsibility resp = e.responsibility();
            r[k++] = resp == null || resp.unit() == null ? "" : resp.unit();
            if (persons) {
                r[k++] = resp == null || resp.person() == null ? "" : resp.person();
            }
            if (contacts) {
                r[k++] = resp == null || resp.contact() == null ? "" : resp.contact();
            }
            r[k++] = e.code() == null ? "" : e.code();
            for (int i = 0; i < width; i++) {
                if (r[i] != null && r[i].length() > MAX_CELL) {
                    String field = !sub.get(i).isEmpty() ? sub.get(i) : top.get(i).isEmpty() ? "公开事项" : top.get(i);
                    throw new IllegalArgumentException("entry " + n + (e.code() == null ? "" : " (" + e.code() + ")") + ": " + field
                            + " holds " + r[i].length() + " characters, more than a sheet cell holds (" + MAX_CELL
                            + "); export this catalog as JSON or XML");
                }
            }
            rows.add(r);
        }
        closeRun(merges, runStart, rows.size() - 1, itemStart);
        int[] w = new int[widths.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = widths.get(i);
        }
        return new Table(rows, merges, w, 3);
    }

    private static void closeRun(List<int[]> merges, int start, int end, int col) {
        if (start >= 0 && end > start) {
            merges.add(new int[] {start, col, end, col});
        }
    }

    private static String summary(Entry e) {
        if (e.content().summary() != null) {
            return e.content().summary();
        }
        StringBuilder b = new StringBuilder();
        int i = 1;
        for (String s : e.content().elements()) {
            b.append(b.length() > 0 ? " " : "").append(i++).append('.').append(s);
        }
        return b.toString();
    }

    private static boolean covers(String text, String part) {
        return part == null || text.contains(part);
    }

    private static String basis(List<LegalReference> refs) {
        List<String> parts = new ArrayList<>();
        for (LegalReference l : refs) {
            if (l.text() != null && covers(l.text(), l.title()) && covers(l.text(), l.docNumber()) && covers(l.text(), l.provision())) {
                parts.add(l.text());
            } else if (l.title() != null) { // the structured parts say more than the wording: written from them
                parts.add("《" + l.title() + "》" + (l.docNumber() == null ? "" : "（" + l.docNumber() + "）")
                        + (l.provision() == null ? "" : l.provision()));
            }
        }
        return String.join("、", parts);
    }

    /** The 13-box checklist with ■ for chosen boxes, then named channels outside the template. */
    static String checklist(List<Channel> channels) {
        StringBuilder b = new StringBuilder();
        for (Map.Entry<ChannelType, String> t : TEMPLATE.entrySet()) {
            boolean chosen = channels.stream().anyMatch(c -> c.type() == t.getKey()
                    && !(t.getKey() == ChannelType.OTHER));
            if (t.getKey() == ChannelType.OTHER) {
                List<String> others = channels.stream().filter(c -> c.type() == ChannelType.OTHER)
                        .map(c -> c.name() == null ? "" : c.name()).toList();
                if (others.isEmpty()) {
                    b.append(b.length() > 0 ? " " : "").append("□其他");
                } else {
                    for (String o : others) {
                        b.append(b.length() > 0 ? " " : "").append("■其他").append(o.isEmpty() ? "" : "(" + o + ")");
                    }
                }
                continue;
            }
            List<String> named = channels.stream().filter(c -> c.type() == t.getKey() && c.name() != null
                    && !c.name().equals(t.getValue())).map(Channel::name).toList();
            if (named.isEmpty() || channels.stream().anyMatch(c -> c.type() == t.getKey() && c.name() == null)) {
                b.append(b.length() > 0 ? " " : "").append(chosen ? "■" : "□").append(t.getValue());
            }
            for (String n : named) { // a named channel of a template type: ■政府网站(东阿县人民政府网站)
                b.append(b.length() > 0 ? " " : "").append("■").append(t.getValue()).append('(').append(n).append(')');
            }
        }
        for (Channel c : channels) {
            if (!TEMPLATE.containsKey(c.type())) {
                boolean nameNamesType = c.name() != null
                        && org.gkml.catalog.model.Vocabulary.channelType(c.name()).orElse(null) == c.type();
                String label = nameNamesType ? c.name()
                        : c.type() == ChannelType.HOTLINE ? "12345政务服务热线" + (c.name() == null ? "" : "(" + c.name() + ")")
                        : c.name() != null ? c.name() + "平台" : "在线平台";
                b.append(" ■").append(label);
            }
        }
        return b.toString();
    }

    /** Neutralises text a spreadsheet would run as a formula. */
    static String safe(String s) {
        if (s == null || s.isEmpty()) {
            return s == null ? "" : s;
        }
        char c = s.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + s : s;
    }

    /** Writes the catalog as CSV (UTF-8 with BOM so that Excel reads it as UTF-8; RFC 4180 quoting, CRLF). */
    public static void writeCsv(Catalog c, OutputStream out) throws IOException {
        Table t = layout(c);
        Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write('\ufeff');
        for (String[] row : t.rows()) {
            for (int i = 0; i < row.length; i++) {
                if (i > 0) {
                    w.write(',');
                }
                String v = safe(row[i]);
                if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
                    w.write('"');
                    w.write(v.replace("\"", "\"\""));
                    w.write('"');
                } else {
                    w.write(v);
                }
            }
            w.write("\r\n");
        }
        w.flush();
    }

    /** Writes the catalog as an XLSX workbook in the standard template. */
    public static void writeXlsx(Catalog c, OutputStream out) throws IOException {
        Table t = layout(c);
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        XlsxWriter.parts(zip, List.of("公开事项目录"), java.util.Collections.singletonList(new int[] {1, t.headerRows() - 1}));
        StringBuilder s = new StringBuilder(64 * 1024);
        s.append(XlsxWriter.HEAD)
                .append("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">").append(XlsxWriter.FIT_TO_PAGE)
                .append("<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"").append(t.headerRows())
                .append("\" topLeftCell=\"A").append(t.headerRows() + 1).append("\" activePane=\"bottomLeft\" state=\"frozen\"/></sheetView></sheetViews>")
                .append("<cols>");
        for (int i = 0; i < t.widths().length; i++) {
            s.append("<col min=\"").append(i + 1).append("\" max=\"").append(i + 1).append("\" width=\"").append(t.widths()[i])
                    .append("\" customWidth=\"1\"/>");
        }
        s.append("</cols><sheetData>");
        XlsxWriter.entry(zip, "xl/worksheets/sheet1.xml");
        for (int r = 0; r < t.rows().size(); r++) {
            String[] row = t.rows().get(r);
            s.append("<row r=\"").append(r + 1).append('"');
            if (r >= t.headerRows()) { // tall enough for the wrapped text (Excel does not grow rows it opens)
                s.append(" ht=\"").append(rowHeight(row, t.widths())).append("\" customHeight=\"1\"");
            }
            s.append('>');
            int style = r == 0 ? 3 : r < t.headerRows() ? 1 : 2;
            for (int ci = 0; ci < row.length; ci++) {
                String v = row[ci];
                s.append("<c r=\"").append(Grid.address(r, ci)).append('"');
                if (v == null || v.isEmpty()) {
                    s.append(" s=\"").append(style).append("\"/>");
                } else if (ci == 0 && r >= t.headerRows() && v.matches("[1-9][0-9]{0,8}")) { // 序号 as a number
                    s.append(" s=\"").append(XlsxWriter.Style.NUMBER.ordinal()).append("\"><v>").append(v).append("</v></c>");
                } else {
                    s.append(" s=\"").append(style).append("\" t=\"inlineStr\"><is><t xml:space=\"preserve\">").append(XlsxWriter.escape(v))
                            .append("</t></is></c>"); // never a formula
                }
            }
            s.append("</row>");
            if (s.length() > 32 * 1024) {
                zip.write(s.toString().getBytes(StandardCharsets.UTF_8));
                s.setLength(0);
            }
        }
        s.append("</sheetData>");
        XlsxWriter.appendMerges(s, t.merges());
        s.append(XlsxWriter.LANDSCAPE).append("</worksheet>");
        zip.write(s.toString().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
        zip.finish();
        out.flush();
    }

    /** Points of a row whose wrapped text needs its longest cell's lines (a CJK character is two widths, the rest one). */
    static int rowHeight(String[] row, int[] widths) {
        int lines = 1;
        for (int c = 0; c < row.length && c < widths.length; c++) {
            if (row[c] == null || row[c].isEmpty()) {
                continue;
            }
            int n = 0;
            int width = 0;
            int fit = Math.max(1, widths[c] - 1);
            for (int i = 0; i < row[c].length(); i++) {
                char ch = row[c].charAt(i);
                if (ch == '\n') {
                    n++;
                    width = 0;
                    continue;
                }
                int w = ch >= 0x2E80 ? 2 : 1;
                if (width + w > fit) {
                    n++;
                    width = 0;
                }
                width += w;
            }
            lines = Math.max(lines, n + 1);
        }
        return Math.min(409, 15 * lines + 3); // 409 points: the tallest row a sheet has
    }
}
