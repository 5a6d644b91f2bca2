package org.gkml.catalog.io.internal;

import java.io.IOException;
import java.util.List;
import org.gkml.catalog.io.json.JsonOut;

import org.gkml.catalog.model.Audience;
import org.gkml.catalog.model.Catalog;
import org.gkml.catalog.model.Channel;
import org.gkml.catalog.model.Content;
import org.gkml.catalog.model.Deadline;
import org.gkml.catalog.model.Duration;
import org.gkml.catalog.model.Entry;
import org.gkml.catalog.model.Extensions;
import org.gkml.catalog.model.LegalReference;
import org.gkml.catalog.model.Level;
import org.gkml.catalog.model.Organization;
import org.gkml.catalog.model.Responsibility;

/** Not API. Writes model values in the wire format's key order (FORMAT.md tables). */
public final class JsonModelWriter {

    private JsonModelWriter() {
    }

    /** Writes the catalog-level members (the object must be open). */
    public static void header(JsonOut o, Catalog c) throws IOException {
        o.field("specVersion", c.specVersion());
        o.field("id", c.id());
        o.field("title", c.title());
        if (c.publisher() != null) {
            o.key("publisher");
            organization(o, c.publisher());
        }
        if (c.region() != null) {
            o.key("region").beginObject().field("code", c.region().code()).field("name", c.region().name()).endObject();
        }
        o.field("version", c.version());
        o.field("issued", c.issued() == null ? null : c.issued().toString());
        o.field("status", c.status() == null ? null : c.status().token());
        o.field("domain", c.domain());
        extensions(o, c.extensions());
    }

    public static void extensions(JsonOut o, Extensions e) throws IOException {
        if (e != null && !e.isEmpty()) {
            o.key("extensions").any(e.members());
        }
    }

    public static void organization(JsonOut o, Organization org) throws IOException {
        o.beginObject().field("name", org.name()).field("creditCode", org.creditCode())
                .field("divisionCode", org.divisionCode()).endObject();
    }

    public static void entry(JsonOut o, Entry e) throws IOException {
        o.beginObject();
        o.field("code", e.code());
        o.strings("category", e.category());
        o.field("name", e.name());
        Content c = e.content();
        if (c != null) {
            o.key("content").beginObject().field("summary", c.summary());
            if (!c.elements().isEmpty()) {
                o.strings("elements", c.elements());
            }
            o.endObject();
        }
        o.key("basis").beginArray();
        for (LegalReference l : e.basis()) {
            o.beginObject().field("title", l.title()).field("docNumber", l.docNumber()).field("provision", l.provision())
                    .field("text", l.text()).endObject();
        }
        o.endArray();
        if (e.deadline() != null) {
            o.key("deadline");
            deadline(o, e.deadline());
        }
        if (e.duration() != null) {
            o.key("duration");
            duration(o, e.duration());
        }
        o.key("subjects").beginArray();
        for (Organization s : e.subjects()) {
            organization(o, s);
        }
        o.endArray();
        o.field("method", e.method() == null ? null : e.method().token());
        Audience a = e.audience();
        if (a != null) {
            o.key("audience").beginObject().field("scope", a.scope() == null ? null : a.scope().token())
                    .field("description", a.description()).endObject();
        }
        o.key("channels").beginArray();
        for (Channel ch : e.channels()) {
            o.beginObject().field("type", ch.type().token()).field("name", ch.name()).field("url", ch.url()).endObject();
        }
        o.endArray();
        if (!e.levels().isEmpty()) {
            o.key("levels").beginArray();
            for (Level l : e.levels()) {
                o.value(l.token());
            }
            o.endArray();
        }
        Responsibility r = e.responsibility();
        if (r != null) {
            o.key("responsibility").beginObject().field("unit", r.unit()).field("person", r.person())
                    .field("contact", r.contact()).endObject();
        }
        o.field("status", e.status() == null ? null : e.status().token());
        extensions(o, e.extensions());
        o.endObject();
    }

    public static void deadline(JsonOut o, Deadline d) throws IOException {
        o.beginObject();
        deadlineFields(o, d);
        o.endObject();
    }

    /** Writes a deadline's members into an open object. */
    public static void deadlineFields(JsonOut o, Deadline d) throws IOException {
        o.field("type", d.type());
        if (d instanceof Deadline.Within w) {
            o.field("trigger", w.trigger().token()).field("triggerText", w.triggerText()).field("amount", w.amount())
                    .field("unit", w.unit().token());
        } else if (d instanceof Deadline.ByDate b) {
            o.field("recurrence", b.recurrence() == null ? null : b.recurrence().token()).field("year", b.year())
                    .field("month", b.month()).field("day", b.day());
            if (b.endOfMonth()) {
                o.key("endOfMonth").value(true);
            }
        } else if (d instanceof Deadline.Periodic p) {
            o.field("recurrence", p.recurrence().token()).field("amount", p.amount())
                    .field("unit", p.unit() == null ? null : p.unit().token());
        }
        o.field("text", d.text());
        List<Deadline.Condition> conds = d.conditions();
        if (!conds.isEmpty()) {
            o.key("conditions").beginArray();
            for (Deadline.Condition c : conds) {
                o.beginObject().field("when", c.when()).key("deadline");
                deadline(o, c.deadline());
                o.endObject();
            }
            o.endArray();
        }
    }

    public static void duration(JsonOut o, Duration d) throws IOException {
        o.beginObject().field("type", d.type());
        if (d instanceof Duration.Fixed f) {
            o.field("amount", f.amount()).field("unit", f.unit().token());
        }
        o.field("text", d.text()).endObject();
    }
}
