package org.gkml.catalog.cli;

import java.util.Locale;
import java.util.function.UnaryOperator;

/** The language a person reads: {@code --lang}, else LC_ALL/LANG, else Chinese. */
final class Lang {
    private Lang() {
    }

    static Locale parse(String lang) {
        switch (lang.toLowerCase(Locale.ROOT)) {
            case "zh": case "zh-cn": case "zh_cn": return Locale.SIMPLIFIED_CHINESE;
            case "en": return Locale.ENGLISH;
            default: throw new IllegalArgumentException("--lang \"" + lang + "\"：未知的语言，应为 zh 或 en (unknown language; expected zh or en)");
        }
    }

    /** The language of {@code --lang} when given, else English when LC_ALL (or, unset, LANG) names an English locale, else Chinese. */
    static Locale resolve(String lang, UnaryOperator<String> env) {
        if (lang != null) {
            return parse(lang);
        }
        String all = env.apply("LC_ALL");
        String given = all != null && !all.isEmpty() ? all : env.apply("LANG");
        return given != null && given.toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }

    /** The value of the first {@code --lang} among the arguments, or null. */
    static String given(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--")) {
                return null;
            }
            if (args[i].startsWith("--lang=")) {
                return args[i].substring(7);
            } else if (args[i].equals("--lang") && i + 1 < args.length) {
                return args[i + 1];
            }
        }
        return null;
    }
}
