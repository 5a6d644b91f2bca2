package org.gkml.catalog.io.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.gkml.catalog.io.xml.SafeXml;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The workbook tokenizer against the JDK's StAX parser, the reference: on generated documents with everything a part
 * may hold (prefixes, references, CDATA, comments, CRLF, characters of every UTF-8 length), read through buffers small
 * enough that every construct straddles a refill, both give the same elements, attributes and text; and it refuses
 * what StAX refuses that matters here (DTDs, entity references, broken nesting, bad UTF-8).
 */
class XmlPullTest {

    static java.util.stream.LongStream seeds() {
        return java.util.stream.LongStream.range(0, 150).map(i -> 4200L + i);
    }

    private static final String[] NAMES = {"c", "v", "t", "row", "is", "si", "rPh", "x:c", "mc:Choice", "sheetData"};
    private static final String[] TEXTS = {"公开事项", "a", " ", "\n", "\r\n", "x\ry", "\t", "😀", "é", "①", "]", "]]", "&amp;",
            "&lt;", "&gt;", "&quot;", "&apos;", "&#10;", "&#13;", "&#x1F600;", "&#20844;", "<![CDATA[<b>&amp;]]>", "<!-- note -->",
            "<?pi data?>", "东阿县 ■政府网站", "x".repeat(40)};

    static String document(Random r) {
        StringBuilder b = new StringBuilder();
        if (r.nextBoolean()) {
            b.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>").append(r.nextBoolean() ? "\r\n" : "");
        }
        b.append("<root xmlns=\"urn:main\" xmlns:x=\"urn:x\" xmlns:mc=\"urn:mc\">");
        element(r, b, 0);
        b.append("</root>");
        if (r.nextBoolean()) {
            b.append("\n<!-- after -->\n");
        }
        return b.toString();
    }

    private static void element(Random r, StringBuilder b, int depth) {
        int n = r.nextInt(depth == 0 ? 12 : 5);
        for (int i = 0; i < n; i++) {
            int k = r.nextInt(10);
            if (k < 4 && depth < 6) {
                String name = NAMES[r.nextInt(NAMES.length)];
                b.append('<').append(name);
                int attrs = r.nextInt(4);
                for (int a = 0; a < attrs; a++) {
                    String an = new String[] {"r", "x:r", "s", "ref", "t", "xml:space"}[2 * a + r.nextInt(2)];
                    String v = new String[] {"A1", "12", "inlineStr", "a&amp;b", "line\nbreak", "tab\there", "&#10;", "公开", "'q'", "x\r\ny"}[r.nextInt(10)];
                    char q = v.contains("'") ? '"' : r.nextBoolean() ? '"' : '\'';
                    b.append(r.nextBoolean() ? " " : "\n  ").append(an).append(r.nextBoolean() ? "=" : " = ").append(q).append(v).append(q);
                }
                if (r.nextInt(4) == 0) {
                    b.append(r.nextBoolean() ? "/>" : " />");
                } else {
                    b.append(r.nextBoolean() ? ">" : " >");
                    element(r, b, depth + 1);
                    b.append("</").append(name).append(r.nextBoolean() ? ">" : " >");
                }
            } else {
                b.append(TEXTS[r.nextInt(TEXTS.length)]);
            }
        }
    }

    /** START name {attr=value} / END name / TEXT "…" (adjacent text merged), from StAX. */
    static List<String> stax(byte[] doc) throws Exception {
        XMLInputFactory f = SafeXml.inputFactory();
        XMLStreamReader x = f.createXMLStreamReader(new ByteArrayInputStream(doc));
        List<String> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        while (x.hasNext()) {
            int ev = x.next();
            if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA || ev == XMLStreamConstants.SPACE) {
                if (depth(out) > 0) {
                    text.append(x.getText());
                }
                continue;
            }
            if (ev != XMLStreamConstants.START_ELEMENT && ev != XMLStreamConstants.END_ELEMENT) {
                continue;
            }
            flush(out, text);
            if (ev == XMLStreamConstants.START_ELEMENT) {
                TreeMap<String, String> a = new TreeMap<>();
                for (int i = 0; i < x.getAttributeCount(); i++) {
                    String p = x.getAttributePrefix(i);
                    if (p == null || p.isEmpty()) {
                        a.put(x.getAttributeLocalName(i), x.getAttributeValue(i));
                    }
                }
                out.add("START " + x.getLocalName() + " " + a);
            } else {
                out.add("END " + x.getLocalName());
            }
        }
        return out;
    }

    private static int depth(List<String> out) {
        int d = 0;
        for (String s : out) {
            d += s.startsWith("START") ? 1 : s.startsWith("END") ? -1 : 0;
        }
        return d;
    }

    private static void flush(List<String> out, StringBuilder text) {
        if (text.length() > 0) {
            out.add("TEXT " + text);
            text.setLength(0);
        }
    }

    static List<String> pull(byte[] doc, int buffer) throws IOException {
        XmlPull x = XmlPull.open(new ByteArrayInputStream(doc), "part.xml", buffer);
        List<String> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (int ev = x.next(); ev != XmlPull.EOF; ev = x.next()) {
            if (ev == XmlPull.TEXT) {
                x.appendText(text);
                continue;
            }
            flush(out, text);
            String name = null;
            for (String n : new String[] {"root", "c", "v", "t", "row", "is", "si", "rPh", "Choice", "sheetData"}) {
                if (x.is(n)) {
                    name = n;
                }
            }
            if (ev == XmlPull.START) {
                TreeMap<String, String> a = new TreeMap<>();
                for (String an : new String[] {"r", "s", "t", "ref", "xmlns"}) {
                    String v = x.attribute(an);
                    if (v != null && !an.equals("xmlns")) {
                        a.put(an, v);
                    }
                }
                out.add("START " + name + " " + a);
            } else {
                out.add("END " + name);
            }
        }
        return out;
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void sameEventsAsStax_atEveryBufferSize(long seed) throws Exception {
        byte[] doc = document(new Random(seed)).getBytes(StandardCharsets.UTF_8);
        List<String> expected = stax(doc);
        for (int buffer : new int[] {16, 17, 29, 64, 1 << 16}) {
            assertEquals(expected, pull(doc, buffer), "seed " + seed + ", buffer " + buffer + "\n" + new String(doc, StandardCharsets.UTF_8));
        }
    }

    @Test
    void longTextAndCdata_comeInChunks_withNothingLost() throws Exception {
        String big = "公开".repeat(XmlPull.CHUNK) + "😀" + "x".repeat(XmlPull.CHUNK + 3);
        for (String body : new String[] {big, "<![CDATA[" + big + "]]>"}) {
            byte[] doc = ("<root><t>" + body + "</t></root>").getBytes(StandardCharsets.UTF_8);
            XmlPull x = XmlPull.open(new ByteArrayInputStream(doc), "p", 100);
            StringBuilder text = new StringBuilder();
            int chunks = 0;
            for (int ev = x.next(); ev != XmlPull.EOF; ev = x.next()) {
                if (ev == XmlPull.TEXT) {
                    assertTrue(x.textLength() <= XmlPull.CHUNK + 1, "chunk of " + x.textLength());
                    x.appendText(text);
                    chunks++;
                }
            }
            assertEquals(big, text.toString());
            assertTrue(chunks >= 3, "chunks " + chunks);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-16", "UTF-16LE", "UTF-16BE", "GB18030"})
    void otherEncodings_areTranscoded(String encoding) throws Exception {
        Charset cs = Charset.forName(encoding);
        String doc = "<?xml version=\"1.0\" encoding=\"" + encoding + "\"?><root><t r=\"公开\">主动公开 😀</t></root>";
        byte[] bytes = doc.getBytes(cs);
        if (encoding.equals("UTF-16LE")) {
            bytes = ("\uFEFF" + doc).getBytes(cs); // Windows writes the mark
        }
        assertEquals(List.of("START root {}", "START t {r=公开}", "TEXT 主动公开 😀", "END t", "END root"), pull(bytes, 64));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<!DOCTYPE r [<!ENTITY x \"y\">]><r>&x;</r>",
        "<r>&x;</r>",
        "<r a=\"&x;\"/>",
        "<r><a></b></r>",
        "<r><a>",
        "<r></r><r/>",
        "<r></r>text",
        "text<r/>",
        "<r a=\"1<\"/>",
        "<r a=1/>",
        "<r a=\"1\"b=\"2\"/>",
        "<r><!-- open </r>",
        "<r>&#0;</r>",
        "<r>&#xD800;</r>",
        "<r>a&b</r>",
        "<r>]]></r>",
        "<r>\u0001</r>",
        "<r><![CDATA[x</r>",
        "",
        "</r>",
        "<r/ >",
    })
    void refused(String doc) {
        for (int buffer : new int[] {16, 1 << 16}) {
            assertThrows(XmlPull.Malformed.class, () -> pull(doc.getBytes(StandardCharsets.UTF_8), buffer), doc);
        }
    }

    @Test
    void malformedUtf8_andLimits_areRefused() {
        byte[] badUtf8 = {'<', 'r', '>', (byte) 0xC3, '(', '<', '/', 'r', '>'};
        assertThrows(XmlPull.Malformed.class, () -> pull(badUtf8, 64));
        byte[] overlong = {'<', 'r', '>', (byte) 0xC0, (byte) 0xAF, '<', '/', 'r', '>'};
        assertThrows(XmlPull.Malformed.class, () -> pull(overlong, 64));
        String deep = "<a>".repeat(XmlPull.MAX_DEPTH + 1);
        XmlPull.Malformed e = assertThrows(XmlPull.Malformed.class, () -> pull(deep.getBytes(StandardCharsets.UTF_8), 64));
        assertTrue(e.getMessage().contains("nested"), e.getMessage());
        String huge = "<r a=\"" + "x".repeat(XmlPull.MAX_TAG + 10) + "\"/>";
        e = assertThrows(XmlPull.Malformed.class, () -> pull(huge.getBytes(StandardCharsets.UTF_8), 1 << 16));
        assertTrue(e.getMessage().contains("longer than"), e.getMessage());
        assertTrue(e.getMessage().startsWith("part.xml: not well-formed XML at byte "), e.getMessage());
    }

    /** The widest sheet XLSX allows (XFD), as the workbook reader passes it. */
    private static final int MAX_COLUMNS = 16_384;

    @Test
    void numberAndReferenceAttributes_readFromBytes() throws Exception {
        XmlPull x = XmlPull.open(new ByteArrayInputStream(
                "<c r=\"AB12\" s=\" 7 \" t=\"s\" q=\"A0\" w=\"12a\" x:s=\"3\" big=\"XFE1\"/>".getBytes(StandardCharsets.UTF_8)), "p");
        assertEquals(XmlPull.START, x.next());
        assertEquals(27, x.columnAttribute("r", MAX_COLUMNS));
        assertEquals(-2, x.columnAttribute("q", MAX_COLUMNS), "row 0");
        assertEquals(-2, x.columnAttribute("w", MAX_COLUMNS));
        assertEquals(-3, x.columnAttribute("big", MAX_COLUMNS), "column XFE is beyond XFD");
        assertEquals(-1, x.columnAttribute("none", MAX_COLUMNS));
        assertEquals(7, x.intAttribute("s"));
        assertEquals(-2, x.intAttribute("w"));
        assertEquals(-1, x.intAttribute("none"));
        assertTrue(x.attributeIs("t", "s"));
        assertEquals(" 7 ", x.attribute("s"), "x:s is not s");
        assertEquals(null, x.attribute("z"));
    }

    /** Every event as text: S:name, E:name, T:[text]. */
    private static List<String> events(XmlPull x) throws IOException {
        List<String> out = new ArrayList<>();
        for (int ev = x.next(); ev != XmlPull.EOF; ev = x.next()) {
            if (ev == XmlPull.TEXT) {
                StringBuilder b = new StringBuilder();
                x.appendText(b);
                out.add("T:[" + b + "]");
            } else {
                out.add((ev == XmlPull.START ? "S:" : "E:") + x.localName());
            }
        }
        return out;
    }

    @Test
    void layoutText_passedOverOnlyBeforeStartTags() throws Exception {
        String doc = "<a>\n  <b> x </b>\n  <c>  </c>  <!-- n -->\n  <d/>\n</a>";
        XmlPull plain = XmlPull.open(new ByteArrayInputStream(doc.getBytes(StandardCharsets.UTF_8)), "p");
        assertEquals(List.of("S:a", "T:[\n  ]", "S:b", "T:[ x ]", "E:b", "T:[\n  ]", "S:c", "T:[  ]", "E:c", "T:[  ]",
                "T:[\n  ]", "S:d", "E:d", "T:[\n]", "E:a"), events(plain));
        XmlPull layout = XmlPull.open(new ByteArrayInputStream(doc.getBytes(StandardCharsets.UTF_8)), "p");
        layout.skipLayoutText();
        // before <b>, <c> and <d> passed over; inside <b> and <c>, before the comment and before </a> kept
        assertEquals(List.of("S:a", "S:b", "T:[ x ]", "E:b", "S:c", "T:[  ]", "E:c", "T:[  ]", "S:d", "E:d", "T:[\n]", "E:a"),
                events(layout));
    }
}
