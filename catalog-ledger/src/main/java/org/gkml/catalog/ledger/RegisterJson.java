package org.gkml.catalog.ledger;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.gkml.catalog.io.CatalogFormatException;
import org.gkml.catalog.io.Location;
import org.gkml.catalog.model.Token;
import org.gkml.catalog.io.json.CatalogJson;
import org.gkml.catalog.io.json.JsonOut;

/**
 * The registers' JSON wire form ({@code schema/register.schema.json}): a publisher and its publication and request
 * records, every field of the model, tokens for the closed vocabularies, ISO dates. Reading checks every key, type and
 * token and names the JSON Pointer of a problem; {@code read(write(r))} gives {@code r} back. Stateless and thread-safe.
 *
 * @since 0.2
 */
public final class RegisterJson {

    private RegisterJson() {
    }

    /** The register as pretty JSON text. */
    public static String toJson(Registers.Register r, String publisher) {
        StringWriter w = new StringWriter();
        try {
            write(r, publisher, w);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return w.toString();
    }

    /** Writes a register as pretty JSON. */
    public static void write(Registers.Register r, String publisher, Writer w) throws IOException {
        JsonOut o = new JsonOut(w, true);
        o.beginObject();
        o.field("publisher", publisher);
        o.key("publications").beginArray();
        for (Publication p : r.publications()) {
            o.beginObject().field("indexNumber", p.indexNumber()).field("title", p.title()).field("docNumber", p.docNumber())
                    .field("kind", p.kind() == null ? null : p.kind().token()).field("item", p.item()).field("publisher", p.publisher())
                    .field("formed", str(p.formed())).field("published", str(p.published()));
            if (!p.channels().isEmpty()) {
                o.strings("channels", p.channels());
            }
            Publication.Validity v = p.validity();
            if (!v.equals(Publication.Validity.UNKNOWN)) {
                o.key("validity").beginObject().field("status", v.status() == null ? null : v.status().token())
                        .field("effective", str(v.effective())).field("expires", str(v.expires())).field("repealed", str(v.repealed()))
                        .field("repealedBy", v.repealedBy()).endObject();
            }
            o.field("interprets", p.interprets()).endObject();
        }
        o.endArray();
        o.key("requests").beginArray();
        for (Request q : r.requests()) {
            o.beginObject().field("id", q.id()).field("received", str(q.received()))
                    .field("applicant", q.applicant() == null ? null : q.applicant().token());
            if (q.supplement() != null) {
                o.key("supplement").beginObject().field("requested", str(q.supplement().requested()))
                        .field("received", str(q.supplement().received())).endObject();
            }
            if (q.extended()) {
                o.key("extended").value(true);
            }
            if (q.consultation() != null) {
                o.key("consultation").beginObject().field("sent", str(q.consultation().sent()))
                        .field("answered", str(q.consultation().answered())).endObject();
            }
            o.field("replied", str(q.replied())).field("outcome", q.outcome() == null ? null : q.outcome().token());
            if (q.outcome() == null) {
                o.field("outcomeText", q.outcomeText()); // the register's wording when it names no row of the report
            }
            if (q.review() != null) {
                o.key("review").beginObject().field("result", q.review().result() == null ? null : q.review().result().token())
                        .field("decided", str(q.review().decided())).endObject();
            }
            if (q.litigation() != null) {
                o.key("litigation").beginObject().key("afterReview").value(q.litigation().afterReview())
                        .field("result", q.litigation().result() == null ? null : q.litigation().result().token())
                        .field("decided", str(q.litigation().decided())).endObject();
            }
            o.endObject();
        }
        o.endArray();
        o.endObject();
        o.drain();
        w.write("\n");
        w.flush();
    }

    private static String str(LocalDate d) {
        return d == null ? null : d.toString();
    }

    /**
     * Reads a register from its JSON text; {@code name} is used in messages.
     *
     * @throws CatalogFormatException naming the JSON Pointer of a member of the wrong type, an unknown key or token
     */
    public static Registers.Register read(String json, String name) throws CatalogFormatException {
        Reader r = new Reader(name);
        JsonObject root = r.object(CatalogJson.parseValue(json, name), "");
        r.keys(root, "", Set.of("publisher", "publications", "requests"));
        List<Publication> pubs = new ArrayList<>();
        JsonArray pa = r.array(root.get("publications"), "/publications");
        for (int i = 0; i < pa.size(); i++) {
            String p = "/publications/" + i;
            JsonObject o = r.object(pa.get(i), p);
            r.keys(o, p, Set.of("indexNumber", "title", "docNumber", "kind", "item", "publisher", "formed", "published", "channels",
                    "validity", "interprets"));
            List<String> channels = new ArrayList<>();
            if (o.containsKey("channels")) {
                JsonArray ca = r.array(o.get("channels"), p + "/channels");
                for (int k = 0; k < ca.size(); k++) {
                    channels.add(r.string(ca.get(k), p + "/channels/" + k));
                }
            }
            Publication.Validity validity = Publication.Validity.UNKNOWN;
            if (o.containsKey("validity")) {
                JsonObject v = r.object(o.get("validity"), p + "/validity");
                r.keys(v, p + "/validity", Set.of("status", "effective", "expires", "repealed", "repealedBy"));
                validity = new Publication.Validity(r.token(v, "status", p + "/validity", Publication.Status.class),
                        r.date(v, "effective", p + "/validity"), r.date(v, "expires", p + "/validity"), r.date(v, "repealed", p + "/validity"),
                        r.opt(v, "repealedBy", p + "/validity"));
            }
            Publication.Kind kind = r.token(o, "kind", p, Publication.Kind.class);
            pubs.add(new Publication(r.opt(o, "indexNumber", p), r.opt(o, "title", p), r.opt(o, "docNumber", p),
                    kind == null ? Publication.Kind.OTHER : kind, r.opt(o, "item", p), r.opt(o, "publisher", p), r.date(o, "formed", p),
                    r.date(o, "published", p), channels, validity, r.opt(o, "interprets", p), name + "#" + p));
        }
        List<Request> reqs = new ArrayList<>();
        JsonArray ra = r.array(root.get("requests"), "/requests");
        for (int i = 0; i < ra.size(); i++) {
            String p = "/requests/" + i;
            JsonObject o = r.object(ra.get(i), p);
            r.keys(o, p, Set.of("id", "received", "applicant", "supplement", "extended", "consultation", "replied", "outcome",
                    "outcomeText", "review", "litigation"));
            Request.Supplement supplement = null;
            if (o.containsKey("supplement")) {
                JsonObject s = r.object(o.get("supplement"), p + "/supplement");
                r.keys(s, p + "/supplement", Set.of("requested", "received"));
                supplement = new Request.Supplement(r.date(s, "requested", p + "/supplement"), r.date(s, "received", p + "/supplement"));
            }
            Request.Consultation consultation = null;
            if (o.containsKey("consultation")) {
                JsonObject s = r.object(o.get("consultation"), p + "/consultation");
                r.keys(s, p + "/consultation", Set.of("sent", "answered"));
                consultation = new Request.Consultation(r.date(s, "sent", p + "/consultation"), r.date(s, "answered", p + "/consultation"));
            }
            Request.Review review = null;
            if (o.containsKey("review")) {
                JsonObject s = r.object(o.get("review"), p + "/review");
                r.keys(s, p + "/review", Set.of("result", "decided"));
                review = new Request.Review(r.token(s, "result", p + "/review", DecisionResult.class),
                        r.date(s, "decided", p + "/review"));
            }
            Request.Litigation litigation = null;
            if (o.containsKey("litigation")) {
                JsonObject s = r.object(o.get("litigation"), p + "/litigation");
                r.keys(s, p + "/litigation", Set.of("afterReview", "result", "decided"));
                litigation = new Request.Litigation(r.bool(s, "afterReview", p + "/litigation"),
                        r.token(s, "result", p + "/litigation", DecisionResult.class), r.date(s, "decided", p + "/litigation"));
            }
            Outcome outcome = r.token(o, "outcome", p, Outcome.class);
            reqs.add(new Request(r.opt(o, "id", p), r.date(o, "received", p),
                    r.token(o, "applicant", p, ApplicantType.class), supplement, r.bool(o, "extended", p),
                    consultation, r.date(o, "replied", p), outcome, outcome != null ? outcome.token() : r.opt(o, "outcomeText", p),
                    review, litigation, name + "#" + p));
        }
        return new Registers.Register(pubs, reqs, List.of());
    }

    /** Typed, located access to the members of a register document. */
    private record Reader(String name) {
        private CatalogFormatException wrong(String pointer, String expected, JsonValue found) {
            return new CatalogFormatException(Location.pointer(name, pointer), "expected " + expected + ", found "
                    + (found == null ? "nothing" : found.getValueType().name().toLowerCase(java.util.Locale.ROOT)));
        }

        JsonObject object(JsonValue v, String p) throws CatalogFormatException {
            if (!(v instanceof JsonObject o)) {
                throw wrong(p, "an object", v);
            }
            return o;
        }

        JsonArray array(JsonValue v, String p) throws CatalogFormatException {
            if (v == null) {
                return JsonValue.EMPTY_JSON_ARRAY;
            }
            if (!(v instanceof JsonArray a)) {
                throw wrong(p, "an array", v);
            }
            return a;
        }

        String string(JsonValue v, String p) throws CatalogFormatException {
            if (!(v instanceof JsonString s)) {
                throw wrong(p, "a string", v);
            }
            return s.getString();
        }

        void keys(JsonObject o, String p, Set<String> allowed) throws CatalogFormatException {
            for (String k : o.keySet()) {
                if (!allowed.contains(k)) {
                    throw new CatalogFormatException(Location.pointer(name, p + "/" + k), "unknown key \"" + k + "\"; expected one of "
                            + new java.util.TreeSet<>(allowed));
                }
            }
        }

        String opt(JsonObject o, String k, String p) throws CatalogFormatException {
            JsonValue v = o.get(k);
            return v == null || v == JsonValue.NULL ? null : string(v, p + "/" + k);
        }

        LocalDate date(JsonObject o, String k, String p) throws CatalogFormatException {
            String s = opt(o, k, p);
            if (s == null) {
                return null;
            }
            try {
                if (!s.matches("\\d{4}-\\d{2}-\\d{2}")) {
                    throw new DateTimeParseException(s, s, 0);
                }
                return LocalDate.parse(s);
            } catch (DateTimeParseException e) {
                throw new CatalogFormatException(Location.pointer(name, p + "/" + k), "expected an ISO-8601 date such as 2025-03-04, found \"" + s + "\"");
            }
        }

        boolean bool(JsonObject o, String k, String p) throws CatalogFormatException {
            JsonValue v = o.get(k);
            if (v == null || v == JsonValue.NULL) {
                return false;
            }
            if (v != JsonValue.TRUE && v != JsonValue.FALSE) {
                throw wrong(p + "/" + k, "true or false", v);
            }
            return v == JsonValue.TRUE;
        }

        <E extends Enum<E> & Token> E token(JsonObject o, String k, String p, Class<E> type) throws CatalogFormatException {
            String s = opt(o, k, p);
            E e = s == null ? null : Token.fromTokenOrNull(type, s);
            if (s != null && e == null) {
                throw new CatalogFormatException(Location.pointer(name, p + "/" + k), Token.unknownMessage(type, s));
            }
            return e;
        }
    }
}
