package org.gkml.catalog.cli;

import java.util.Locale;

/** The --lang option. */
final class Lang {
    private Lang() {
    }

    static Locale parse(String lang) {
        switch (lang) {
            case "zh": case "zh-CN": return Locale.SIMPLIFIED_CHINESE;
            case "en": return Locale.ENGLISH;
            default: throw new IllegalArgumentException("unknown --lang \"" + lang + "\"; expected zh or en");
        }
    }
}
