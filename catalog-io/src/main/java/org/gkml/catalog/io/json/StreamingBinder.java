package org.gkml.catalog.io.json;

import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParser.Event;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gkml.catalog.io.CatalogFormatException;
import org.gkml.catalog.model.Audience;
import org.gkml.catalog.model.AudienceScope;
import org.gkml.catalog.model.Channel;
import org.gkml.catalog.model.ChannelType;
import org.gkml.catalog.model.Content;
import org.gkml.catalog.model.Entry;
import org.gkml.catalog.model.EntryStatus;
import org.gkml.catalog.model.Extensions;
import org.gkml.catalog.model.IsoDates;
import org.gkml.catalog.model.LegalReference;
import org.gkml.catalog.model.Level;
import org.gkml.catalog.model.Method;
import org.gkml.catalog.model.Organization;
import org.gkml.catalog.model.Responsibility;
import org.gkml.catalog.model.Token;
import org.gkml.catalog.io.WireFormat;
import org.gkml.catalog.model.Catalog;
import org.gkml.catalog.model.CatalogStatus;
import org.gkml.catalog.model.Region;
import java.time.LocalDate;

/**
 * Binds the catalog's members and its entries straight from JSON-P parser events, without building a tree,
 * checking every key, type and token against the wire format ({@link org.gkml.catalog.io.WireFormat}) and
 * reporting each problem with its JSON Pointer. Values that are arbitrary JSON ({@code extensions}) are read into
 * plain Java values straight from the events as well. The structural verdict is tested against networknt's JSON
 * Schema validator on mutated documents ({@code catalog-conformance}).
 *
 * <p>In three parts: the primitives (one JSON value checked and read: a string, a token, an integer, a list, an
 * object's members), the catalog and entry objects built from them, and the tagged values (deadlines and durations,
 * whose members are read before their type is known) in {@link TaggedValues}.
 */
final class StreamingBinder {

    /** Receives structural problems: a strict sink throws, a lenient one collects and binding goes on. */
    interface Sink {
        void problem(String pointer, String kind, String message) throws CatalogFormatException;

        /** A problem with the offending value's text (a token not in its vocabulary, a value of the wrong type). */
        default void problem(String pointer, String kind, String message, String value) throws CatalogFormatException {
            problem(pointer, kind, message);
        }

        /** A problem about a member read earlier, at the line and column where it began (0 when not known). */
        default void problemAt(long line, long column, String pointer, String kind, String message, String value)
                throws CatalogFormatException {
            problem(pointer, kind, message, value);
        }
    }

    final JsonParser p;
    final Sink sink;
    /** The deadlines and durations: tagged values, read before their type is known. */
    final TaggedValues tagged = new TaggedValues(this);

    StreamingBinder(JsonParser p, Sink sink) {
        this.p = p;
        this.sink = sink;
    }

    /** A JSON Pointer built only when a problem is reported: the parent and this member's key or index. */
    static final class Ptr {
        private final Object parent;
        private final String key;

        Ptr(Object parent, String key) {
            this.parent = parent;
            this.key = key;
        }

        @Override
        public String toString() {
            return parent + "/" + BindingMessages.escape(key);
        }
    }

    // ---- primitives ------------------------------------------------------------------------------------------

    Event next() {
        return p.next();
    }

    /** Skips the value whose first event is {@code e} (already consumed). */
    void skip(Event e) {
        if (e == Event.START_OBJECT) {
            p.skipObject();
        } else if (e == Event.START_ARRAY) {
            p.skipArray();
        }
    }

    private String describe(Event e) {
        switch (e) {
            case START_OBJECT: return "an object";
            case START_ARRAY: return "an array";
            case VALUE_STRING: {
                String s = p.getString();
                return "the string \"" + (s.length() > 40 ? s.substring(0, 40) + "…" : s) + "\"";
            }
            case VALUE_NUMBER: return "the number " + p.getBigDecimal();
            case VALUE_NULL: return "null";
            case VALUE_TRUE: return "true";
            case VALUE_FALSE: return "false";
            default: return e.toString();
        }
    }

    private void wrong(Event e, Object ptr, String expected) throws CatalogFormatException {
        String what = describe(e);
        String value = e == Event.VALUE_STRING || e == Event.VALUE_NUMBER ? p.getString() : null;
        sink.problem(String.valueOf(ptr), "type", "expected " + expected + ", found " + what, value); // at the value, before skipping it
        skip(e);
    }

    String string(Event e, Object ptr) throws CatalogFormatException {
        if (e == Event.VALUE_NULL) {
            return null;
        }
        if (e != Event.VALUE_STRING) {
            wrong(e, ptr, "a string");
            return null;
        }
        String s = p.getString();
        if (s.length() > JsonCatalogReader.MAX_STRING) {
            sink.problem(String.valueOf(ptr), "syntax", "a string of " + s.length() + " characters exceeds the limit of " + JsonCatalogReader.MAX_STRING);
        }
        checkText(s, ptr);
        return s;
    }

    <E extends Enum<E> & Token> E token(Class<E> type, Event e, Object ptr) throws CatalogFormatException {
        String s = string(e, ptr);
        if (s == null) {
            return null;
        }
        E v = Token.fromTokenOrNull(type, s);
        if (v == null) {
            sink.problem(String.valueOf(ptr), "token", org.gkml.catalog.model.Token.unknownMessage(type, s), s);
        }
        return v;
    }

    Integer integer(Event e, Object ptr, int min, int max) throws CatalogFormatException {
        if (e != Event.VALUE_NUMBER) {
            wrong(e, ptr, "an integer");
            return null;
        }
        java.math.BigDecimal d = p.getBigDecimal();
        if (!p.isIntegralNumber() && d.stripTrailingZeros().scale() > 0) { // 20.0 is an integer, as JSON Schema says
            wrong(e, ptr, "an integer");
            return null;
        }
        if (d.compareTo(java.math.BigDecimal.valueOf(min)) < 0 || d.compareTo(java.math.BigDecimal.valueOf(max)) > 0) {
            sink.problem(String.valueOf(ptr), "range", "expected an integer from " + min + " to " + max + ", found " + d, d.toString());
            return null;
        }
        return d.intValueExact();
    }

    Boolean bool(Event e, Object ptr) throws CatalogFormatException {
        if (e == Event.VALUE_TRUE) {
            return true;
        }
        if (e == Event.VALUE_FALSE) {
            return false;
        }
        wrong(e, ptr, "true or false");
        return null;
    }

    /** Whether the event starts an object; reports and skips otherwise (null is absent, silently). */
    boolean object(Event e, Object ptr) throws CatalogFormatException {
        if (e == Event.START_OBJECT) {
            return true;
        }
        if (e != Event.VALUE_NULL) {
            wrong(e, ptr, "an object");
        }
        return false;
    }

    /**
     * The values of an array, one at a time: {@code null} or a value that is not an array gives none (null silently,
     * anything else reported), and a null element is reported and passed over. The readers walk objects and arrays
     * with these cursors rather than with callbacks: each lambda's first call costs the JVM its linking, some 0.2 ms
     * apiece in a first answer, and reading an entry linked fifty of them.
     */
    final class Elements {
        private final Object ptr;
        private final boolean array;
        private int i;
        /** The current element's first event and its pointer. */
        Event value;
        Object at;

        private Elements(Event e, Object ptr) throws CatalogFormatException {
            this.ptr = ptr;
            this.array = e == Event.START_ARRAY;
            if (!array && e != Event.VALUE_NULL) {
                wrong(e, ptr, "an array");
            }
        }

        /** Moves to the next element that is not null; false at the array's end. */
        boolean next() throws CatalogFormatException {
            if (!array) {
                return false;
            }
            for (Event x = StreamingBinder.this.next(); x != Event.END_ARRAY; x = StreamingBinder.this.next()) {
                Object q = new Ptr(ptr, Integer.toString(i++));
                if (x == Event.VALUE_NULL) {
                    sink.problem(String.valueOf(q), "type", "expected a value, found null");
                    continue;
                }
                value = x;
                at = q;
                return true;
            }
            return false;
        }
    }

    /**
     * The kinds of array the wire format has, each element read by its own method: enum constants, not method
     * references (see {@link Elements}).
     */
    enum Item {
        STRING {
            @Override
            Object read(StreamingBinder s, Event v, Object q) throws CatalogFormatException {
                return s.string(v, q);
            }
        },
        LEGAL_REFERENCE {
            @Override
            Object read(StreamingBinder s, Event v, Object q) throws CatalogFormatException {
                return s.legal(v, q);
            }
        },
        ORGANIZATION {
            @Override
            Object read(StreamingBinder s, Event v, Object q) throws CatalogFormatException {
                return s.organization(v, q);
            }
        },
        CHANNEL {
            @Override
            Object read(StreamingBinder s, Event v, Object q) throws CatalogFormatException {
                return s.channel(v, q);
            }
        },
        LEVEL {
            @Override
            Object read(StreamingBinder s, Event v, Object q) throws CatalogFormatException {
                return s.token(Level.class, v, q);
            }
        },
        CONDITION {
            @Override
            Object read(StreamingBinder s, Event v, Object q) throws CatalogFormatException {
                return s.tagged.condition(v, q);
            }
        };

        /** One element, whose first event is {@code v}; null when it could not be read (a problem reported). */
        abstract Object read(StreamingBinder s, Event v, Object q) throws CatalogFormatException;
    }

    /** The elements of an array read as {@code item} says, those that could be read. */
    @SuppressWarnings("unchecked")
    <T> List<T> list(Event e, Object ptr, Item item) throws CatalogFormatException {
        List<T> out = new ArrayList<>();
        for (Elements x = new Elements(e, ptr); x.next(); ) {
            Object t = item.read(this, x.value, x.at);
            if (t != null) { // null: a problem already reported
                out.add((T) t);
            }
        }
        return out;
    }

    /** The keys met in one object, for duplicate detection without allocating: a bit per known key, a set for others. */
    final class Keys {
        private long known;
        private Set<String> other;

        /** The key's number ({@link #KEY_BITS}), or -1 when the format has none; a key met before is reported. */
        int see(String key, Object q) throws CatalogFormatException {
            Integer n = KEY_BITS.get(key);
            boolean duplicate;
            if (n != null) {
                duplicate = (known & (1L << n)) != 0;
                known |= 1L << n;
            } else {
                if (other == null) {
                    other = new HashSet<>(4);
                }
                duplicate = !other.add(key);
            }
            if (duplicate) {
                sink.problem(String.valueOf(q), "syntax", "duplicate key \"" + key + "\"; each key may appear once");
            }
            return n == null ? -1 : n;
        }
    }

    /**
     * The members of an object just started, one at a time: a duplicate key is reported, and a key outside the allowed
     * set is reported and its value skipped.
     */
    final class Members {
        private final Object ptr;
        private final Set<String> allowed;
        private final long allowedMask;
        private final Keys keys = new Keys();
        /** The current member's key, its value's first event and its pointer. */
        String key;
        Event value;
        Object at;

        Members(Object ptr, Set<String> allowed) {
            this.ptr = ptr;
            this.allowed = allowed;
            this.allowedMask = mask(allowed);
        }

        /** Moves to the next allowed member; false at the object's end. */
        boolean next() throws CatalogFormatException {
            for (Event x = StreamingBinder.this.next(); x != Event.END_OBJECT; x = StreamingBinder.this.next()) {
                String k = p.getString();
                Event v = StreamingBinder.this.next();
                Object q = new Ptr(ptr, k);
                int bit = keys.see(k, q);
                if (bit < 0 ? !allowed.contains(k) : (allowedMask & (1L << bit)) == 0) {
                    skip(v);
                    sink.problem(String.valueOf(q), "unknownKey", BindingMessages.unknownKeyMessage(k, allowed));
                    continue;
                }
                key = k;
                value = v;
                at = q;
                return true;
            }
            return false;
        }
    }

    /**
     * Any JSON value as plain Java (Map, List, String, BigDecimal, Boolean, {@link Extensions#NULL}) straight from the
     * events, without a JSON-P tree; duplicate keys and over-long strings are reported at their pointer.
     */
    private Object plain(Event e, Object ptr) throws CatalogFormatException {
        switch (e) {
            case START_OBJECT: {
                Map<String, Object> m = new java.util.LinkedHashMap<>();
                for (Event x = next(); x != Event.END_OBJECT; x = next()) {
                    String key = p.getString();
                    Object q = new Ptr(ptr, key);
                    Object value = plain(next(), q);
                    if (m.putIfAbsent(key, value) != null) {
                        sink.problem(String.valueOf(q), "syntax", "duplicate key \"" + key + "\"; each key may appear once");
                    }
                }
                return m;
            }
            case START_ARRAY: {
                List<Object> l = new ArrayList<>();
                int i = 0;
                for (Event x = next(); x != Event.END_ARRAY; x = next()) {
                    l.add(plain(x, new Ptr(ptr, Integer.toString(i++))));
                }
                return l;
            }
            case VALUE_STRING: return string(e, ptr);
            case VALUE_NUMBER: return p.getBigDecimal();
            case VALUE_TRUE: return Boolean.TRUE;
            case VALUE_FALSE: return Boolean.FALSE;
            default: return Extensions.NULL;
        }
    }

    // ---- entries ---------------------------------------------------------------------------------------------

    /** Every key the format knows, numbered for allocation-free duplicate detection. */
    static final Map<String, Integer> KEY_BITS;
    static final String[] KEY_NAMES;
    /** The bit mask of each allowed-key set (identity: the sets are constants of this class). */
    private static final Map<Set<String>, Long> MASKS = new java.util.IdentityHashMap<>();

    private static long mask(Set<String> allowed) {
        Long m = MASKS.get(allowed);
        return m == null ? computeMask(allowed) : m;
    }

    static long computeMask(Set<String> allowed) {
        long m = 0;
        for (String k : allowed) {
            Integer b = KEY_BITS.get(k);
            if (b != null) {
                m |= 1L << b;
            }
        }
        return m;
    }

    static {
        String[] all = {"code", "category", "name", "content", "basis", "deadline", "duration", "subjects", "method",
            "audience", "channels", "levels", "responsibility", "status", "extensions", "creditCode", "divisionCode",
            "summary", "elements", "title", "docNumber", "provision", "text", "scope", "description", "type", "url",
            "unit", "person", "contact", "when", "trigger", "triggerText", "amount", "recurrence", "month", "day",
            "endOfMonth", "conditions", "year", "specVersion", "id", "publisher", "region", "version", "issued", "domain",
            "entries"};
        Map<String, Integer> m = new java.util.HashMap<>();
        for (int i = 0; i < all.length; i++) {
            m.put(all[i], i);
        }
        KEY_BITS = m;
        KEY_NAMES = all;
    }

    private static final Set<String> CATALOG_KEYS = Set.copyOf(WireFormat.CATALOG);
    private static final Set<String> ENTRY_KEYS = Set.copyOf(WireFormat.ENTRY);
    private static final Set<String> ORG_KEYS = Set.copyOf(WireFormat.ORGANIZATION);
    private static final Set<String> REGION_KEYS = Set.copyOf(WireFormat.REGION);
    private static final Set<String> CONTENT_KEYS = Set.copyOf(WireFormat.CONTENT);
    private static final Set<String> LEGAL_KEYS = Set.copyOf(WireFormat.LEGAL_REFERENCE);
    private static final Set<String> AUDIENCE_KEYS = Set.copyOf(WireFormat.AUDIENCE);
    private static final Set<String> CHANNEL_KEYS = Set.copyOf(WireFormat.CHANNEL);
    private static final Set<String> RESP_KEYS = Set.copyOf(WireFormat.RESPONSIBILITY);
    static final Set<String> CONDITION_KEYS = Set.copyOf(WireFormat.CONDITION);

    static {
        for (Set<String> set : List.of(CATALOG_KEYS, REGION_KEYS, ENTRY_KEYS, ORG_KEYS, CONTENT_KEYS, LEGAL_KEYS, AUDIENCE_KEYS, CHANNEL_KEYS, RESP_KEYS,
                CONDITION_KEYS)) {
            MASKS.put(set, computeMask(set));
        }
    }

    /** Applies one catalog-level member (not {@code entries}) whose value event has just been read. */
    void catalogMember(Catalog.Builder b, String key, Event v) throws CatalogFormatException {
        Object q = new Ptr("", key);
        switch (key) {
            case "specVersion": b.specVersion(string(v, q)); break;
            case "id": b.id(string(v, q)); break;
            case "title": b.title(string(v, q)); break;
            case "publisher": b.publisher(organization(v, q)); break;
            case "region": b.region(region(v, q)); break;
            case "version": b.version(string(v, q)); break;
            case "issued": b.issued(date(v, q)); break;
            case "status": b.status(token(CatalogStatus.class, v, q)); break;
            case "domain": b.domain(string(v, q)); break;
            case "extensions": b.extensions(extensions(v, q)); break;
            default:
                skip(v);
                sink.problem(String.valueOf(q), "unknownKey", BindingMessages.unknownKeyMessage(key, CATALOG_KEYS));
        }
    }

    private Region region(Event e, Object ptr) throws CatalogFormatException {
        if (!object(e, ptr)) {
            return null;
        }
        String code = null;
        String name = null;
        for (Members m = new Members(ptr, REGION_KEYS); m.next(); ) {
            if (m.key.equals("code")) {
                code = string(m.value, m.at);
            } else {
                name = string(m.value, m.at);
            }
        }
        return new Region(code, name);
    }

    private LocalDate date(Event e, Object ptr) throws CatalogFormatException {
        String s = string(e, ptr);
        if (s == null) {
            return null;
        }
        LocalDate d = IsoDates.parse(s);
        if (d != null) {
            return d;
        }
        sink.problem(String.valueOf(ptr), "format", "expected an ISO-8601 date such as 2024-12-31, found \"" + s + "\"");
        return null;
    }

    /** Reads an entry whose START_OBJECT has just been consumed. */
    Entry entry(Object ptr) throws CatalogFormatException {
        Entry.Builder b = Entry.builder();
        for (Members m = new Members(ptr, ENTRY_KEYS); m.next(); ) {
            EntryMember member = ENTRY_MEMBERS.get(m.key);
            (member == null ? EntryMember.EXTENSIONS : member).read(this, b, m.value, m.at);
        }
        return b.build();
    }

    /**
     * An entry's members, one reader each: the call through this table is not inlined by the JIT, so each member's
     * reading is compiled on its own instead of all of them into one very large method (which took the optimising
     * compiler most of a second, on the same cores as the reading). Constants with bodies, not lambdas: see
     * {@link Elements}.
     */
    private enum EntryMember {
        CODE("code") {
            @Override
            void read(StreamingBinder s, Entry.Builder b, Event v, Object q) throws CatalogFormatException {
                b.code(s.string(v, q));
            }
        },
        CATEGORY("category") {
            @Override
            void read(StreamingBinder s, Entry.Builder b, Event v, Object q) throws CatalogFormatException {
                b.category(s.list(v, q, Item.STRING));
            }
        },
        NAME("name") {
            @Override
            void read(StreamingBinder s, Entry.Builder b, Event v, Object q) throws CatalogFormatException {
                b.name(s.string(v, q));
            }
        },
        CONTENT("content") {
            @Override
            void read(StreamingBinder s, Entry.Builder b, Event v, Object q) throws CatalogFormatException {
                b.content(s.content(v, q));
            }
        },
        BASIS("basis") {
            @Override
            void read(StreamingBinder s, Entry.Builder b, Event v, Object q) throws CatalogFormatException {
                b.basis(s.list(v, q, Item.LEGAL_REFERENCE));
            }
        },
        DEADLINE("deadline") {
            @Override
            void read(StreamingBinder s, Entry.Builder b, Event v, Object q) throws CatalogFormatException {
                b.deadline(s.tagged.deadline(v, q));
            }
        },
        DURATION("duration") {
            @Override
            void read(StreamingBinder s, Entry.Builder b, Event v, Object q) throws CatalogFormatException {
                b.duration(s.tagged.duration(v, q));
            }
        },
        SUBJECTS("subjects") {
            @Override
            void read(StreamingBinder s, Entry.Builder b, Event v, Object q) throws CatalogFormatException {
                b.subjects(s.list(v, q, Item.ORGANIZATION));
            }
        },
        METHOD("method") {
            @Override
            void read(StreamingBinder s, Entry.Builder b, Event v, Object q) throws CatalogFormatException {
                b.method(s.token(Method.class, v, q));
            }
        },
        AUDIENCE("audience") {
            @Override
            void read(StreamingBinder s, Entry.Builder b, Event v, Object q) throws CatalogFormatException {
                b.audience(s.audience(v, q));
            }
        },
        CHANNELS("channels") {
            @Override
            void read(StreamingBinder s, Entry.Builder b, Event v, Object q) throws CatalogFormatException {
                b.channels(s.list(v, q, Item.CHANNEL));
            }
        },
        LEVELS("levels") {
            @Override
            void read(StreamingBinder s, Entry.Builder b, Event v, Object q) throws CatalogFormatException {
                b.levels(s.list(v, q, Item.LEVEL));
            }
        },
        RESPONSIBILITY("responsibility") {
            @Override
            void read(StreamingBinder s, Entry.Builder b, Event v, Object q) throws CatalogFormatException {
                b.responsibility(s.responsibility(v, q));
            }
        },
        STATUS("status") {
            @Override
            void read(StreamingBinder s, Entry.Builder b, Event v, Object q) throws CatalogFormatException {
                b.status(s.token(EntryStatus.class, v, q));
            }
        },
        EXTENSIONS("extensions") {
            @Override
            void read(StreamingBinder s, Entry.Builder b, Event v, Object q) throws CatalogFormatException {
                b.extensions(s.extensions(v, q));
            }
        };

        final String key;

        EntryMember(String key) {
            this.key = key;
        }

        /** Reads this member's value, whose first event is {@code v}, into the builder. */
        abstract void read(StreamingBinder s, Entry.Builder b, Event v, Object q) throws CatalogFormatException;
    }

    private static final Map<String, EntryMember> ENTRY_MEMBERS = new java.util.HashMap<>();

    static {
        for (EntryMember m : EntryMember.values()) {
            ENTRY_MEMBERS.put(m.key, m);
        }
    }

    Extensions extensions(Event v, Object q) throws CatalogFormatException {
        if (v == Event.START_OBJECT) {
            @SuppressWarnings("unchecked")
            Map<String, Object> m = (Map<String, Object>) plain(v, q);
            return new Extensions(m);
        }
        if (v == Event.START_ARRAY) {
            p.getArray();
            sink.problem(String.valueOf(q), "type", "expected an object, found an array");
            return null;
        }
        if (v != Event.VALUE_NULL) {
            wrong(v, q, "an object");
        }
        return null;
    }

    private Organization organization(Event e, Object ptr) throws CatalogFormatException {
        if (!object(e, ptr)) {
            return null;
        }
        String name = null;
        String creditCode = null;
        String divisionCode = null;
        for (Members m = new Members(ptr, ORG_KEYS); m.next(); ) {
            String s = string(m.value, m.at);
            if (m.key.equals("name")) {
                name = s;
            } else if (m.key.equals("creditCode")) {
                creditCode = s;
            } else {
                divisionCode = s;
            }
        }
        return new Organization(name, creditCode, divisionCode);
    }

    private Content content(Event e, Object ptr) throws CatalogFormatException {
        if (!object(e, ptr)) {
            return null;
        }
        String summary = null;
        List<String> elements = null;
        for (Members m = new Members(ptr, CONTENT_KEYS); m.next(); ) {
            if (m.key.equals("summary")) {
                summary = string(m.value, m.at);
            } else {
                List<String> read = list(m.value, m.at, Item.STRING);
                elements = elements == null ? read : elements; // a repeated key was reported; the first one counts
            }
        }
        return new Content(summary, elements);
    }

    private LegalReference legal(Event e, Object ptr) throws CatalogFormatException {
        if (!object(e, ptr)) {
            return null;
        }
        String[] f = new String[4];
        for (Members m = new Members(ptr, LEGAL_KEYS); m.next(); ) {
            int i = m.key.equals("title") ? 0 : m.key.equals("docNumber") ? 1 : m.key.equals("provision") ? 2 : 3;
            f[i] = string(m.value, m.at);
        }
        return new LegalReference(f[0], f[1], f[2], f[3]);
    }

    private Audience audience(Event e, Object ptr) throws CatalogFormatException {
        if (!object(e, ptr)) {
            return null;
        }
        AudienceScope scope = null;
        String description = null;
        for (Members m = new Members(ptr, AUDIENCE_KEYS); m.next(); ) {
            if (m.key.equals("scope")) {
                scope = token(AudienceScope.class, m.value, m.at);
            } else {
                description = string(m.value, m.at);
            }
        }
        return new Audience(scope, description);
    }

    private Channel channel(Event e, Object ptr) throws CatalogFormatException {
        if (!object(e, ptr)) {
            return null;
        }
        boolean typed = false;
        ChannelType type = null;
        String name = null;
        String url = null;
        for (Members m = new Members(ptr, CHANNEL_KEYS); m.next(); ) {
            if (m.key.equals("type")) {
                typed = true;
                type = token(ChannelType.class, m.value, m.at);
            } else if (m.key.equals("name")) {
                name = string(m.value, m.at);
            } else {
                url = string(m.value, m.at);
            }
        }
        if (!typed) {
            sink.problem(String.valueOf(ptr + "/type"), "required", "missing key \"type\"; expected a channel type token");
            return null;
        }
        return type == null ? null : new Channel(type, name, url);
    }

    private Responsibility responsibility(Event e, Object ptr) throws CatalogFormatException {
        if (!object(e, ptr)) {
            return null;
        }
        String unit = null;
        String person = null;
        String contact = null;
        for (Members m = new Members(ptr, RESP_KEYS); m.next(); ) {
            String s = string(m.value, m.at);
            if (m.key.equals("unit")) {
                unit = s;
            } else if (m.key.equals("person")) {
                person = s;
            } else {
                contact = s;
            }
        }
        return new Responsibility(unit, person, contact);
    }

    // ---- text ---------------------------------------------------------------------------------------------

    /** Refuses text the wire format forbids: a C0 control other than tab, line feed and carriage return, a lone surrogate. */
    private void checkText(String s, Object ptr) throws CatalogFormatException {
        if (p instanceof Utf8JsonParser u && !u.lastStringSuspect()) {
            return; // no escape that could give one (raw controls and invalid UTF-8 are refused by the parser)
        }
        String problem = WireFormat.textProblem(s);
        if (problem != null) {
            sink.problem(String.valueOf(ptr), "syntax", problem);
        }
    }
}
