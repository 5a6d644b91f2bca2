package org.gkml.catalog.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every message of the audit in both languages: the message files are read as they are, and a key missing from one
 * language has no fallback to the other's file (the validation's messages: {@code MessageKeysTest}).
 */
class MessageFilesTest {

    private static Properties load(String name) throws Exception {
        Properties p = new Properties();
        try (InputStreamReader r = new InputStreamReader(MessageFilesTest.class.getResourceAsStream(name), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    @Test
    void chineseAndEnglish_haveTheSameKeys() throws Exception {
        String base = "/org/gkml/catalog/ledger/audit";
        Properties zh = load(base + ".properties");
        assertEquals(new TreeSet<>(zh.stringPropertyNames()), new TreeSet<>(load(base + "_en.properties").stringPropertyNames()), base);
    }
}
