package org.gkml.catalog.validation;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Localized rule titles, messages and report labels ({@link MessagesZh}, {@link MessagesEn}). */
final class Messages {

    /** The Chinese messages, made when first asked for. */
    private static final class Zh {
        static final ResourceBundle MESSAGES = new MessagesZh();
    }

    /** The English messages, made only when English is asked for. */
    private static final class En {
        static final ResourceBundle MESSAGES = new MessagesEn();
    }

    private final Locale locale;

    /** The language of these messages. */
    Locale locale() {
        return locale;
    }

    Messages(Locale locale) {
        this.locale = locale;
    }

    static boolean english(Locale l) {
        return Locale.ENGLISH.getLanguage().equals(l.getLanguage());
    }

    static String get(Locale l, String key) {
        ResourceBundle b = english(l) ? En.MESSAGES : Zh.MESSAGES;
        return b.containsKey(key) ? b.getString(key) : null;
    }

    String label(String key) {
        String s = get(locale, "label." + key);
        return s == null ? key : s;
    }

    /** A template compiled once, for formatting many messages with value parameters (arguments are data). */
    static Template compile(String template, Locale l) {
        return new Template(template, l);
    }

    /**
     * A message template: literal text with {@code {0}}, {@code {1}} … placeholders, formatted as {@link MessageFormat}
     * would (numbers with the locale's grouping, null as empty, quotes literal) without its machinery, which cost a
     * large share of a validation that reports many issues. Templates with other MessageFormat syntax (a rule
     * plug-in's {@code {0,number,#}}) go through MessageFormat itself.
     */
    static final class Template {
        private final String[] literals; // literal before each placeholder, and the tail
        private final int[] indexes;
        private final MessageFormat general;
        private final Locale locale;

        Template(String template, Locale locale) {
            this.locale = locale;
            if (!simple(template)) {
                general = new MessageFormat(template.replace("'", "''"), locale);
                literals = null;
                indexes = null;
                return;
            }
            general = null;
            java.util.List<String> lit = new java.util.ArrayList<>();
            java.util.List<Integer> idx = new java.util.ArrayList<>();
            int from = 0;
            for (int open = template.indexOf('{'); open >= 0; open = template.indexOf('{', from)) {
                int close = template.indexOf('}', open);
                lit.add(template.substring(from, open));
                idx.add(template.charAt(open + 1) - '0');
                from = close + 1;
            }
            lit.add(template.substring(from));
            literals = lit.toArray(new String[0]);
            indexes = new int[idx.size()];
            for (int i = 0; i < indexes.length; i++) {
                indexes[i] = idx.get(i);
            }
        }

        /** Whether every brace of the template is in a placeholder of one digit, {@code {0}} to {@code {9}} ({@code ScannedByHandTest}). */
        static boolean simple(String template) {
            for (int i = 0; i < template.length(); i++) {
                char c = template.charAt(i);
                if (c == '{') {
                    if (i + 2 >= template.length() || template.charAt(i + 1) < '0' || template.charAt(i + 1) > '9'
                            || template.charAt(i + 2) != '}') {
                        return false;
                    }
                    i += 2;
                } else if (c == '}') {
                    return false;
                }
            }
            return true;
        }

        String format(Object... args) {
            if (general != null) {
                Object[] safe = new Object[args.length];
                for (int i = 0; i < args.length; i++) {
                    safe[i] = args[i] == null ? "" : args[i] instanceof Number ? args[i] : String.valueOf(args[i]);
                }
                return general.format(safe);
            }
            StringBuilder b = new StringBuilder(literals[0]);
            for (int k = 0; k < indexes.length; k++) {
                int i = indexes[k];
                if (i >= args.length) {
                    b.append('{').append(i).append('}'); // as MessageFormat leaves a missing argument
                } else if (args[i] instanceof Number n) {
                    appendNumber(b, n);
                } else if (args[i] != null) {
                    b.append(args[i]);
                }
                b.append(literals[k + 1]);
            }
            return b.toString();
        }

        /**
         * A number as MessageFormat writes it: through the locale's NumberFormat, except a whole number under 1,000
         * in Chinese or English, written as its digits (what NumberFormat gives there, without starting the JDK's
         * locale data: some 10 ms of a first answer whose issues carry a number).
         */
        private void appendNumber(StringBuilder b, Number n) {
            boolean whole = n instanceof Integer || n instanceof Long || n instanceof Short || n instanceof Byte;
            String language = locale.getLanguage();
            if (whole && Math.abs(n.longValue()) < 1000 && (language.isEmpty() || language.equals("zh") || language.equals("en"))) {
                b.append(n.longValue());
            } else {
                b.append(java.text.NumberFormat.getInstance(locale).format(n));
            }
        }
    }
}
