package org.gkml.catalog.io.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.gkml.catalog.model.Token;

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

    /** The message for a string that is not one of an enumeration's tokens (shared by both binders). */
    static <E extends Enum<E> & Token> String unknownTokenMessage(Class<E> type, String s) {
        List<String> tokens = new ArrayList<>();
        for (E c : type.getEnumConstants()) {
            tokens.add(c.token());
        }
        return "unknown " + org.gkml.catalog.model.Token.describe(type) + " \"" + s + "\"; expected one of " + tokens;
    }
}
