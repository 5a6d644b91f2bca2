package org.gkml.catalog.io.sheet;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gkml.catalog.io.CatalogFormatException;
import org.gkml.catalog.io.Location;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The tables of a saved web page, read with jsoup: the page is parsed from its bytes (charset from the
 * {@code <meta>} declaration, else UTF-8 when the bytes are UTF-8, else GB18030), nothing is fetched and no script
 * runs. Each table that holds no other table becomes a {@link Grid} named 第N个表格 (N counts every table of the page
 * in document order); {@code rowspan}/{@code colspan} become merged regions; {@code <br>} and paragraphs inside a cell
 * are line breaks. Which tables hold the catalog is decided by the importer (the ones with a catalog header).
 */
final class HtmlTables {
    private HtmlTables() {
    }

    /** Pages larger than this are refused. */
    static final long MAX_BYTES = 128L << 20;

    private static final Pattern META_CHARSET = Pattern.compile("<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> BLOCKS = Set.of("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol",
            "section", "article", "blockquote", "pre", "dt", "dd");

    static Tables read(byte[] bytes, String file) throws CatalogFormatException {
        if (bytes.length > MAX_BYTES) {
            throw new CatalogFormatException(Location.at(file, 0, 0), "page larger than the limit of " + MAX_BYTES + " bytes");
        }
        Document doc = Jsoup.parse(decode(bytes), "");
        String title = null;
        Element h1 = doc.selectFirst("h1");
        if (h1 != null && !h1.text().isBlank()) {
            title = h1.text().strip();
        } else if (!doc.title().isBlank()) {
            title = doc.title().strip();
        }
        List<Tables.Builder> tables = new ArrayList<>();
        int n = 0;
        for (Element table : doc.getElementsByTag("table")) {
            n++;
            if (table.getElementsByTag("table").size() > 1) {
                continue; // a layout table around others: its own cells are not a catalog
            }
            Tables.Builder b = new Tables.Builder(file, Tables.tableName(n));
            for (Element tr : rows(table)) {
                b.startRow();
                for (Element td : tr.children()) {
                    if (td.normalName().equals("td") || td.normalName().equals("th")) {
                        b.cell(text(td), span(td.attr("rowspan")), span(td.attr("colspan")));
                    }
                }
            }
            if (b.rowCount() == 0) {
                continue;
            }
            Tables.Builder previous = tables.isEmpty() ? null : tables.get(tables.size() - 1);
            int repeated = previous == null ? 0 : repeatedHeader(previous.rows(), b.rows());
            if (repeated > 0) {
                previous.append(b, repeated); // the same table, split at a page break
            } else {
                tables.add(b);
            }
        }
        List<Grid> grids = new ArrayList<>();
        for (Tables.Builder b : tables) {
            grids.add(b.build());
        }
        return new Tables(grids, title);
    }

    /**
     * How many first rows of {@code next} repeat rows of {@code first} that come near its top (its header rows, after
     * a title row): 0 when {@code next} does not start that way (it is another table).
     */
    static int repeatedHeader(List<String[]> first, List<String[]> next) {
        for (int h = 0; h < Math.min(6, first.size()); h++) {
            int k = 0;
            while (k < next.size() && h + k < first.size() && k < 6 && sameRow(first.get(h + k), next.get(k))) {
                k++;
            }
            if (k > 0 && nonBlank(next.get(0)) >= 2) {
                return k;
            }
        }
        return 0;
    }

    private static boolean sameRow(String[] a, String[] b) {
        int n = Math.max(a.length, b.length);
        for (int i = 0; i < n; i++) {
            String x = i < a.length ? a[i] : null;
            String y = i < b.length ? b[i] : null;
            if (!java.util.Objects.equals(x == null || x.isBlank() ? null : x.replaceAll("\\s+", ""),
                    y == null || y.isBlank() ? null : y.replaceAll("\\s+", ""))) {
                return false;
            }
        }
        return true;
    }

    private static int nonBlank(String[] row) {
        int n = 0;
        for (String c : row) {
            if (c != null && !c.isBlank()) {
                n++;
            }
        }
        return n;
    }

    /** The rows of a table, its own (under thead, tbody, tfoot or directly), not those of a table inside a cell. */
    private static List<Element> rows(Element table) {
        List<Element> out = new ArrayList<>();
        for (Element child : table.children()) {
            String t = child.normalName();
            if (t.equals("tr")) {
                out.add(child);
            } else if (t.equals("thead") || t.equals("tbody") || t.equals("tfoot")) {
                for (Element tr : child.children()) {
                    if (tr.normalName().equals("tr")) {
                        out.add(tr);
                    }
                }
            }
        }
        return out;
    }

    private static int span(String v) {
        try {
            return v.isBlank() ? 1 : Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** A cell's text as a person sees it: source whitespace collapsed, {@code <br>} and paragraphs as line breaks. */
    static String text(Element cell) {
        StringBuilder sb = new StringBuilder();
        // iterative (jsoup's traversor): a cell nested thousands of elements deep does not exhaust the stack
        org.jsoup.select.NodeTraversor.filter(new org.jsoup.select.NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    sb.append(t.getWholeText().replaceAll("[ \\t\\r\\n\\f]+", " "));
                } else if (node instanceof Element e && node != cell) {
                    String tag = e.normalName();
                    if (tag.equals("script") || tag.equals("style")) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (tag.equals("br") || BLOCKS.contains(tag)) {
                        sb.append('\n');
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element e && node != cell && BLOCKS.contains(e.normalName())) {
                    sb.append('\n');
                }
                return FilterResult.CONTINUE;
            }
        }, cell);
        StringBuilder out = new StringBuilder();
        for (String line : sb.toString().split("\n", -1)) {
            String l = line.replace('\u00A0', ' ').strip();
            if (!l.isEmpty()) {
                if (out.length() > 0) {
                    out.append('\n');
                }
                out.append(l);
            }
        }
        return out.length() == 0 ? null : out.toString();
    }

    /** The page's text: the charset its {@code <meta>} declares (gb2312 and GBK read as GB18030, their superset), else sniffed. */
    static String decode(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (bytes.length >= 2 && ((bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        if (bytes.length >= 2 && ((bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        Charset declared = null;
        if (m.find()) {
            String label = m.group(1).toLowerCase(Locale.ROOT);
            if (label.startsWith("gb") || label.equals("x-gbk") || label.equals("euc-cn") || label.equals("cp936")) {
                declared = Charset.forName("GB18030"); // what browsers do: the label gb2312 is decoded as GBK
            } else if (label.equals("utf-8") || label.equals("utf8")) {
                declared = StandardCharsets.UTF_8;
            } else {
                try {
                    declared = Charset.forName(label);
                } catch (RuntimeException unknown) {
                    declared = null;
                }
            }
        }
        if (declared != null) {
            return new String(bytes, declared);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, Charset.forName("GB18030"));
        }
    }
}
