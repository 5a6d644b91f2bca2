package org.gkml.catalog.io.json;

import jakarta.json.stream.JsonParser.Event;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gkml.catalog.io.CatalogFormatException;
import org.gkml.catalog.io.WireFormat;
import org.gkml.catalog.model.Deadline;
import org.gkml.catalog.model.Duration;
import org.gkml.catalog.model.Recurrence;
import org.gkml.catalog.model.TimeUnit;
import org.gkml.catalog.model.Trigger;

/**
 * The tagged values of the wire format, deadlines and durations, read from parser events by a {@link StreamingBinder}'s
 * primitives. Their members may come before their {@code type}: each is read into a slot by key number, then the type
 * says which members it has; a member the type lacks is reported at the place its value began. Not thread-safe (one
 * per binder).
 */
final class TaggedValues {

    private static final long DEADLINE_ANY = StreamingBinder.computeMask(Set.copyOf(WireFormat.union(WireFormat.DEADLINE_VARIANTS)));
    private static final Map<String, Set<String>> DEADLINE_KEYS = keySets(WireFormat.DEADLINE_VARIANTS);
    private static final Map<String, Long> DEADLINE_MASKS = masks(DEADLINE_KEYS);
    private static final long DURATION_ANY = StreamingBinder.computeMask(Set.copyOf(WireFormat.union(WireFormat.DURATION_VARIANTS)));
    private static final Map<String, Set<String>> DURATION_KEYS = keySets(WireFormat.DURATION_VARIANTS);
    private static final Map<String, Long> DURATION_MASKS = masks(DURATION_KEYS);

    private static Map<String, Set<String>> keySets(Map<String, List<String>> variants) {
        Map<String, Set<String>> m = new java.util.HashMap<>();
        for (Map.Entry<String, List<String>> v : variants.entrySet()) {
            m.put(v.getKey(), Set.copyOf(v.getValue()));
        }
        return Map.copyOf(m);
    }

    private static Map<String, Long> masks(Map<String, Set<String>> keysByType) {
        Map<String, Long> m = new java.util.HashMap<>();
        for (Map.Entry<String, Set<String>> k : keysByType.entrySet()) {
            m.put(k.getKey(), StreamingBinder.computeMask(k.getValue()));
        }
        return Map.copyOf(m);
    }

    private final StreamingBinder b;

    TaggedValues(StreamingBinder b) {
        this.b = b;
    }

    /** An explicit JSON null in a tagged object (distinct from a malformed value, which was reported). */
    private static final Object NULL = new Object();

    /**
     * The members of a tagged object, collected before the type is known (the tag need not come first); each its own
     * reader (not inlined into one large method, as for an entry's members), constants with bodies rather than lambdas
     * (see {@link StreamingBinder.Elements}).
     */
    private enum TaggedMember {
        TYPE("type") {
            @Override
            void read(StreamingBinder s, Event v, Object q, Tagged tg) throws CatalogFormatException {
                tg.typePresent = true;
                tg.typeLine = s.tagged.line();
                tg.typeColumn = s.tagged.column();
                tg.type = s.string(v, q);
                tg.typeBad = tg.type == null;
            }
        },
        TEXT("text") {
            @Override
            void read(StreamingBinder s, Event v, Object q, Tagged tg) throws CatalogFormatException {
                tg.put(s.string(v, q));
            }
        },
        TRIGGER_TEXT("triggerText") {
            @Override
            void read(StreamingBinder s, Event v, Object q, Tagged tg) throws CatalogFormatException {
                tg.put(s.string(v, q));
            }
        },
        CONDITIONS("conditions") {
            @Override
            void read(StreamingBinder s, Event v, Object q, Tagged tg) throws CatalogFormatException {
                tg.put(s.list(v, q, StreamingBinder.Item.CONDITION));
            }
        },
        TRIGGER("trigger") {
            @Override
            void read(StreamingBinder s, Event v, Object q, Tagged tg) throws CatalogFormatException {
                tg.put(v == Event.VALUE_NULL ? NULL : s.token(Trigger.class, v, q));
            }
        },
        UNIT("unit") {
            @Override
            void read(StreamingBinder s, Event v, Object q, Tagged tg) throws CatalogFormatException {
                tg.put(v == Event.VALUE_NULL ? NULL : s.token(TimeUnit.class, v, q));
            }
        },
        RECURRENCE("recurrence") {
            @Override
            void read(StreamingBinder s, Event v, Object q, Tagged tg) throws CatalogFormatException {
                tg.put(v == Event.VALUE_NULL ? NULL : s.token(Recurrence.class, v, q));
            }
        },
        AMOUNT("amount") {
            @Override
            void read(StreamingBinder s, Event v, Object q, Tagged tg) throws CatalogFormatException {
                tg.put(v == Event.VALUE_NULL ? NULL : s.integer(v, q, 0, Integer.MAX_VALUE));
            }
        },
        YEAR("year") {
            @Override
            void read(StreamingBinder s, Event v, Object q, Tagged tg) throws CatalogFormatException {
                tg.put(s.integer(v, q, 1, 9999));
            }
        },
        MONTH("month") {
            @Override
            void read(StreamingBinder s, Event v, Object q, Tagged tg) throws CatalogFormatException {
                tg.put(s.integer(v, q, 1, 12));
            }
        },
        DAY("day") {
            @Override
            void read(StreamingBinder s, Event v, Object q, Tagged tg) throws CatalogFormatException {
                tg.put(s.integer(v, q, 1, 31));
            }
        },
        END_OF_MONTH("endOfMonth") {
            @Override
            void read(StreamingBinder s, Event v, Object q, Tagged tg) throws CatalogFormatException {
                tg.put(s.bool(v, q));
            }
        };

        final String key;

        TaggedMember(String key) {
            this.key = key;
        }

        /** Reads this member's value, whose first event is {@code v}, into its slot. */
        abstract void read(StreamingBinder s, Event v, Object q, Tagged t) throws CatalogFormatException;
    }

    /** The members' readers of a family: a deadline's, a duration's. */
    private static Map<String, TaggedMember> readers(Map<String, List<String>> variants) {
        Map<String, TaggedMember> m = new java.util.HashMap<>();
        for (String key : WireFormat.union(variants)) {
            for (TaggedMember t : TaggedMember.values()) {
                if (t.key.equals(key)) {
                    m.put(key, t);
                }
            }
        }
        return m;
    }

    private static final Map<String, TaggedMember> DEADLINE_MEMBERS = readers(WireFormat.DEADLINE_VARIANTS);
    private static final Map<String, TaggedMember> DURATION_MEMBERS = readers(WireFormat.DURATION_VARIANTS);

    /**
     * Reads the members of a tagged object (deadline or duration) before its type is known: the tag need not come
     * first. Keys outside {@code any} are skipped and collected in {@code unknown}.
     */
    private Tagged tagged(Object ptr, long anyMask, List<Stray> unknown, Map<String, TaggedMember> members)
            throws CatalogFormatException {
        Tagged t = new Tagged();
        StreamingBinder.Keys keys = b.new Keys();
        for (Event x = b.next(); x != Event.END_OBJECT; x = b.next()) {
            String key = b.p.getString();
            Event v = b.next();
            Object q = new StreamingBinder.Ptr(ptr, key);
            int known = keys.see(key, q);
            if (known < 0 || (anyMask & (1L << known)) == 0) {
                unknown.add(new Stray(key, String.valueOf(q), line(), column())); // reported once the type is known
                b.skip(v);
                continue;
            }
            t.present |= 1L << known;
            t.at = known;
            t.lines[known] = line(); // where the member's value began, for a report made once the type is known
            t.columns[known] = column();
            members.get(key).read(b, v, q, t);
        }
        return t;
    }

    /** A member a tagged value's type does not have: its key, pointer, and where its value began (0 when not known). */
    private record Stray(String key, String pointer, long line, long column) {
    }

    /** The line where the current token began, when the parser tells; else 0. */
    long line() {
        return b.p instanceof Utf8JsonParser u ? u.tokenLine() : 0;
    }

    /** The column where the current token began, when the parser tells; else 0. */
    long column() {
        return b.p instanceof Utf8JsonParser u ? u.tokenColumn() : 0;
    }

    /**
     * The members allowed for a tagged object's type, after reporting a missing or unknown type and the members the
     * type does not have; {@code null} when the type is missing or bad.
     */
    private Set<String> resolve(Tagged t, Object ptr, Map<String, Set<String>> keysByType, Map<String, Long> masks, String what,
            List<Stray> unknown) throws CatalogFormatException {
        if (!t.typePresent) {
            b.sink.problem(String.valueOf(ptr + "/type"), "required", "missing key \"type\"; expected one of " + new java.util.TreeSet<>(keysByType.keySet()));
            return null;
        }
        if (t.typeBad) {
            return null;
        }
        Set<String> keys = keysByType.get(t.type);
        if (keys == null) {
            b.sink.problemAt(t.typeLine, t.typeColumn, String.valueOf(ptr + "/type"), "token", "unknown " + what + " type \""
                    + t.type + "\"; expected one of " + new java.util.TreeSet<>(keysByType.keySet()), t.type);
            return null;
        }
        long extra = t.present & ~masks.get(t.type);
        for (int k = 0; extra != 0; k++, extra >>>= 1) {
            if ((extra & 1) != 0) {
                unknown.add(new Stray(StreamingBinder.KEY_NAMES[k], ptr + "/" + StreamingBinder.KEY_NAMES[k], t.lines[k], t.columns[k]));
            }
        }
        for (Stray u : unknown) {
            b.sink.problemAt(u.line(), u.column(), u.pointer(), "unknownKey", BindingMessages.unknownKeyMessage(u.key(), keys), null);
        }
        return keys;
    }

    /** A tagged object's members by key number: a bit per present key, a slot per value (no maps per object). */
    private static final class Tagged {
        final Object[] values = new Object[StreamingBinder.KEY_NAMES.length];
        long present;
        /** The number of the key being read, for {@link #put(Object)}. */
        int at;
        String type;
        boolean typePresent;
        boolean typeBad;
        /** Where each member's value began, by key number (0 when the parser does not tell). */
        final long[] lines = new long[StreamingBinder.KEY_NAMES.length];
        final long[] columns = new long[StreamingBinder.KEY_NAMES.length];
        /** Where the type's value began, when the parser tells (for a report made after the object is read). */
        long typeLine;
        long typeColumn;

        void put(Object value) {
            values[at] = value;
        }

        Object get(String key) {
            return values[StreamingBinder.KEY_BITS.get(key)];
        }

        boolean has(String key) {
            return (present & (1L << StreamingBinder.KEY_BITS.get(key))) != 0;
        }
    }

    Deadline deadline(Event e, Object ptr) throws CatalogFormatException {
        if (!b.object(e, ptr)) {
            return null;
        }
        List<Stray> unknown = new ArrayList<>();
        Tagged t = tagged(ptr, DEADLINE_ANY, unknown, DEADLINE_MEMBERS);
        Set<String> keys = resolve(t, ptr, DEADLINE_KEYS, DEADLINE_MASKS, "deadline", unknown);
        if (keys == null) {
            return null;
        }
        String text = (String) t.get("text");
        @SuppressWarnings("unchecked")
        List<Deadline.Condition> conds = t.has("conditions") && keys.contains("conditions")
                ? (List<Deadline.Condition>) t.get("conditions") : List.of();
        switch (t.type) {
            case "within": {
                Trigger trigger = (Trigger) required(t, "trigger", ptr);
                Integer amount = (Integer) required(t, "amount", ptr);
                TimeUnit unit = (TimeUnit) required(t, "unit", ptr);
                if (trigger == null || amount == null || unit == null) {
                    return null;
                }
                return new Deadline.Within(trigger, (String) optional(t, "triggerText"), amount, unit, text, conds);
            }
            case "byDate": {
                Boolean end = t.has("endOfMonth") ? (Boolean) t.get("endOfMonth") : Boolean.FALSE;
                if (t.has("year")) { // a one-off date: its year and month, no recurrence
                    if (t.has("recurrence")) {
                        b.sink.problem(ptr + "/recurrence", "unknownKey", "a one-off date (it names its year) has no \"recurrence\"");
                        return null;
                    }
                    Integer y = (Integer) optional(t, "year");
                    Integer month = (Integer) required(t, "month", ptr);
                    if (y == null || month == null || end == null) {
                        return null;
                    }
                    return new Deadline.ByDate(null, month, (Integer) t.get("day"), end, text, conds, y);
                }
                Recurrence r = (Recurrence) required(t, "recurrence", ptr);
                if (r == null || end == null) {
                    return null;
                }
                return new Deadline.ByDate(r, (Integer) t.get("month"), (Integer) t.get("day"), end, text, conds);
            }
            case "periodic": {
                Recurrence r = (Recurrence) required(t, "recurrence", ptr);
                if (t.get("amount") == NULL) {
                    b.sink.problem(String.valueOf(ptr + "/amount"), "type", "expected an integer, found null");
                }
                Integer amount = (Integer) optional(t, "amount");
                TimeUnit unit = (TimeUnit) optional(t, "unit");
                if (r == null) {
                    return null;
                }
                if ((amount == null) != (unit == null)) {
                    b.sink.problem(String.valueOf(ptr), "required", "a periodic offset needs both \"amount\" and \"unit\"");
                    return null;
                }
                return new Deadline.Periodic(r, amount, unit, text, conds);
            }
            case "immediate": return new Deadline.Immediate(text, conds);
            case "prompt": return new Deadline.Prompt(text, conds);
            case "sameAsAbove": return new Deadline.SameAsAbove(text);
            default: return new Deadline.Unparsed(text, conds);
        }
    }

    /** A required member: absent or null is reported as missing; a malformed value was reported already. */
    private Object required(Tagged t, String key, Object ptr) throws CatalogFormatException {
        Object v = t.get(key);
        if (!t.has(key) || v == NULL) {
            b.sink.problem(String.valueOf(ptr + "/" + key), "required", "missing key \"" + key + "\"");
            return null;
        }
        return v;
    }

    /** An optional member: null is absent. */
    private Object optional(Tagged t, String key) {
        Object v = t.get(key);
        return v == NULL ? null : v;
    }

    Deadline.Condition condition(Event e, Object ptr) throws CatalogFormatException {
        if (!b.object(e, ptr)) {
            return null;
        }
        String when = null;
        boolean given = false;
        Deadline deadline = null;
        for (StreamingBinder.Members m = b.new Members(ptr, StreamingBinder.CONDITION_KEYS); m.next(); ) {
            if (m.key.equals("when")) {
                when = b.string(m.value, m.at);
            } else {
                given = m.value != Event.VALUE_NULL;
                deadline = given ? deadline(m.value, m.at) : null;
            }
        }
        if (!given) {
            b.sink.problem(String.valueOf(ptr + "/deadline"), "required", "missing key \"deadline\"");
            return null;
        }
        return deadline == null ? null : new Deadline.Condition(when, deadline);
    }

    Duration duration(Event e, Object ptr) throws CatalogFormatException {
        if (!b.object(e, ptr)) {
            return null;
        }
        List<Stray> unknown = new ArrayList<>();
        Tagged t = tagged(ptr, DURATION_ANY, unknown, DURATION_MEMBERS);
        Set<String> keys = resolve(t, ptr, DURATION_KEYS, DURATION_MASKS, "duration", unknown);
        if (keys == null) {
            return null;
        }
        String text = (String) t.get("text");
        switch (t.type) {
            case "permanent": return new Duration.Permanent(text);
            case "latestValid": return new Duration.LatestValid(text);
            case "tenure": return new Duration.Tenure(text);
            case "fixed": {
                Integer amount = (Integer) required(t, "amount", ptr);
                TimeUnit unit = (TimeUnit) required(t, "unit", ptr);
                return amount == null || unit == null ? null : new Duration.Fixed(amount, unit, text);
            }
            default: return new Duration.Unparsed(text);
        }
    }
}
