package org.gkml.catalog.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.gkml.catalog.io.CatalogFormatException;
import org.gkml.catalog.io.Catalogs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The line said of a file that cannot be read at all: where, then the problem, in Chinese unless English is asked for. */
class UnreadableLineTest {

    @TempDir
    Path dir;

    @Test
    void brokenDocuments_areSaidInChinese_withTheirPlace() throws Exception {
        String ns = "https://gkml.org/schema/catalog/1.0";
        Map<String, String> files = Map.of(
                "cut.json", "{\"specVersion\": \"1.0\", \"id\": \"x\", \"title\": \"t",
                "dtd.xml", "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"b\">]><catalog xmlns=\"" + ns + "\"/>",
                "ns.xml", "<catalog><specVersion>1.0</specVersion></catalog>",
                "unknown.xml", "<catalog xmlns=\"" + ns + "\"><specVersion>1.0</specVersion><id>x</id><title>t</title>"
                        + "<entries><entry><bogus/></entry></entries></catalog>",
                "cut.xml", "<catalog xmlns=\"" + ns + "\"><specVersion>1.0</specVersion><id>x</id><title>t</title><entries><entry>",
                "twice.xml", "<catalog xmlns=\"" + ns + "\"><id>x</id><id>y</id></catalog>");
        for (Map.Entry<String, String> f : files.entrySet()) {
            Path p = dir.resolve(f.getKey());
            Files.writeString(p, f.getValue(), StandardCharsets.UTF_8);
            CatalogFormatException e = assertThrows(CatalogFormatException.class, () -> Catalogs.read(p), f.getKey());
            String zh = Reports.unreadable(e, Locale.SIMPLIFIED_CHINESE);
            assertTrue(zh.matches("(?s)" + f.getKey().replace(".", "\\.") + " 第 \\d+ 行(第 \\d+ 列)?：.+"), zh);
            String problem = zh.substring(zh.indexOf('：') + 1);
            for (String english : new String[] {"expected", "unexpected", "Unexpected", "element <", "not allowed", "ends too early", "appears"}) {
                assertFalse(problem.startsWith(english) || problem.contains(" " + english + " "), f.getKey() + ": " + zh);
            }
            assertEquals(e.getMessage(), Reports.unreadable(e, Locale.ENGLISH));
        }
    }
}
