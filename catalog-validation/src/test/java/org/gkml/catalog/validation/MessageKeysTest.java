package org.gkml.catalog.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The validation's messages in both languages: the same keys, and every built-in rule its title and message. */
class MessageKeysTest {

    @Test
    void chineseAndEnglish_haveTheSameKeys_andEveryRuleItsTexts() {
        Set<String> zh = new TreeSet<>(new MessagesZh().keySet());
        assertEquals(zh, new TreeSet<>(new MessagesEn().keySet()));
        for (RuleInfo r : Validator.builtInRules()) {
            for (String part : new String[] {".title", ".message"}) {
                assertTrue(zh.contains(r.id() + part), r.id() + part);
                assertTrue(!Messages.get(Locale.ROOT, r.id() + part).isBlank() && !Messages.get(Locale.ENGLISH, r.id() + part).isBlank(),
                        r.id() + part);
            }
        }
        assertEquals("通过", new Messages(Locale.ROOT).label("valid"));
        assertEquals("valid", new Messages(Locale.ENGLISH).label("valid"));
    }
}
