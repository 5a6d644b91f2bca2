package org.gkml.catalog.io.json;

import java.util.Set;

/** The binder's wording of structural problems, and JSON Pointer escaping. Stateless. */
final class BindingMessages {

    private BindingMessages() {
    }

    static String escape(String key) {
        if (key.indexOf('~') < 0 && key.indexOf('/') < 0) {
            return key; // the common case, without allocating
        }
        return key.replace("~", "~0").replace("/", "~1");
    }

    /** The message for a key the format does not define (shared by both binders). */
    static String unknownKeyMessage(String key, Set<String> allowed) {
        return "unknown key \"" + key + "\"; expected one of " + new java.util.TreeSet<>(allowed)
                + " (publisher data belongs in \"extensions\")";
    }
}
