package org.gkml.catalog.io.xml;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.gkml.catalog.io.CatalogFormatException;
import org.gkml.catalog.io.WireFormat;
import org.gkml.catalog.io.Location;
import org.gkml.catalog.io.json.JsonOut;
import org.gkml.catalog.io.json.CatalogJson;
import org.gkml.catalog.io.xml.XmlBinding.Strict;
import org.gkml.catalog.io.xml.XmlBinding.XAudience;
import org.gkml.catalog.io.xml.XmlBinding.XChannel;
import org.gkml.catalog.io.xml.XmlBinding.XCondition;
import org.gkml.catalog.io.xml.XmlBinding.XContent;
import org.gkml.catalog.io.xml.XmlBinding.XDeadline;
import org.gkml.catalog.io.xml.XmlBinding.XDuration;
import org.gkml.catalog.io.xml.XmlBinding.XEntry;
import org.gkml.catalog.io.xml.XmlBinding.XOrganization;
import org.gkml.catalog.io.xml.XmlBinding.XReference;
import org.gkml.catalog.io.xml.XmlBinding.XRegion;
import org.gkml.catalog.io.xml.XmlBinding.XResponsibility;
import org.gkml.catalog.model.Audience;
import org.gkml.catalog.model.AudienceScope;
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
 * Maps the JAXB binding classes to the model and back. Reading checks what the schema types cannot express to JAXB:
 * vocabulary tokens, numbers and their ranges, and which elements each deadline and duration variant allows; a
 * problem is a {@link CatalogFormatException} with the JSON Pointer of the element (the same pointers as in JSON).
 */
final class XmlModel {

    /** The elements of each deadline variant: the wire format's members but {@code type}, an attribute here. */
    private static final Map<String, Set<String>> DEADLINE_ELEMENTS = elements(WireFormat.DEADLINE_VARIANTS);
    /** The elements of each duration variant. */
    private static final Map<String, Set<String>> DURATION_ELEMENTS = elements(WireFormat.DURATION_VARIANTS);

    private static Map<String, Set<String>> elements(Map<String, List<String>> variants) {
        Map<String, Set<String>> m = new java.util.HashMap<>();
        for (Map.Entry<String, List<String>> v : variants.entrySet()) {
            Set<String> elements = new java.util.HashSet<>(v.getValue());
            elements.remove("type");
            m.put(v.getKey(), Set.copyOf(elements));
        }
        return Map.copyOf(m);
    }

    /** Where problems go: strict reading throws the first, validation collects them all and reading goes on. */
    interface Sink {
        /** A problem, with the offending value's text when there is one (else null). */
        void problem(String pointer, String kind, String message, String value) throws CatalogFormatException;
    }

    /** Strict reading: the first problem ends it (a class, not a lambda: see {@link Item}). */
    private static final class Throwing implements Sink {
        private final String file;

        Throwing(String file) {
            this.file = file;
        }

        @Override
        public void problem(String pointer, String kind, String message, String value) throws CatalogFormatException {
            throw new CatalogFormatException(Location.pointer(file, pointer), message);
        }
    }

    private final String file;
    private final Sink sink;

    XmlModel(String file, Sink sink) {
        this.file = file;
        this.sink = sink != null ? sink : new Throwing(file);
    }

    private void problem(String pointer, String kind, String message) throws CatalogFormatException {
        sink.problem(pointer, kind, message, null);
    }

    private void problem(String pointer, String kind, String message, String value) throws CatalogFormatException {
        sink.problem(pointer, kind, message, value);
    }

    // ---- XML → model ------------------------------------------------------------------------------------------

    Entry entry(XEntry x, String p) throws CatalogFormatException {
        attributes(x, p, "entry");
        Entry.Builder b = Entry.builder()
                .code(x.code)
                .category(x.category)
                .name(x.name)
                .content(content(x.content, p + "/content"))
                .basis(list(x.basis, p + "/basis", Item.REFERENCE))
                .deadline(x.deadline == null ? null : deadline(x.deadline, p + "/deadline"))
                .duration(x.duration == null ? null : duration(x.duration, p + "/duration"))
                .subjects(list(x.subjects, p + "/subjects", Item.ORGANIZATION))
                .method(token(Method.class, x.method, p + "/method"))
                .audience(audience(x.audience, p + "/audience"))
                .channels(list(x.channels, p + "/channels", Item.CHANNEL))
                .levels(list(x.levels, p + "/levels", Item.LEVEL))
                .responsibility(responsibility(x.responsibility, p + "/responsibility"))
                .status(token(EntryStatus.class, x.status, p + "/status"))
                .extensions(extensions(x.extensions, p + "/extensions"));
        return b.build();
    }

    Organization organization(XOrganization x, String p) throws CatalogFormatException {
        if (x == null) {
            return null;
        }
        attributes(x, p, "organization");
        return new Organization(x.name, x.creditCode, x.divisionCode);
    }

    Region region(XRegion x, String p) throws CatalogFormatException {
        if (x == null) {
            return null;
        }
        attributes(x, p, "region");
        return new Region(x.code, x.name);
    }

    private Content content(XContent x, String p) throws CatalogFormatException {
        if (x == null) {
            return null;
        }
        attributes(x, p, "content");
        return new Content(x.summary, x.elements == null ? List.of() : x.elements);
    }

    private LegalReference reference(XReference x, String p) throws CatalogFormatException {
        attributes(x, p, "reference");
        return new LegalReference(x.title, x.docNumber, x.provision, x.text);
    }

    private Audience audience(XAudience x, String p) throws CatalogFormatException {
        if (x == null) {
            return null;
        }
        attributes(x, p, "audience");
        return new Audience(token(AudienceScope.class, x.scope, p + "/scope"), x.description);
    }

    private Channel channel(XChannel x, String p) throws CatalogFormatException {
        attributes(x, p, "channel");
        if (x.type == null) {
            problem(p + "/type", "required", "missing element <type>; expected a channel type token");
            return null;
        }
        ChannelType type = token(ChannelType.class, x.type, p + "/type");
        return type == null ? null : new Channel(type, x.name, x.url);
    }

    private Responsibility responsibility(XResponsibility x, String p) throws CatalogFormatException {
        if (x == null) {
            return null;
        }
        attributes(x, p, "responsibility");
        return new Responsibility(x.unit, x.person, x.contact);
    }

    Deadline deadline(XDeadline x, String p) throws CatalogFormatException {
        attributes(x, p, "deadline");
        String type = variant(x.type, p, DEADLINE_ELEMENTS, "deadline");
        if (type == null) {
            return null;
        }
        Set<String> allowed = DEADLINE_ELEMENTS.get(type);
        allow(allowed, "trigger", x.trigger, p, type);
        allow(allowed, "triggerText", x.triggerText, p, type);
        allow(allowed, "recurrence", x.recurrence, p, type);
        allow(allowed, "amount", x.amount, p, type);
        allow(allowed, "unit", x.unit, p, type);
        allow(allowed, "month", x.month, p, type);
        allow(allowed, "day", x.day, p, type);
        allow(allowed, "endOfMonth", x.endOfMonth, p, type);
        allow(allowed, "conditions", x.conditions, p, type);
        List<Deadline.Condition> conds = list(x.conditions, p + "/conditions", Item.CONDITION);
        switch (type) {
            case "within": {
                Trigger trigger = token(Trigger.class, required(x.trigger, "trigger", p), p + "/trigger");
                Integer amount = integer(required(x.amount, "amount", p), p + "/amount", 0, Integer.MAX_VALUE);
                TimeUnit unit = token(TimeUnit.class, required(x.unit, "unit", p), p + "/unit");
                return trigger == null || amount == null || unit == null ? null
                        : new Deadline.Within(trigger, x.triggerText, amount, unit, x.text, conds);
            }
            case "byDate": {
                Integer day = integer(x.day, p + "/day", 1, 31);
                Boolean end = bool(x.endOfMonth, p + "/endOfMonth");
                if (x.year != null) { // a one-off date: its year and month, no recurrence
                    if (x.recurrence != null) {
                        problem(p + "/recurrence", "unknownKey", "a one-off date (it names its <year>) has no <recurrence>");
                        return null;
                    }
                    Integer year = integer(x.year, p + "/year", 1, 9999);
                    Integer month = integer(required(x.month, "month", p), p + "/month", 1, 12);
                    return year == null || month == null || end == null ? null
                            : new Deadline.ByDate(null, month, day, end, x.text, conds, year);
                }
                Recurrence r = token(Recurrence.class, required(x.recurrence, "recurrence", p), p + "/recurrence");
                Integer month = integer(x.month, p + "/month", 1, 12);
                return r == null || end == null ? null : new Deadline.ByDate(r, month, day, end, x.text, conds);
            }
            case "periodic": {
                Recurrence r = token(Recurrence.class, required(x.recurrence, "recurrence", p), p + "/recurrence");
                Integer amount = integer(x.amount, p + "/amount", 0, Integer.MAX_VALUE);
                TimeUnit unit = token(TimeUnit.class, x.unit, p + "/unit");
                if (r == null) {
                    return null;
                }
                if ((amount == null) != (unit == null)) {
                    problem(p, "required", "a periodic offset needs both <amount> and <unit>");
                    return null;
                }
                return new Deadline.Periodic(r, amount, unit, x.text, conds);
            }
            case "immediate": return new Deadline.Immediate(x.text, conds);
            case "prompt": return new Deadline.Prompt(x.text, conds);
            case "sameAsAbove": return new Deadline.SameAsAbove(x.text);
            default: return new Deadline.Unparsed(x.text, conds);
        }
    }

    private Deadline.Condition condition(XCondition x, String p) throws CatalogFormatException {
        attributes(x, p, "condition");
        XDeadline d = required(x.deadline, "deadline", p);
        Deadline deadline = d == null ? null : deadline(d, p + "/deadline");
        return deadline == null ? null : new Deadline.Condition(x.when, deadline);
    }

    Duration duration(XDuration x, String p) throws CatalogFormatException {
        attributes(x, p, "duration");
        String type = variant(x.type, p, DURATION_ELEMENTS, "duration");
        if (type == null) {
            return null;
        }
        Set<String> allowed = DURATION_ELEMENTS.get(type);
        allow(allowed, "amount", x.amount, p, type);
        allow(allowed, "unit", x.unit, p, type);
        switch (type) {
            case "permanent": return new Duration.Permanent(x.text);
            case "latestValid": return new Duration.LatestValid(x.text);
            case "tenure": return new Duration.Tenure(x.text);
            case "fixed": {
                Integer amount = integer(required(x.amount, "amount", p), p + "/amount", 0, Integer.MAX_VALUE);
                TimeUnit unit = token(TimeUnit.class, required(x.unit, "unit", p), p + "/unit");
                return amount == null || unit == null ? null : new Duration.Fixed(amount, unit, x.text);
            }
            default: return new Duration.Unparsed(x.text);
        }
    }

    Extensions extensions(String text, String p) throws CatalogFormatException {
        if (text == null) {
            return null;
        }
        try {
            return CatalogJson.extensionsFromText(text); // the JSON reader's parser and limits: nesting, duplicate keys
        } catch (CatalogFormatException e) {
            problem(p + e.location().pointer(), "type", e.problem());
            return null;
        }
    }

    // ---- checks -----------------------------------------------------------------------------------------------

    private void attributes(Strict x, String p, String element) throws CatalogFormatException {
        if (x.otherAttributes != null && !x.otherAttributes.isEmpty()) {
            for (javax.xml.namespace.QName q : x.otherAttributes.keySet()) {
                problem(p, "unknownKey", "unexpected attribute " + q.getLocalPart() + " on <" + element + ">");
            }
        }
    }

    private String variant(String type, String p, Map<String, Set<String>> variants, String what) throws CatalogFormatException {
        if (type == null) {
            problem(p + "/type", "required", "missing attribute type on <" + what + ">; expected one of " + new TreeSet<>(variants.keySet()));
            return null;
        }
        if (!variants.containsKey(type)) {
            problem(p + "/type", "token", "unknown " + what + " type \"" + type + "\"; expected one of " + new TreeSet<>(variants.keySet()), type);
            return null;
        }
        return type;
    }

    private void allow(Set<String> allowed, String element, Object value, String p, String type) throws CatalogFormatException {
        if (value != null && !allowed.contains(element)) {
            problem(p + "/" + element, "unknownKey", "element <" + element + "> is not part of a \"" + type + "\" value; expected "
                    + new TreeSet<>(allowed));
        }
    }

    private <T> T required(T value, String element, String p) throws CatalogFormatException {
        if (value == null) {
            problem(p + "/" + element, "required", "missing element <" + element + ">");
        }
        return value;
    }

    /** A date YYYY-MM-DD, or null (reported) when it is not one. */
    java.time.LocalDate date(String s, String p) throws CatalogFormatException {
        String t = s.strip();
        java.time.LocalDate d = org.gkml.catalog.model.IsoDates.parse(t); // without a date formatter's start
        if (d != null) {
            return d;
        }
        try {
            return java.time.LocalDate.parse(t); // the forms IsoDates leaves to java.time (+10000-01-01)
        } catch (java.time.format.DateTimeParseException e) {
            problem(p, "type", "expected a date YYYY-MM-DD, found \"" + abbreviate(s) + "\"");
            return null;
        }
    }

    <E extends Enum<E> & Token> E token(Class<E> type, String s, String p) throws CatalogFormatException {
        if (s == null) {
            return null;
        }
        E e = Token.fromTokenOrNull(type, s.strip());
        if (e == null) {
            problem(p, "token", Token.unknownMessage(type, s), s);
        }
        return e;
    }

    private Integer integer(String s, String p, int min, int max) throws CatalogFormatException {
        if (s == null) {
            return null;
        }
        long v;
        try {
            v = Long.parseLong(s.strip());
        } catch (NumberFormatException e) {
            problem(p, "type", "expected an integer, found \"" + abbreviate(s) + "\"");
            return null;
        }
        if (v < min || v > max) {
            problem(p, "type", "expected an integer from " + min + " to " + max + ", found " + v);
            return null;
        }
        return (int) v;
    }

    private Boolean bool(String s, String p) throws CatalogFormatException {
        if (s == null) {
            return Boolean.FALSE;
        }
        switch (s.strip()) {
            case "true": return Boolean.TRUE;
            case "false": return Boolean.FALSE;
            default:
                problem(p, "type", "expected true or false, found \"" + abbreviate(s) + "\"");
                return null;
        }
    }

    /**
     * The lists an entry and a deadline hold, each element read by its own method: enum constants, not method
     * references, whose linking costs a first answer some 0.2 ms each.
     */
    private enum Item {
        REFERENCE {
            @Override
            Object map(XmlModel m, Object x, String p) throws CatalogFormatException {
                return m.reference((XReference) x, p);
            }
        },
        ORGANIZATION {
            @Override
            Object map(XmlModel m, Object x, String p) throws CatalogFormatException {
                return m.organization((XOrganization) x, p);
            }
        },
        CHANNEL {
            @Override
            Object map(XmlModel m, Object x, String p) throws CatalogFormatException {
                return m.channel((XChannel) x, p);
            }
        },
        LEVEL {
            @Override
            Object map(XmlModel m, Object x, String p) throws CatalogFormatException {
                return m.token(Level.class, (String) x, p);
            }
        },
        CONDITION {
            @Override
            Object map(XmlModel m, Object x, String p) throws CatalogFormatException {
                return m.condition((XCondition) x, p);
            }
        };

        abstract Object map(XmlModel m, Object x, String pointer) throws CatalogFormatException;
    }

    /** The elements read, in order; one that could not be read (a problem reported) is left out. */
    @SuppressWarnings("unchecked")
    private <T> List<T> list(List<?> xs, String p, Item item) throws CatalogFormatException {
        if (xs == null || xs.isEmpty()) {
            return List.of();
        }
        List<T> out = new ArrayList<>(xs.size());
        for (int i = 0; i < xs.size(); i++) {
            T t = (T) item.map(this, xs.get(i), p + "/" + i);
            if (t != null) { // null: a problem already reported
                out.add(t);
            }
        }
        return out;
    }

    static String abbreviate(String s) {
        String t = s.strip();
        return t.length() > 40 ? t.substring(0, 40) + "…" : t;
    }

    // ---- model → XML ------------------------------------------------------------------------------------------

    static XEntry toXml(Entry e) {
        XEntry x = new XEntry();
        x.code = e.code();
        x.category = new ArrayList<>(e.category());
        x.name = e.name();
        if (e.content() != null) {
            x.content = new XContent();
            x.content.summary = e.content().summary();
            x.content.elements = e.content().elements().isEmpty() ? null : e.content().elements();
        }
        x.basis = new ArrayList<>();
        for (LegalReference l : e.basis()) {
            XReference r = new XReference();
            r.title = l.title();
            r.docNumber = l.docNumber();
            r.provision = l.provision();
            r.text = l.text();
            x.basis.add(r);
        }
        x.deadline = e.deadline() == null ? null : toXml(e.deadline());
        if (e.duration() != null) {
            Duration d = e.duration();
            x.duration = new XDuration();
            x.duration.type = d.type();
            if (d instanceof Duration.Fixed f) {
                x.duration.amount = Integer.toString(f.amount());
                x.duration.unit = f.unit().token();
            }
            x.duration.text = d.text();
        }
        x.subjects = new ArrayList<>();
        for (Organization o : e.subjects()) {
            x.subjects.add(toXml(o));
        }
        x.method = e.method() == null ? null : e.method().token();
        if (e.audience() != null) {
            x.audience = new XAudience();
            x.audience.scope = e.audience().scope() == null ? null : e.audience().scope().token();
            x.audience.description = e.audience().description();
        }
        x.channels = new ArrayList<>();
        for (Channel c : e.channels()) {
            XChannel xc = new XChannel();
            xc.type = c.type().token();
            xc.name = c.name();
            xc.url = c.url();
            x.channels.add(xc);
        }
        if (!e.levels().isEmpty()) {
            x.levels = new ArrayList<>();
            for (Level l : e.levels()) {
                x.levels.add(l.token());
            }
        }
        Responsibility r = e.responsibility();
        if (r != null) {
            x.responsibility = new XResponsibility();
            x.responsibility.unit = r.unit();
            x.responsibility.person = r.person();
            x.responsibility.contact = r.contact();
        }
        x.status = e.status() == null ? null : e.status().token();
        x.extensions = extensionsText(e.extensions());
        return x;
    }

    static XOrganization toXml(Organization o) {
        XOrganization x = new XOrganization();
        x.name = o.name();
        x.creditCode = o.creditCode();
        x.divisionCode = o.divisionCode();
        return x;
    }

    static XRegion toXml(Region r) {
        XRegion x = new XRegion();
        x.code = r.code();
        x.name = r.name();
        return x;
    }

    static XDeadline toXml(Deadline d) {
        XDeadline x = new XDeadline();
        x.type = d.type();
        if (d instanceof Deadline.Within w) {
            x.trigger = w.trigger().token();
            x.triggerText = w.triggerText();
            x.amount = Integer.toString(w.amount());
            x.unit = w.unit().token();
        } else if (d instanceof Deadline.ByDate b) {
            x.recurrence = b.recurrence() == null ? null : b.recurrence().token();
            x.year = b.year() == null ? null : b.year().toString();
            x.month = b.month() == null ? null : b.month().toString();
            x.day = b.day() == null ? null : b.day().toString();
            x.endOfMonth = b.endOfMonth() ? "true" : null;
        } else if (d instanceof Deadline.Periodic p) {
            x.recurrence = p.recurrence().token();
            x.amount = p.amount() == null ? null : p.amount().toString();
            x.unit = p.unit() == null ? null : p.unit().token();
        }
        x.text = d.text();
        if (!d.conditions().isEmpty()) {
            x.conditions = new ArrayList<>();
            for (Deadline.Condition c : d.conditions()) {
                XCondition xc = new XCondition();
                xc.when = c.when();
                xc.deadline = toXml(c.deadline());
                x.conditions.add(xc);
            }
        }
        return x;
    }

    /** The compact JSON text of extensions, or null when there are none. */
    static String extensionsText(Extensions e) {
        if (e == null || e.isEmpty()) {
            return null;
        }
        StringWriter w = new StringWriter();
        try {
            JsonOut o = new JsonOut(w, false);
            o.any(e.members());
            o.drain();
        } catch (IOException ex) {
            throw new AssertionError(ex); // a StringWriter does not fail
        }
        return w.toString();
    }
}
