package org.gkml.catalog.cli;

import java.util.Locale;

/** The --lang option. */
final class Lang {
    private Lang() {
    }

    static Locale parse(String lang) {
        switch (lang.toLowerCase(Locale.ROOT)) {
            case "zh": case "zh-cn": return Locale.SIMPLIFIED_CHINESE;
            case "en": return Locale.ENGLISH;
            default: throw new IllegalArgumentException("unknown --lang \"" + lang + "\"; expected zh or en");
        }
    }

    /** The language of {@code --lang} when given, else English when LC_ALL (or, unset, LANG) names an English locale, else Chinese. */
    static Locale resolve(String lang) {
        if (lang != null) {
            return parse(lang);
        }
        String all = System.getenv("LC_ALL");
        String env = all != null && !all.isEmpty() ? all : System.getenv("LANG");
        return env != null && env.toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }
}
