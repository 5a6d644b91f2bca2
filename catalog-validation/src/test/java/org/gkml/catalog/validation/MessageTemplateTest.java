package org.gkml.catalog.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.MessageFormat;
import java.util.Collections;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** The light message templates format exactly as MessageFormat does, for every message of both bundles. */
class MessageTemplateTest {

    private static String reference(String template, Locale l, Object... args) {
        Object[] safe = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            safe[i] = args[i] == null ? "" : args[i] instanceof Number ? args[i] : String.valueOf(args[i]);
        }
        return new MessageFormat(template.replace("'", "''"), l).format(safe);
    }

    @Test
    void everyBundleMessage_formatsAsMessageFormat() {
        Object[][] argSets = {
            {"事项“公开”", 1234567, "it's {0} ’quoted’"},
            {null, 20, -3.5},
            {0, -5, 999},
            {-999, 1000, (short) 7},
            {(byte) -3, 123L, -1000L},
            {"a", "b"},
            {},
        };
        int checked = 0;
        for (Locale l : new Locale[] {Locale.ROOT, Locale.ENGLISH, Locale.CHINESE, Locale.SIMPLIFIED_CHINESE, Locale.US,
            Locale.forLanguageTag("ar-EG"), Locale.forLanguageTag("hi-IN-u-nu-deva")}) {
            ResourceBundle b = Messages.english(l) ? new MessagesEn() : new MessagesZh();
            for (String key : Collections.list(b.getKeys())) {
                String template = b.getString(key);
                Messages.Template t = Messages.compile(template, l);
                for (Object[] args : argSets) {
                    assertEquals(reference(template, l, args), t.format(args), key + " " + l);
                    checked++;
                }
            }
        }
        assertEquals(true, checked > 200, "checked " + checked);
    }

    @Test
    void otherMessageFormatSyntax_goesThroughMessageFormat() {
        String template = "{0,number,#} days, {1}";
        assertEquals(reference(template, Locale.ENGLISH, 1234, "x"), Messages.compile(template, Locale.ENGLISH).format(1234, "x"));
        assertEquals("1234 days, x", Messages.compile(template, Locale.ENGLISH).format(1234, "x"));
    }
}
