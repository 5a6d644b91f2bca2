package org.gkml.catalog.io.json;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gkml.catalog.io.CatalogFormatException;
import org.gkml.catalog.model.Audience;
import org.gkml.catalog.model.AudienceScope;
import org.gkml.catalog.model.Catalog;
import org.gkml.catalog.model.CatalogStatus;
import org.gkml.catalog.model.Channel;
import org.gkml.catalog.model.ChannelType;
import org.gkml.catalog.model.Content;
import org.gkml.catalog.model.Deadline;
import org.gkml.catalog.model.Duration;
import org.gkml.catalog.model.Entry;
import org.gkml.catalog.model.EntryStatus;
import org.gkml.catalog.model.Extensions;
import org.gkml.catalog.model.LegalReference;
import org.gkml.catalog.model.Level;
import org.gkml.catalog.model.Method;
import org.gkml.catalog.model.Organization;
import org.gkml.catalog.model.Recurrence;
import org.gkml.catalog.model.Region;
import org.gkml.catalog.model.Responsibility;
import org.gkml.catalog.model.TimeUnit;
import org.gkml.catalog.model.Token;
import org.gkml.catalog.model.Trigger;

/**
 * Maps JSON-P values to model values, checking every key and type against the wire format. Each problem goes to
 * a {@link Sink} with the JSON Pointer of the value; a strict sink throws, a lenient one collects and binding
 * goes on with the value left absent.
 */
final class JsonBinder {

    /** Receives structural problems. */
    interface Sink {
        void problem(String pointer, String kind, String message) throws CatalogFormatException;
    }

    static final Set<String> CATALOG_KEYS = Set.of("specVersion", "id", "title", "publisher", "region", "version",
            "issued", "status", "domain", "entries", "extensions");
    private static final Set<String> ENTRY_KEYS = Set.of("code", "category", "name", "content", "basis", "deadline",
            "duration", "subjects", "method", "audience", "channels", "levels", "responsibility", "status", "extensions");
    private static final Set<String> ORG_KEYS = Set.of("name", "creditCode", "divisionCode");
    private static final Set<String> REGION_KEYS = Set.of("code", "name");
    private static final Set<String> CONTENT_KEYS = Set.of("summary", "elements");
    private static final Set<String> LEGAL_KEYS = Set.of("title", "docNumber", "provision", "text");
    private static final Set<String> AUDIENCE_KEYS = Set.of("scope", "description");
    private static final Set<String> CHANNEL_KEYS = Set.of("type", "name", "url");
    private static final Set<String> RESP_KEYS = Set.of("unit", "person", "contact");
    private static final Set<String> CONDITION_KEYS = Set.of("when", "deadline");
    private static final Map<String, Set<String>> DEADLINE_KEYS = Map.of(
            "within", Set.of("type", "text", "conditions", "trigger", "triggerText", "amount", "unit"),
            "byDate", Set.of("type", "text", "conditions", "recurrence", "month", "day", "endOfMonth"),
            "periodic", Set.of("type", "text", "conditions", "recurrence", "amount", "unit"),
            "immediate", Set.of("type", "text", "conditions"),
            "prompt", Set.of("type", "text", "conditions"),
            "sameAsAbove", Set.of("type", "text"),
            "unparsed", Set.of("type", "text", "conditions"));
    private static final Map<String, Set<String>> DURATION_KEYS = Map.of(
            "permanent", Set.of("type", "text"),
            "latestValid", Set.of("type", "text"),
            "tenure", Set.of("type", "text"),
            "fixed", Set.of("type", "text", "amount", "unit"),
            "unparsed", Set.of("type", "text"));

    private final Sink sink;

    JsonBinder(Sink sink) {
        this.sink = sink;
    }

    Sink sink() {
        return sink;
    }

    static String escape(String key) {
        if (key.indexOf('~') < 0 && key.indexOf('/') < 0) {
            return key; // the common case, without allocating
        }
        return key.replace("~", "~0").replace("/", "~1");
    }

    // ---- catalog header -------------------------------------------------------------------------------------

    /** Applies one catalog-level member (not {@code entries}) to a builder. */
    void catalogMember(Catalog.Builder b, String key, JsonValue v) throws CatalogFormatException {
        String p = "/" + escape(key);
        switch (key) {
            case "specVersion": b.specVersion(string(v, p)); break;
            case "id": b.id(string(v, p)); break;
            case "title": b.title(string(v, p)); break;
            case "publisher": b.publisher(organization(v, p)); break;
            case "region": b.region(region(v, p)); break;
            case "version": b.version(string(v, p)); break;
            case "issued": b.issued(date(v, p)); break;
            case "status": b.status(token(CatalogStatus.class, v, p)); break;
            case "domain": b.domain(string(v, p)); break;
            case "extensions": b.extensions(extensions(v, p)); break;
            default: unknown(key, "", CATALOG_KEYS);
        }
    }

    // ---- entries --------------------------------------------------------------------------------------------

    Entry entry(JsonValue value, String p) throws CatalogFormatException {
        JsonObject o = object(value, p);
        if (o == null) {
            return null;
        }
        Entry.Builder b = Entry.builder();
        for (Map.Entry<String, JsonValue> m : o.entrySet()) {
            String k = m.getKey();
            JsonValue v = m.getValue();
            String q = p + "/" + escape(k);
            switch (k) {
                case "code": b.code(string(v, q)); break;
                case "category": b.category(strings(v, q)); break;
                case "name": b.name(string(v, q)); break;
                case "content": b.content(content(v, q)); break;
                case "basis": b.basis(list(v, q, this::legal)); break;
                case "deadline": b.deadline(deadline(v, q)); break;
                case "duration": b.duration(duration(v, q)); break;
                case "subjects": b.subjects(list(v, q, this::organization)); break;
                case "method": b.method(token(Method.class, v, q)); break;
                case "audience": b.audience(audience(v, q)); break;
                case "channels": b.channels(list(v, q, this::channel)); break;
                case "levels": b.levels(list(v, q, (x, r) -> token(Level.class, x, r))); break;
                case "responsibility": b.responsibility(responsibility(v, q)); break;
                case "status": b.status(token(EntryStatus.class, v, q)); break;
                case "extensions": b.extensions(extensions(v, q)); break;
                default: unknown(k, p, ENTRY_KEYS);
            }
        }
        return b.build();
    }

    private Organization organization(JsonValue v, String p) throws CatalogFormatException {
        JsonObject o = object(v, p);
        if (o == null) {
            return null;
        }
        check(o, p, ORG_KEYS);
        return new Organization(str(o, "name", p), str(o, "creditCode", p), str(o, "divisionCode", p));
    }

    private Region region(JsonValue v, String p) throws CatalogFormatException {
        JsonObject o = object(v, p);
        if (o == null) {
            return null;
        }
        check(o, p, REGION_KEYS);
        return new Region(str(o, "code", p), str(o, "name", p));
    }

    private Content content(JsonValue v, String p) throws CatalogFormatException {
        JsonObject o = object(v, p);
        if (o == null) {
            return null;
        }
        check(o, p, CONTENT_KEYS);
        JsonValue el = o.get("elements");
        return new Content(str(o, "summary", p), el == null ? List.of() : strings(el, p + "/elements"));
    }

    private LegalReference legal(JsonValue v, String p) throws CatalogFormatException {
        JsonObject o = object(v, p);
        if (o == null) {
            return null;
        }
        check(o, p, LEGAL_KEYS);
        return new LegalReference(str(o, "title", p), str(o, "docNumber", p), str(o, "provision", p), str(o, "text", p));
    }

    private Audience audience(JsonValue v, String p) throws CatalogFormatException {
        JsonObject o = object(v, p);
        if (o == null) {
            return null;
        }
        check(o, p, AUDIENCE_KEYS);
        JsonValue s = o.get("scope");
        return new Audience(s == null ? null : token(AudienceScope.class, s, p + "/scope"), str(o, "description", p));
    }

    private Channel channel(JsonValue v, String p) throws CatalogFormatException {
        JsonObject o = object(v, p);
        if (o == null) {
            return null;
        }
        check(o, p, CHANNEL_KEYS);
        JsonValue t = o.get("type");
        ChannelType type = t == null ? null : token(ChannelType.class, t, p + "/type");
        String name = str(o, "name", p);
        String url = str(o, "url", p);
        if (t == null) {
            sink.problem(p + "/type", "required", "missing key \"type\"; expected a channel type token");
            return null;
        }
        return type == null ? null : new Channel(type, name, url);
    }

    private Responsibility responsibility(JsonValue v, String p) throws CatalogFormatException {
        JsonObject o = object(v, p);
        if (o == null) {
            return null;
        }
        check(o, p, RESP_KEYS);
        return new Responsibility(str(o, "unit", p), str(o, "person", p), str(o, "contact", p));
    }

    Deadline deadline(JsonValue v, String p) throws CatalogFormatException {
        JsonObject o = object(v, p);
        if (o == null) {
            return null;
        }
        String type = tag(o, p, DEADLINE_KEYS, "deadline");
        if (type == null) {
            return null;
        }
        String text = str(o, "text", p);
        List<Deadline.Condition> conds = o.containsKey("conditions") ? list(o.get("conditions"), p + "/conditions", this::condition) : List.of();
        switch (type) {
            case "within": {
                Trigger trigger = required(o, "trigger", p) ? token(Trigger.class, o.get("trigger"), p + "/trigger") : null;
                Integer amount = required(o, "amount", p) ? integer(o.get("amount"), p + "/amount", 0, Integer.MAX_VALUE) : null;
                TimeUnit unit = required(o, "unit", p) ? token(TimeUnit.class, o.get("unit"), p + "/unit") : null;
                if (trigger == null || amount == null || unit == null) {
                    return null;
                }
                return new Deadline.Within(trigger, str(o, "triggerText", p), amount, unit, text, conds);
            }
            case "byDate": {
                Recurrence r = required(o, "recurrence", p) ? token(Recurrence.class, o.get("recurrence"), p + "/recurrence") : null;
                Integer month = o.containsKey("month") ? integer(o.get("month"), p + "/month", 1, 12) : null;
                Integer day = o.containsKey("day") ? integer(o.get("day"), p + "/day", 1, 31) : null;
                Boolean end = o.containsKey("endOfMonth") ? bool(o.get("endOfMonth"), p + "/endOfMonth") : Boolean.FALSE;
                if (r == null || end == null) {
                    return null;
                }
                return new Deadline.ByDate(r, month, day, end, text, conds);
            }
            case "periodic": {
                Recurrence r = required(o, "recurrence", p) ? token(Recurrence.class, o.get("recurrence"), p + "/recurrence") : null;
                Integer amount = o.containsKey("amount") ? integer(o.get("amount"), p + "/amount", 0, Integer.MAX_VALUE) : null;
                TimeUnit unit = o.containsKey("unit") ? token(TimeUnit.class, o.get("unit"), p + "/unit") : null;
                if (r == null) {
                    return null;
                }
                if ((amount == null) != (unit == null)) {
                    sink.problem(p, "required", "a periodic offset needs both \"amount\" and \"unit\"");
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

    private Deadline.Condition condition(JsonValue v, String p) throws CatalogFormatException {
        JsonObject o = object(v, p);
        if (o == null) {
            return null;
        }
        check(o, p, CONDITION_KEYS);
        String when = str(o, "when", p);
        if (!required(o, "deadline", p)) {
            return null;
        }
        Deadline d = deadline(o.get("deadline"), p + "/deadline");
        return d == null ? null : new Deadline.Condition(when, d);
    }

    Duration duration(JsonValue v, String p) throws CatalogFormatException {
        JsonObject o = object(v, p);
        if (o == null) {
            return null;
        }
        String type = tag(o, p, DURATION_KEYS, "duration");
        if (type == null) {
            return null;
        }
        String text = str(o, "text", p);
        switch (type) {
            case "permanent": return new Duration.Permanent(text);
            case "latestValid": return new Duration.LatestValid(text);
            case "tenure": return new Duration.Tenure(text);
            case "fixed": {
                Integer amount = required(o, "amount", p) ? integer(o.get("amount"), p + "/amount", 0, Integer.MAX_VALUE) : null;
                TimeUnit unit = required(o, "unit", p) ? token(TimeUnit.class, o.get("unit"), p + "/unit") : null;
                return amount == null || unit == null ? null : new Duration.Fixed(amount, unit, text);
            }
            default: return new Duration.Unparsed(text);
        }
    }

    // ---- primitives -----------------------------------------------------------------------------------------

    private String tag(JsonObject o, String p, Map<String, Set<String>> keysByType, String what) throws CatalogFormatException {
        JsonValue t = o.get("type");
        if (t == null) {
            sink.problem(p + "/type", "required", "missing key \"type\"; expected one of " + new java.util.TreeSet<>(keysByType.keySet()));
            return null;
        }
        String type = string(t, p + "/type");
        if (type == null) {
            return null;
        }
        Set<String> keys = keysByType.get(type);
        if (keys == null) {
            sink.problem(p + "/type", "token", "unknown " + what + " type \"" + type + "\"; expected one of "
                    + new java.util.TreeSet<>(keysByType.keySet()));
            return null;
        }
        check(o, p, keys);
        return type;
    }

    private boolean required(JsonObject o, String key, String p) throws CatalogFormatException {
        if (o.containsKey(key) && o.get(key).getValueType() != JsonValue.ValueType.NULL) {
            return true;
        }
        sink.problem(p + "/" + key, "required", "missing key \"" + key + "\"");
        return false;
    }

    private void check(JsonObject o, String p, Set<String> allowed) throws CatalogFormatException {
        for (String k : o.keySet()) {
            if (!allowed.contains(k)) {
                unknown(k, p, allowed);
            }
        }
    }

    private void unknown(String key, String p, Set<String> allowed) throws CatalogFormatException {
        sink.problem(p + "/" + escape(key), "unknownKey", unknownKeyMessage(key, allowed));
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
        return "unknown " + type.getSimpleName() + " \"" + s + "\"; expected one of " + tokens;
    }

    private JsonObject object(JsonValue v, String p) throws CatalogFormatException {
        if (v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (v.getValueType() != JsonValue.ValueType.OBJECT) {
            sink.problem(p, "type", "expected an object, found " + describe(v));
            return null;
        }
        return v.asJsonObject();
    }

    private String str(JsonObject o, String key, String p) throws CatalogFormatException {
        JsonValue v = o.get(key);
        return v == null ? null : string(v, p + "/" + key);
    }

    String string(JsonValue v, String p) throws CatalogFormatException {
        if (v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (v.getValueType() != JsonValue.ValueType.STRING) {
            sink.problem(p, "type", "expected a string, found " + describe(v));
            return null;
        }
        return ((JsonString) v).getString();
    }

    private List<String> strings(JsonValue v, String p) throws CatalogFormatException {
        return list(v, p, this::string);
    }

    interface ElementBinder<T> {
        T bind(JsonValue v, String pointer) throws CatalogFormatException;
    }

    private <T> List<T> list(JsonValue v, String p, ElementBinder<T> element) throws CatalogFormatException {
        if (v.getValueType() == JsonValue.ValueType.NULL) {
            return List.of();
        }
        if (v.getValueType() != JsonValue.ValueType.ARRAY) {
            sink.problem(p, "type", "expected an array, found " + describe(v));
            return List.of();
        }
        JsonArray a = v.asJsonArray();
        List<T> out = new ArrayList<>(a.size());
        for (int i = 0; i < a.size(); i++) {
            T t = element.bind(a.get(i), p + "/" + i);
            if (t != null) {
                out.add(t);
            } else if (a.get(i).getValueType() == JsonValue.ValueType.NULL) {
                sink.problem(p + "/" + i, "type", "expected a value, found null");
            }
        }
        return out;
    }

    private <E extends Enum<E> & Token> E token(Class<E> type, JsonValue v, String p) throws CatalogFormatException {
        String s = string(v, p);
        if (s == null) {
            return null;
        }
        E e = Token.fromTokenOrNull(type, s);
        if (e == null) {
            sink.problem(p, "token", unknownTokenMessage(type, s));
        }
        return e;
    }

    private Integer integer(JsonValue v, String p, int min, int max) throws CatalogFormatException {
        if (v.getValueType() != JsonValue.ValueType.NUMBER || !((JsonNumber) v).isIntegral()) {
            sink.problem(p, "type", "expected an integer, found " + describe(v));
            return null;
        }
        java.math.BigDecimal d = ((JsonNumber) v).bigDecimalValue();
        if (d.compareTo(java.math.BigDecimal.valueOf(min)) < 0 || d.compareTo(java.math.BigDecimal.valueOf(max)) > 0) {
            sink.problem(p, "range", "expected an integer from " + min + " to " + max + ", found " + d);
            return null;
        }
        return d.intValueExact();
    }

    private Boolean bool(JsonValue v, String p) throws CatalogFormatException {
        if (v == JsonValue.TRUE) {
            return true;
        }
        if (v == JsonValue.FALSE) {
            return false;
        }
        sink.problem(p, "type", "expected true or false, found " + describe(v));
        return null;
    }

    private LocalDate date(JsonValue v, String p) throws CatalogFormatException {
        String s = string(v, p);
        if (s == null) {
            return null;
        }
        try {
            if (!s.matches("\\d{4}-\\d{2}-\\d{2}")) {
                throw new DateTimeParseException("", s, 0);
            }
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            sink.problem(p, "format", "expected an ISO-8601 date such as 2024-12-31, found \"" + s + "\"");
            return null;
        }
    }

    Extensions extensions(JsonValue v, String p) throws CatalogFormatException {
        JsonObject o = object(v, p);
        if (o == null) {
            return null;
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) plain(o);
        return new Extensions(m);
    }

    /** Refuses strings longer than {@link JsonCatalogReader#MAX_STRING} anywhere inside a value. */
    void checkStrings(JsonValue v, String p) throws CatalogFormatException {
        switch (v.getValueType()) {
            case STRING:
                if (((JsonString) v).getString().length() > JsonCatalogReader.MAX_STRING) {
                    sink.problem(p, "syntax", "a string of " + ((JsonString) v).getString().length()
                            + " characters exceeds the limit of " + JsonCatalogReader.MAX_STRING);
                }
                break;
            case OBJECT:
                for (Map.Entry<String, JsonValue> m : v.asJsonObject().entrySet()) {
                    checkStrings(m.getValue(), p + "/" + escape(m.getKey()));
                }
                break;
            case ARRAY: {
                int i = 0;
                for (JsonValue x : v.asJsonArray()) {
                    checkStrings(x, p + "/" + i++);
                }
                break;
            }
            default:
                break;
        }
    }

    static Object plain(JsonValue v) {
        switch (v.getValueType()) {
            case OBJECT: {
                Map<String, Object> m = new LinkedHashMap<>();
                for (Map.Entry<String, JsonValue> e : v.asJsonObject().entrySet()) {
                    m.put(e.getKey(), plain(e.getValue()));
                }
                return m;
            }
            case ARRAY: {
                List<Object> l = new ArrayList<>();
                for (JsonValue x : v.asJsonArray()) {
                    l.add(plain(x));
                }
                return l;
            }
            case STRING: return ((JsonString) v).getString();
            case NUMBER: return ((JsonNumber) v).bigDecimalValue();
            case TRUE: return Boolean.TRUE;
            case FALSE: return Boolean.FALSE;
            default: return Extensions.NULL;
        }
    }

    static String describe(JsonValue v) {
        switch (v.getValueType()) {
            case OBJECT: return "an object";
            case ARRAY: return "an array";
            case STRING: {
                String s = ((JsonString) v).getString();
                return "the string \"" + (s.length() > 40 ? s.substring(0, 40) + "…" : s) + "\"";
            }
            case NUMBER: return "the number " + v;
            case NULL: return "null";
            default: return v.toString();
        }
    }
}
