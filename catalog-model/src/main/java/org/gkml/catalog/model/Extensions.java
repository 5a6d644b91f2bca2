package org.gkml.catalog.model;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Publisher-specific data kept verbatim: an immutable JSON-like object.
 *
 * <p>Member values are {@link String}, {@link BigDecimal} (every number, so nothing is lost), {@link Boolean},
 * {@link #NULL}, an unmodifiable {@code List<Object>} or an unmodifiable {@code Map<String, Object>} of the
 * same kinds, in insertion order. Immutable and thread-safe.
 *
 * @param members the object's members in document order
 * @since 0.1
 */
public record Extensions(Map<String, Object> members) {

    /** The JSON {@code null} value inside extensions. */
    public static final Object NULL = JsonNull.INSTANCE;

    /** The empty object. */
    public static final Extensions EMPTY = new Extensions(Map.of());

    private enum JsonNull {
        INSTANCE;

        @Override
        public String toString() {
            return "null";
        }
    }

    public Extensions {
        members = copyObject(members, null);
    }

    /** Whether there are no members. */
    public boolean isEmpty() {
        return members.isEmpty();
    }

    /** Whether a value is the JSON null marker. */
    public static boolean isNull(Object value) {
        return value == NULL;
    }

    /** Where a value is, as a JSON Pointer built only when an error names it. */
    private record At(At parent, Object key) {
        @Override
        public String toString() {
            return (parent == null ? "" : parent.toString()) + "/" + key;
        }
    }

    private static Map<String, Object> copyObject(Map<String, ?> in, At path) {
        if (in == null) {
            return Map.of();
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, ?> e : in.entrySet()) {
            if (e.getKey() == null) {
                throw new IllegalArgumentException("extensions: null key in object at \"" + (path == null ? "" : path) + "\"");
            }
            out.put(e.getKey(), copyValue(e.getValue(), new At(path, e.getKey())));
        }
        return Collections.unmodifiableMap(out);
    }

    @SuppressWarnings("unchecked")
    private static Object copyValue(Object v, At path) {
        if (v == null || v == NULL) {
            return NULL;
        }
        if (v instanceof String || v instanceof Boolean) {
            return v;
        }
        if (v instanceof BigDecimal d) {
            return d;
        }
        if (v instanceof BigInteger i) {
            return new BigDecimal(i);
        }
        if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
            return BigDecimal.valueOf(((Number) v).longValue());
        }
        if (v instanceof Map<?, ?> m) {
            return copyObject((Map<String, ?>) m, path);
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>(l.size());
            for (int i = 0; i < l.size(); i++) {
                out.add(copyValue(l.get(i), new At(path, i)));
            }
            return Collections.unmodifiableList(out);
        }
        throw new IllegalArgumentException("extensions: value of type " + v.getClass().getName() + " at \"" + path
                + "\" is not JSON-like (use String, BigDecimal, Boolean, List, Map or Extensions.NULL)");
    }
}
