package org.gkml.catalog.validation;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Localized rule titles, messages and report labels from the resource bundles. */
final class Messages {

    private static final String BUNDLE = "org.gkml.catalog.validation.messages";
    private static final ResourceBundle ZH = ResourceBundle.getBundle(BUNDLE, Locale.ROOT,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    private static final ResourceBundle EN = ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    private final Locale locale;

    Messages(Locale locale) {
        this.locale = locale;
    }

    static boolean english(Locale l) {
        return Locale.ENGLISH.getLanguage().equals(l.getLanguage());
    }

    static String get(Locale l, String key) {
        try {
            return (english(l) ? EN : ZH).getString(key);
        } catch (MissingResourceException e) {
            return null;
        }
    }

    String label(String key) {
        String s = get(locale, "label." + key);
        return s == null ? key : s;
    }

    /** Formats a template with value parameters (the template is ours; arguments are data). */
    static String format(String template, Locale l, Object... args) {
        return format(compile(template, l), args);
    }

    /** A template compiled once, for formatting many messages. */
    static MessageFormat compile(String template, Locale l) {
        return new MessageFormat(template.replace("'", "''"), l);
    }

    static String format(MessageFormat f, Object... args) {
        Object[] safe = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            safe[i] = args[i] == null ? "" : args[i] instanceof Number ? args[i] : String.valueOf(args[i]);
        }
        return f.format(safe);
    }
}
