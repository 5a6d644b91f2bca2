package org.gkml.catalog.io.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.gkml.catalog.io.CatalogFormatException;
import org.gkml.catalog.io.json.CatalogJson;
import org.gkml.catalog.model.Catalog;
import org.gkml.catalog.testkit.CatalogGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CatalogXmlTest {

    static java.util.stream.LongStream seeds() {
        return java.util.stream.LongStream.range(0, 80).map(i -> 31337L + i);
    }

    private static Catalog read(String xml) throws Exception {
        return CatalogXml.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "t.xml");
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void jsonToXmlToJson_isLossless(long seed) throws Exception {
        Catalog c = new CatalogGenerator(seed).catalog(12);
        String json = CatalogJson.toJson(c);
        String xml = CatalogXml.toXml(CatalogJson.fromJson(json));
        Catalog back = read(xml);
        assertEquals(c, back, "seed " + seed);
        assertEquals(json, CatalogJson.toJson(back), "JSON -> model -> XML -> model -> JSON, seed " + seed);
        assertEquals(xml, CatalogXml.toXml(back), "byte-stable XML, seed " + seed);
        assertEquals(c, CatalogXml.fromXml(xml), "the string form reads what toXml writes, seed " + seed);
    }

    @Test
    void sample_roundTripsThroughXml() throws Exception {
        Catalog c = CatalogJson.read(Path.of("../examples/catalogs/county-sample.json"));
        String xml = CatalogXml.toXml(c);
        assertEquals(c, read(xml));
        assertEquals(xml, Files.readString(Path.of("../examples/catalogs/county-sample.xml")), "golden XML file is current");
    }

    @Test
    void xxe_readingALocalFile_isRefused(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET");
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE catalog [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
                + "<catalog xmlns=\"" + CatalogXml.NAMESPACE + "\"><specVersion>&x;</specVersion></catalog>";
        CatalogFormatException e = assertTimeoutPreemptively(Duration.ofSeconds(1), () -> assertThrows(CatalogFormatException.class, () -> read(xml)));
        assertFalse(e.getMessage().contains("TOP-SECRET"));
        assertTrue(e.getMessage().startsWith("t.xml at line"), e.getMessage());
        assertTrue(e.getMessage().contains("DTD"), e.getMessage());
    }

    @Test
    void billionLaughs_andExternalDtd_areRefusedQuickly() {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        for (int i = 1; i < 10; i++) {
            b.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">");
        }
        b.append("]><catalog xmlns=\"").append(CatalogXml.NAMESPACE).append("\"><id>&lol9;</id></catalog>");
        assertTimeoutPreemptively(Duration.ofSeconds(1), () -> assertThrows(CatalogFormatException.class, () -> read(b.toString())));
        String ext = "<?xml version=\"1.0\"?><!DOCTYPE catalog SYSTEM \"http://example.invalid/evil.dtd\"><catalog xmlns=\"" + CatalogXml.NAMESPACE + "\"/>";
        assertTimeoutPreemptively(Duration.ofSeconds(1), () -> assertThrows(CatalogFormatException.class, () -> read(ext)));
    }

    @Test
    void structuralErrors_nameLineAndPointer() {
        String xml = CatalogXml.toXml(new CatalogGenerator(5).catalog(2)).replaceFirst("<method>[a-zA-Z]+</method>", "<method>主动</method>");
        CatalogFormatException e = assertThrows(CatalogFormatException.class, () -> read(xml));
        assertEquals("/entries/0/method", e.location().pointer());
        assertTrue(e.location().line() > 1);
        String truncated = CatalogXml.toXml(new CatalogGenerator(6).catalog(2));
        CatalogFormatException t = assertThrows(CatalogFormatException.class, () -> read(truncated.substring(0, truncated.length() / 2)));
        assertTrue(t.getMessage().startsWith("t.xml at line"), t.getMessage());
        CatalogFormatException ns = assertThrows(CatalogFormatException.class, () -> read("<catalog><id>x</id></catalog>"));
        assertTrue(ns.getMessage().contains(CatalogXml.NAMESPACE), ns.getMessage());
    }

    /** The XML of a two-entry catalog with the first entry's text changed. */
    private static String mutated(String regex, String replacement) {
        String xml = CatalogXml.toXml(new CatalogGenerator(9).catalog(2));
        String m = xml.replaceFirst(regex, replacement);
        assertFalse(m.equals(xml), "the mutation applies: " + regex);
        return m;
    }

    @Test
    void entryProblems_areRefusedWithLineAndPointer_notIgnored() {
        // JAXB alone would skip an unknown element or attribute: the reader refuses them
        CatalogFormatException unknown = assertThrows(CatalogFormatException.class,
                () -> read(mutated("<code>", "<colour>red</colour><code>")));
        assertTrue(unknown.getMessage().contains("unexpected element <colour>"), unknown.getMessage());
        assertTrue(unknown.location().line() > 1, unknown.getMessage());
        CatalogFormatException attr = assertThrows(CatalogFormatException.class,
                () -> read(mutated("<entry>", "<entry lang=\"zh\">")));
        assertTrue(attr.getMessage().contains("unexpected attribute lang"), attr.getMessage());
        assertEquals("/entries/0", attr.location().pointer());
        CatalogFormatException amount = assertThrows(CatalogFormatException.class,
                () -> read(mutated("<deadline type=\"[a-zA-Z]+\">", "<deadline type=\"within\"><trigger>formedOrChanged</trigger><amount>twenty</amount><unit>workingDay</unit>")
                        .replaceFirst("(<deadline type=\"within\"><trigger>formedOrChanged</trigger><amount>twenty</amount><unit>workingDay</unit>)(?s:.*?)(<text>|</deadline>)", "$1$2")));
        assertEquals("/entries/0/deadline/amount", amount.location().pointer(), amount.getMessage());
        assertTrue(amount.getMessage().contains("expected an integer"), amount.getMessage());
        assertTrue(amount.location().line() > 1, amount.getMessage());
        CatalogFormatException variant = assertThrows(CatalogFormatException.class,
                () -> read(mutated("<deadline type=\"[a-zA-Z]+\">", "<deadline type=\"immediate\"><month>3</month>")
                        .replaceFirst("(<deadline type=\"immediate\"><month>3</month>)(?s:.*?)(</deadline>)", "$1$2")));
        assertEquals("/entries/0/deadline/month", variant.location().pointer(), variant.getMessage());
        CatalogFormatException entity = assertThrows(CatalogFormatException.class,
                () -> read(mutated("<code>[^<]*</code>", "<code>&x;</code>")));
        assertTrue(entity.getMessage().startsWith("t.xml at line"), entity.getMessage());
    }

    @Test
    void streamingWriter_writesTheSameBytesAsTheWholeDocumentWriter_andReadsBackEntryByEntry() throws Exception {
        Catalog c = new CatalogGenerator(77).catalog(40);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (XmlCatalogWriter w = XmlCatalogWriter.to(out)) {
            w.begin(c);
            for (org.gkml.catalog.model.Entry e : c.entries()) {
                w.write(e);
            }
        }
        assertEquals(CatalogXml.toXml(c), out.toString(StandardCharsets.UTF_8));
        try (org.gkml.catalog.io.CatalogReader r = CatalogXml.open(new ByteArrayInputStream(out.toByteArray()), "s.xml")) {
            assertEquals(c.id(), r.header().id());
            int n = 0;
            for (org.gkml.catalog.model.Entry e; (e = r.next()) != null; n++) {
                assertEquals(c.entries().get(n), e);
            }
            assertEquals(c.entries().size(), n);
        }
    }

    @Test
    void aHugeText_isRefusedWithItsLine_beforeItIsHeld() {
        String xml = CatalogXml.toXml(new CatalogGenerator(3).catalog(1)).replaceFirst("<code>[^<]*</code>",
                "<code>" + "码".repeat(3_000_000) + "</code>");
        CatalogFormatException e = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> assertThrows(CatalogFormatException.class, () -> read(xml)));
        assertTrue(e.getMessage().contains("a text of more than " + CanonicalNames.MAX_TEXT + " characters"), e.getMessage());
        assertTrue(e.location().line() > 1, e.getMessage());
    }

    @Test
    void textBetweenTheElementsOfAStructuredElement_isNotPassedOver() throws Exception {
        String xml = mutated("<code>", "stray words<code>");
        CatalogFormatException strict = assertThrows(CatalogFormatException.class, () -> read(xml));
        assertTrue(strict.getMessage().contains("unexpected text \"stray words\" in <entry>"), strict.getMessage());
        List<org.gkml.catalog.io.BindingProblem> problems = new java.util.ArrayList<>();
        try (org.gkml.catalog.io.CatalogReader r = CatalogXml.open(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "t.xml", problems::add)) {
            r.readAll();
        }
        assertEquals(1, problems.size(), problems.toString());
        assertEquals("/entries/0", problems.get(0).location().pointer());
        String inContent = mutated("<summary>", "loose<summary>");
        List<org.gkml.catalog.io.BindingProblem> p2 = new java.util.ArrayList<>();
        try (org.gkml.catalog.io.CatalogReader r = CatalogXml.open(new ByteArrayInputStream(inContent.getBytes(StandardCharsets.UTF_8)), "t.xml", p2::add)) {
            r.readAll();
        }
        assertEquals(List.of("/entries/0/content"), p2.stream().map(b -> b.location().pointer()).toList());
        // between entries, outside any entry: the document is malformed, lenient or not
        String between = CatalogXml.toXml(new CatalogGenerator(9).catalog(2)).replaceFirst("</entry>", "</entry>loose");
        assertThrows(CatalogFormatException.class, () -> CatalogXml.open(new ByteArrayInputStream(between.getBytes(StandardCharsets.UTF_8)), "t.xml", b -> { }).readAll());
    }

    @Test
    void xsiAttributes_thatWouldSteerJaxb_areRefused() {
        String xml = mutated("<name>", "<name xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:nil=\"true\">");
        CatalogFormatException e = assertThrows(CatalogFormatException.class, () -> read(xml));
        assertTrue(e.getMessage().contains("attribute xsi:nil on <name> is not part of the format"), e.getMessage());
    }

    @Test
    void aTruncatedDocument_isAnUnexpectedEnd_notADtdWarning() throws Exception {
        String xml = CatalogXml.toXml(new CatalogGenerator(8).catalog(3));
        String cut = xml.substring(0, xml.length() / 2);
        CatalogFormatException e = assertThrows(CatalogFormatException.class, () -> read(cut));
        assertTrue(e.getMessage().contains("unexpected end of file"), e.getMessage());
        assertFalse(e.getMessage().contains("DTD"), e.getMessage());
    }

    @Test
    void extensionsNestedDeeperThanTheJsonLimit_areRefusedWithTheSameLimit() throws Exception {
        Catalog c = new CatalogGenerator(8).catalog(1);
        String xml = CatalogXml.toXml(c.toBuilder().extensions(null).build());
        String deep = "{\"a\": " + "[".repeat(3000) + "]".repeat(3000) + "}";
        String withDeep = xml.replaceFirst("<entries>", "<extensions>" + deep + "</extensions><entries>");
        CatalogFormatException e = assertThrows(CatalogFormatException.class, () -> read(withDeep));
        assertTrue(e.getMessage().contains("nesting deeper than 200"), e.getMessage());
    }

    /**
     * The JSON in {@code <extensions>} is read by the JSON reader's parser and binder: an object and nothing after it
     * (trailing text is refused, as in a JSON document), a repeated key reported at its own pointer, no JSON at all
     * refused at the element.
     */
    @Test
    void extensionsText_isOneJsonObject_readAsTheJsonReaderReadsIt() throws Exception {
        Catalog c = new CatalogGenerator(8).catalog(1);
        String xml = CatalogXml.toXml(c.toBuilder().extensions(null).build());
        java.util.function.Function<String, String> with = json -> xml.replaceFirst("<entries>", "<extensions>" + json + "</extensions><entries>");
        Catalog ok = read(with.apply("{\"备注\": \"说明\", \"n\": [1, 2.5, true, null], \"o\": {\"k\": \"v\"}}"));
        java.util.Map<String, Object> o = new java.util.LinkedHashMap<>();
        o.put("k", "v");
        java.util.Map<String, Object> expected = new java.util.LinkedHashMap<>();
        expected.put("备注", "说明");
        expected.put("n", List.of(new java.math.BigDecimal("1"), new java.math.BigDecimal("2.5"), Boolean.TRUE,
                org.gkml.catalog.model.Extensions.NULL));
        expected.put("o", o);
        assertEquals(new org.gkml.catalog.model.Extensions(expected), ok.extensions());
        String[][] refused = {
            {"{\"a\": 1} x", "", "must hold a JSON object: not valid JSON"},
            {"{\"a\": 1, \"a\": 2}", "/a", "duplicate key \"a\""},
            {"", "", "must hold a JSON object: not valid JSON"},
            {"[1]", "", "must hold a JSON object, found array"},
        };
        for (String[] r : refused) {
            CatalogFormatException e = assertThrows(CatalogFormatException.class, () -> read(with.apply(r[0])), r[0]);
            assertEquals("/extensions" + r[1], e.location().pointer(), e.getMessage());
            assertTrue(e.getMessage().contains(r[2]), e.getMessage());
        }
    }
}
