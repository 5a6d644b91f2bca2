package org.gkml.catalog.io.xml;

import java.util.Map;
import java.util.Set;

/** How the JSON members map to XML elements: list containers and their item names, numbers, booleans, tags. */
final class XmlShape {

    private XmlShape() {
    }

    /** JSON array member → XML item element name inside the container element of the same name. */
    static final Map<String, String> LISTS = Map.of("category", "name", "elements", "element", "basis", "reference",
            "subjects", "subject", "channels", "channel", "levels", "level", "conditions", "condition", "entries", "entry");
    /** Members that are integers. */
    static final Set<String> INTEGERS = Set.of("amount", "month", "day");
    /** Members that are booleans. */
    static final Set<String> BOOLEANS = Set.of("endOfMonth");
    /** Objects whose {@code type} member is an XML attribute (the tagged deadline and duration variants). */
    static final Set<String> TAGGED = Set.of("deadline", "duration");
    /** Members whose value is arbitrary JSON, carried as JSON text in XML. */
    static final Set<String> JSON_TEXT = Set.of("extensions");
}
