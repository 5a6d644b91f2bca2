package org.gkml.catalog.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gkml.catalog.io.BindingProblem;
import org.gkml.catalog.io.xml.CatalogXml;
import org.gkml.catalog.testkit.CatalogGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What the XML writer writes is valid against {@code catalog.xsd}; the reference check itself is hardened. */
class XmlSchemaConformanceTest {

    static java.util.stream.LongStream seeds() {
        return java.util.stream.LongStream.range(0, 80).map(i -> 31337L + i);
    }

    private static List<BindingProblem> check(String xml) {
        return XmlSchemaCheck.check(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "x.xml");
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void writtenXml_validatesAgainstTheXsd(long seed) {
        assertEquals(List.of(), check(CatalogXml.toXml(new CatalogGenerator(seed).catalog(12))), "seed " + seed);
    }

    @Test
    void anInvalidDocument_isRejectedByTheXsd() {
        String xml = CatalogXml.toXml(new CatalogGenerator(7).catalog(2)).replaceFirst("<method>[a-zA-Z]+</method>", "<method>x</method>");
        assertFalse(check(xml).isEmpty(), "a method outside the vocabulary");
    }

    @Test
    void xxe_readingALocalFile_isRefusedByTheReferenceCheckToo(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET");
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE catalog [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
                + "<catalog xmlns=\"" + CatalogXml.NAMESPACE + "\"><specVersion>&x;</specVersion></catalog>";
        List<BindingProblem> p = check(xml);
        assertFalse(p.isEmpty());
        assertFalse(p.toString().contains("TOP-SECRET"));
    }
}
