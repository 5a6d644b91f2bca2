package org.gkml.catalog.io;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The wire format's members, declared once: every object's keys in wire order (the order writers write them and
 * {@code schema/catalog.schema.json} lists them), the keys that are structurally required, and the members of each
 * variant of a deadline and a duration. The JSON reader, the JSON and XML writers (checked against this in tests,
 * since JAXB's element order must be written as annotation constants), the diff's field list and the source map of
 * an imported sheet all take their keys from here. Immutable and thread-safe.
 *
 * @since 0.2
 */
public final class WireFormat {

    private WireFormat() {
    }

    /** A catalog's members. */
    public static final List<String> CATALOG = List.of("specVersion", "id", "title", "publisher", "region", "version",
            "issued", "status", "domain", "extensions", "entries");
    /** A catalog's members that must be present for the document to be read at all. */
    public static final List<String> CATALOG_REQUIRED = List.of("specVersion", "id", "title", "entries");
    /** An entry's members. */
    public static final List<String> ENTRY = List.of("code", "category", "name", "content", "basis", "deadline",
            "duration", "subjects", "method", "audience", "channels", "levels", "responsibility", "status", "extensions");
    /** An organization's members (publisher, subjects). */
    public static final List<String> ORGANIZATION = List.of("name", "creditCode", "divisionCode");
    /** A region's members. */
    public static final List<String> REGION = List.of("code", "name");
    /** A content's members. */
    public static final List<String> CONTENT = List.of("summary", "elements");
    /** A legal reference's members. */
    public static final List<String> LEGAL_REFERENCE = List.of("title", "docNumber", "provision", "text");
    /** An audience's members. */
    public static final List<String> AUDIENCE = List.of("scope", "description");
    /** A channel's members. */
    public static final List<String> CHANNEL = List.of("type", "name", "url");
    /** A responsibility's members. */
    public static final List<String> RESPONSIBILITY = List.of("unit", "person", "contact");
    /** A deadline condition's members. */
    public static final List<String> CONDITION = List.of("when", "deadline");
    /** Each deadline variant (its {@code type} token) with its members. */
    public static final Map<String, List<String>> DEADLINE_VARIANTS = ordered(
            "within", List.of("type", "trigger", "triggerText", "amount", "unit", "text", "conditions"),
            "byDate", List.of("type", "recurrence", "year", "month", "day", "endOfMonth", "text", "conditions"),
            "periodic", List.of("type", "recurrence", "amount", "unit", "text", "conditions"),
            "immediate", List.of("type", "text", "conditions"),
            "prompt", List.of("type", "text", "conditions"),
            "sameAsAbove", List.of("type", "text"),
            "unparsed", List.of("type", "text", "conditions"));
    /** Each duration variant (its {@code type} token) with its members. */
    public static final Map<String, List<String>> DURATION_VARIANTS = ordered(
            "permanent", List.of("type", "text"),
            "latestValid", List.of("type", "text"),
            "tenure", List.of("type", "text"),
            "fixed", List.of("type", "amount", "unit", "text"),
            "unparsed", List.of("type", "text"));

    private static <V> Map<String, V> ordered(Object... keysAndValues) {
        Map<String, V> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            @SuppressWarnings("unchecked")
            V v = (V) keysAndValues[i + 1];
            m.put((String) keysAndValues[i], v);
        }
        return java.util.Collections.unmodifiableMap(m);
    }

    /** The members any variant of a family may have (the union of {@link #DEADLINE_VARIANTS}' lists, say), in order. */
    public static List<String> union(Map<String, List<String>> variants) {
        Set<String> all = new LinkedHashSet<>();
        for (List<String> keys : variants.values()) {
            all.addAll(keys);
        }
        return List.copyOf(all);
    }

    /**
     * What a text holds that the wire format forbids everywhere, or null: a C0 control character other than tab, line
     * feed and carriage return (XML 1.0 cannot carry them), or a lone surrogate (not a character).
     */
    public static String textProblem(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                return String.format("text holds the control character U+%04X at character %d; only tab, line feed and "
                        + "carriage return may appear in text", (int) c, i + 1);
            }
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return String.format("text holds an unpaired surrogate \\u%04X at character %d (not a character)", (int) c, i + 1);
            }
        }
        return null;
    }
}
