package org.gkml.catalog.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every audit message in both languages: a message has no fallback to the other language's file. */
class AuditMessageFilesTest {

    private static Properties load(String name) throws Exception {
        Properties p = new Properties();
        try (InputStreamReader r = new InputStreamReader(AuditMessageFilesTest.class.getResourceAsStream(name), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    @Test
    void chineseAndEnglish_haveTheSameKeys() throws Exception {
        assertEquals(new TreeSet<>(load("/org/gkml/catalog/ledger/audit.properties").stringPropertyNames()),
                new TreeSet<>(load("/org/gkml/catalog/ledger/audit_en.properties").stringPropertyNames()));
    }
}
