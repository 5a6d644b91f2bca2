package org.gkml.catalog.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every message in both languages: a message has no fallback to the other language's file. */
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
        Properties zh = load("/org/gkml/catalog/validation/messages.properties");
        Properties en = load("/org/gkml/catalog/validation/messages_en.properties");
        assertEquals(new java.util.TreeSet<>(zh.stringPropertyNames()), new java.util.TreeSet<>(en.stringPropertyNames()));
        for (String id : BuiltInRules.SEVERITIES.keySet()) {
            assertEquals(true, zh.containsKey(id + ".title") && zh.containsKey(id + ".message"), id);
        }
    }
}
