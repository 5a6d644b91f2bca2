package org.gkml.catalog.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.TreeSet;
import org.gkml.catalog.validation.RuleInfo;
import org.gkml.catalog.validation.Validator;
import org.junit.jupiter.api.Test;

/**
 * Every message in both languages, for the validation rules and the audit: the message files are read as they are,
 * and a key missing from one language has no fallback to the other's file.
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
        for (String base : new String[] {"/org/gkml/catalog/validation/messages", "/org/gkml/catalog/ledger/audit"}) {
            Properties zh = load(base + ".properties");
            assertEquals(new TreeSet<>(zh.stringPropertyNames()), new TreeSet<>(load(base + "_en.properties").stringPropertyNames()), base);
        }
        Properties rules = load("/org/gkml/catalog/validation/messages.properties");
        for (RuleInfo r : Validator.builtInRules()) {
            assertTrue(rules.containsKey(r.id() + ".title") && rules.containsKey(r.id() + ".message"), r.id());
        }
    }
}
