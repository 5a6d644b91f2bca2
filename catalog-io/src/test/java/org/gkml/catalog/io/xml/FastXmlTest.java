package org.gkml.catalog.io.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.gkml.catalog.io.BindingProblem;
import org.gkml.catalog.io.CatalogReader;
import org.gkml.catalog.io.Catalogs;
import org.gkml.catalog.model.Catalog;
import org.gkml.catalog.testkit.CatalogGenerator;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fast XML path reads what the JAXB reader reads: the same catalog, entry locations, problems and errors, on
 * generated documents (where it must not fall back) and on documents mutated in the ways real files differ (where
 * it may fall back, and the outcome must still be the reference reader's).
 */
class FastXmlTest {

    @TempDir
    Path dir;

    static java.util.stream.LongStream seeds() {
        return java.util.stream.LongStream.range(0, 60).map(i -> 5150L + i);
    }

    /** Everything a reading yields: the entries with their locations, the catalog, the problems, or the error. */
    private static List<Object> outcome(CatalogReader r, List<BindingProblem> problems) {
        List<Object> out = new ArrayList<>();
        try (r) {
            out.add(r.header());
            for (var e = r.next(); e != null; e = r.next()) {
                out.add(e);
                out.add(r.entryLocation());
            }
            out.add(r.trailer());
        } catch (IOException | RuntimeException e) {
            out.add(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        out.addAll(problems);
        return out;
    }

    private List<Object> fast(Path file, boolean lenient) throws IOException {
        List<BindingProblem> problems = new ArrayList<>();
        Consumer<BindingProblem> sink = lenient ? problems::add : null;
        return outcome(Catalogs.open(file, sink), problems);
    }

    private static List<Object> reference(byte[] xml, String name, boolean lenient) throws IOException {
        List<BindingProblem> problems = new ArrayList<>();
        return outcome(CatalogXml.open(new ByteArrayInputStream(xml), name, lenient ? problems::add : null), problems);
    }

    private Path file(String text) throws IOException {
        Path p = Files.createTempFile(dir, "catalog", ".xml");
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void generatedDocuments_readFast_likeJaxb(long seed) throws IOException {
        CatalogGenerator g = new CatalogGenerator(seed);
        Catalog c = g.catalog(1 + g.random().nextInt(40));
        String xml = CatalogXml.toXml(c);
        Path p = file(xml);
        List<Object> expected = reference(xml.getBytes(StandardCharsets.UTF_8), p.getFileName().toString(), false);
        assertEquals(expected, fast(p, false));
        assertEquals(reference(xml.getBytes(StandardCharsets.UTF_8), p.getFileName().toString(), true), fast(p, true));
        try (CatalogReader r = FastXml.open(p, null)) {
            assertEquals(c, r.readAll());
            assertFalse(((XmlFallbackReader) r).fellBack(), "a generated document is read without falling back, seed " + seed);
        }
    }

    /** Ways a document can differ from what the writer writes, each applied at a random place. */
    static String mutate(String xml, Random r) {
        List<Integer> tags = new ArrayList<>();
        for (int i = xml.indexOf("<", 1); i >= 0; i = xml.indexOf("<", i + 1)) {
            if (xml.charAt(i + 1) != '/' && xml.charAt(i + 1) != '?') {
                tags.add(i);
            }
        }
        if (tags.isEmpty()) {
            return xml;
        }
        int at = tags.get(r.nextInt(tags.size()));
        int close = xml.indexOf('>', at);
        int nameEnd = at + 1;
        while (nameEnd < xml.length() && Character.isLetterOrDigit(xml.charAt(nameEnd))) {
            nameEnd++;
        }
        if (close < 0) {
            return xml + "<";
        }
        String name = xml.substring(at + 1, nameEnd);
        int end = xml.indexOf("</" + name + ">", close);
        switch (r.nextInt(16)) {
            case 0: return xml.substring(0, at) + "<colour>red</colour>" + xml.substring(at); // an unknown element
            case 1: return xml.substring(0, nameEnd) + " lang=\"zh\"" + xml.substring(nameEnd); // an unknown attribute
            case 2: return end < 0 ? xml : xml.substring(0, end) + "\n<!-- 注释 -->" + xml.substring(end); // a comment
            case 3: return xml.replace("\n", "\r\n"); // Windows line ends
            case 4: return xml.replaceAll(">\\s+<", "><"); // one line
            case 5: { // an element repeated
                return end < 0 ? xml : xml.substring(0, end + name.length() + 3) + xml.substring(at, end + name.length() + 3)
                        + xml.substring(end + name.length() + 3);
            }
            case 6: return end < 0 ? xml : xml.substring(0, at) + xml.substring(end + name.length() + 3); // an element removed
            case 7: return xml.substring(0, close + 1) + "stray" + xml.substring(close + 1); // text where it may not be
            case 8: return xml.substring(0, xml.length() * (1 + r.nextInt(9)) / 10); // cut short
            case 9: return xml.replace("<method>proactive</method>", "<method>sometimes</method>"); // a bad token
            case 10: return xml.replace("<code>", "<code><![CDATA[").replace("</code>", "]]></code>"); // CDATA
            case 11: return xml.replace("公开", "&#20844;开").replace("<name>", "<name>&amp;"); // references
            case 12: return xml.substring(0, at) + "<x:" + xml.substring(at + 1); // a prefix (unbound)
            case 13: return xml.replaceFirst("<catalog ", "<!DOCTYPE catalog [<!ENTITY e \"x\">]>\n<catalog "); // a DTD
            case 14: return xml.replace("<issued>", "<issued>20x"); // a bad date
            default: return xml.replaceFirst("<entries>", "<entries xmlns=\"https://gkml.org/schema/catalog/1.0\">"); // a redeclaration
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void mutatedDocuments_giveTheReferenceOutcome(long seed) throws IOException {
        CatalogGenerator g = new CatalogGenerator(seed);
        Random r = new Random(seed);
        String original = CatalogXml.toXml(g.catalog(1 + g.random().nextInt(12)));
        for (int k = 0; k < 12; k++) {
            String xml = mutate(original, r);
            if (r.nextBoolean()) {
                xml = mutate(xml, r);
            }
            Path p = file(xml);
            byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
            String name = p.getFileName().toString();
            same(reference(bytes, name, false), fast(p, false), "strict, seed " + seed + ", mutation " + k + ":\n" + xml);
            same(reference(bytes, name, true), fast(p, true), "lenient, seed " + seed + ", mutation " + k + ":\n" + xml);
        }
    }

    /** Equal outcomes; a failure shows the first item that differs. */
    private static void same(List<Object> expected, List<Object> actual, String what) {
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            assertEquals(expected.get(i), actual.get(i), "item " + i + ", " + what);
        }
        assertEquals(expected.size(), actual.size(), what);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void windowsLineEndsOneLineAndByteOrderMark_stillReadFast(long seed) throws IOException {
        CatalogGenerator g = new CatalogGenerator(seed);
        String xml = CatalogXml.toXml(g.catalog(1 + g.random().nextInt(10)));
        String oneLine = xml.replaceAll(">\\s+<", "><");
        for (String variant : List.of(xml.replace("\n", "\r\n"), oneLine, "\uFEFF" + oneLine, "\uFEFF" + xml)) {
            Path p = file(variant);
            assertEquals(reference(variant.getBytes(StandardCharsets.UTF_8), p.getFileName().toString(), true), fast(p, true));
            try (CatalogReader rd = FastXml.open(p, null)) {
                rd.readAll();
                assertTrue(!((XmlFallbackReader) rd).fellBack(), "seed " + seed);
            }
        }
    }
}
