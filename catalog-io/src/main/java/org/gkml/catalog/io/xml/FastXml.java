package org.gkml.catalog.io.xml;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gkml.catalog.io.CatalogReader;
import org.gkml.catalog.io.Location;
import org.gkml.catalog.io.internal.XmlPull;
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
import org.gkml.catalog.model.Catalog;
import org.gkml.catalog.model.CatalogStatus;
import org.gkml.catalog.model.Entry;

/**
 * The fast path of reading a catalog XML file: the pull tokenizer the workbook reader uses ({@link XmlPull}, about
 * three times as fast as the JDK's StAX parser) and a binder written for the schema's types, filling the same
 * binding objects JAXB fills ({@link XmlBinding}) for the same mapper ({@link XmlModel}). It reads documents as the
 * wire format writes them (elements in any order, each once; the catalog namespace as the default namespace of the
 * root; only {@code type} attributes); at anything else — an unknown element or attribute, a prefix, a repeated
 * element, text between elements, a value the mapper refuses, malformed XML — it gives up, and the reader JAXB binds
 * ({@link CatalogXml}) reads the file again from the start, passing over the entries already handed out
 * ({@link XmlFallbackReader}), so that
 * every message, location and problem is the reference reader's. Differentially tested against it on generated and
 * mutated documents. Not thread-safe.
 */
final class FastXml implements CatalogReader {

    /** The fast path gives up here; the reference reader takes over. */
    static final class Bail extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Bail() {
            super(null, null, false, false);
        }
    }

    private static final Bail BAIL = new Bail();

    /** A file read fast, falling back to the reference reader (strict, or reporting to {@code problems}). */
    static CatalogReader open(Path file, java.util.function.Consumer<org.gkml.catalog.io.BindingProblem> problems) throws IOException {
        return new XmlFallbackReader(file, problems);
    }

    private final XmlPull x;
    private final InputStream in;
    private final String file;
    private final XmlModel model;
    private final Catalog.Builder header = Catalog.builder().specVersion(null);
    private final Set<String> seen = new HashSet<>();
    private final StringBuilder text = new StringBuilder();
    private int state;
    private int index;
    /** The tag after the last entry, read ahead (0: none). */
    private int peeked;
    private int entryLine;
    private int entryColumn;

    FastXml(Path path) throws IOException {
        this.in = Files.newInputStream(path);
        this.file = path.getFileName().toString();
        try {
            this.x = XmlPull.open(in, file);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
        x.trackLines();
        x.skipLayoutText(); // the binder reads no element that holds both text and elements: indentation is no data
        this.model = new XmlModel(file, null);
    }

    private static Bail bail() {
        return BAIL;
    }

    /** The next START or END, white space between elements passed; anything else gives up. */
    private int tag() throws IOException {
        while (true) {
            int ev = x.next();
            if (ev == XmlPull.TEXT) {
                if (!x.textIsWhite()) {
                    throw bail();
                }
                continue;
            }
            if (ev == XmlPull.EOF) {
                throw bail();
            }
            if (x.hasPrefix()) {
                throw bail();
            }
            if (ev == XmlPull.START && x.attributeCount() != 0) {
                // only the variant tag of a deadline or duration
                String name = x.localName();
                if (x.attributeCount() != 1 || x.attribute("type") == null || !(name.equals("deadline") || name.equals("duration"))) {
                    throw bail();
                }
            }
            return ev;
        }
    }

    /** The text of a simple element whose START was just read, up to its END. */
    private String text() throws IOException {
        text.setLength(0);
        while (true) {
            int ev = x.next();
            if (ev == XmlPull.TEXT) {
                x.appendText(text);
                if (text.length() > CanonicalNames.MAX_TEXT) {
                    throw bail();
                }
            } else if (ev == XmlPull.END) {
                return text.toString();
            } else {
                throw bail();
            }
        }
    }

    private static void once(Object current) {
        if (current != null) {
            throw bail();
        }
    }

    /**
     * Whether the list element whose START was read holds another item, a child named {@code item} (any other child
     * bails); false at its end. The lists are read with this rather than with a reader per item: a method reference's
     * linking costs a first answer some 0.2 ms.
     */
    private boolean item(String item) throws IOException {
        if (tag() != XmlPull.START) {
            return false;
        }
        if (!x.localName().equals(item)) {
            throw bail();
        }
        return true;
    }

    /** The texts of a list's items. */
    private List<String> texts(String item) throws IOException {
        List<String> out = new ArrayList<>();
        while (item(item)) {
            out.add(text());
        }
        return out;
    }

    // ---- the document ------------------------------------------------------------------------------------------

    @Override
    public Catalog header() throws IOException {
        if (state == 0) {
            int ev = x.next();
            while (ev == XmlPull.TEXT) {
                ev = x.next(); // the tokenizer refuses anything but white space before the root
            }
            if (ev != XmlPull.START || x.hasPrefix() || !x.localName().equals("catalog") || x.attributeCount() != 1
                    || !CatalogXml.NAMESPACE.equals(x.attribute("xmlns"))) {
                throw bail();
            }
            state = members() ? 1 : 3;
        }
        return header.build();
    }

    /** Catalog members up to {@code <entries>} (true) or the end of the root (false). */
    private boolean members() throws IOException {
        while (tag() == XmlPull.START) {
            String key = x.localName();
            if (key.equals("entries")) {
                return true;
            }
            if (!seen.add(key)) {
                throw bail();
            }
            String p = "/" + key;
            switch (key) {
                case "publisher" -> header.publisher(model.organization(organization(), p));
                case "region" -> header.region(model.region(region(), p));
                case "specVersion" -> header.specVersion(text());
                case "id" -> header.id(text());
                case "title" -> header.title(text());
                case "version" -> header.version(text());
                case "domain" -> header.domain(text());
                case "issued" -> header.issued(model.date(text(), p));
                case "status" -> header.status(model.token(CatalogStatus.class, text(), p));
                case "extensions" -> header.extensions(model.extensions(text(), p));
                default -> throw bail();
            }
        }
        if (x.next() != XmlPull.EOF) { // the root ended: nothing but white space may follow
            throw bail();
        }
        return false;
    }

    @Override
    public Entry next() throws IOException {
        if (state == 0) {
            header();
        }
        if (state != 1) {
            return null;
        }
        int ev = peeked != 0 ? peeked : tag();
        peeked = 0;
        if (ev == XmlPull.END) {
            state = members() ? 4 : 3;
            if (state == 4) {
                throw bail(); // <entries> twice
            }
            return null;
        }
        if (!x.localName().equals("entry")) {
            throw bail();
        }
        entryLine = x.line();
        entryColumn = x.column();
        XEntry e = entry();
        // the next tag is read before the entry is handed out: the reference reader reads past an entry's end
        // before it returns it, so a document cut short just after an entry fails on that entry there too
        peeked = tag();
        return model.entry(e, "/entries/" + index++);
    }

    @Override
    public Catalog trailer() throws IOException {
        if (state != 3) {
            throw new IllegalStateException("trailer() is available after the last entry has been read");
        }
        if (!seen.containsAll(CatalogXml.STRUCTURAL_HEADER)) {
            throw bail();
        }
        return header.build();
    }

    @Override
    public Location entryLocation() {
        return Location.at(file, entryLine, entryColumn);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    // ---- the schema's types -----------------------------------------------------------------------------------

    private XEntry entry() throws IOException {
        XEntry e = new XEntry();
        while (tag() == XmlPull.START) {
            switch (x.localName()) {
                case "code" -> { once(e.code); e.code = text(); }
                case "category" -> { once(e.category); e.category = texts("name"); }
                case "name" -> { once(e.name); e.name = text(); }
                case "content" -> { once(e.content); e.content = content(); }
                case "basis" -> {
                    once(e.basis);
                    e.basis = new ArrayList<>();
                    while (item("reference")) {
                        e.basis.add(reference());
                    }
                }
                case "deadline" -> { once(e.deadline); e.deadline = deadline(); }
                case "duration" -> { once(e.duration); e.duration = duration(); }
                case "subjects" -> {
                    once(e.subjects);
                    e.subjects = new ArrayList<>();
                    while (item("subject")) {
                        e.subjects.add(organization());
                    }
                }
                case "method" -> { once(e.method); e.method = text(); }
                case "audience" -> { once(e.audience); e.audience = audience(); }
                case "channels" -> {
                    once(e.channels);
                    e.channels = new ArrayList<>();
                    while (item("channel")) {
                        e.channels.add(channel());
                    }
                }
                case "levels" -> { once(e.levels); e.levels = texts("level"); }
                case "responsibility" -> { once(e.responsibility); e.responsibility = responsibility(); }
                case "status" -> { once(e.status); e.status = text(); }
                case "extensions" -> { once(e.extensions); e.extensions = text(); }
                default -> throw bail();
            }
        }
        return e;
    }

    private XOrganization organization() throws IOException {
        XOrganization o = new XOrganization();
        while (tag() == XmlPull.START) {
            switch (x.localName()) {
                case "name" -> { once(o.name); o.name = text(); }
                case "creditCode" -> { once(o.creditCode); o.creditCode = text(); }
                case "divisionCode" -> { once(o.divisionCode); o.divisionCode = text(); }
                default -> throw bail();
            }
        }
        return o;
    }

    private XRegion region() throws IOException {
        XRegion r = new XRegion();
        while (tag() == XmlPull.START) {
            switch (x.localName()) {
                case "code" -> { once(r.code); r.code = text(); }
                case "name" -> { once(r.name); r.name = text(); }
                default -> throw bail();
            }
        }
        return r;
    }

    private XContent content() throws IOException {
        XContent c = new XContent();
        while (tag() == XmlPull.START) {
            switch (x.localName()) {
                case "summary" -> { once(c.summary); c.summary = text(); }
                case "elements" -> { once(c.elements); c.elements = texts("element"); }
                default -> throw bail();
            }
        }
        return c;
    }

    private XReference reference() throws IOException {
        XReference r = new XReference();
        while (tag() == XmlPull.START) {
            switch (x.localName()) {
                case "title" -> { once(r.title); r.title = text(); }
                case "docNumber" -> { once(r.docNumber); r.docNumber = text(); }
                case "provision" -> { once(r.provision); r.provision = text(); }
                case "text" -> { once(r.text); r.text = text(); }
                default -> throw bail();
            }
        }
        return r;
    }

    /** The {@code type} attribute (the element's only one, read before its children), or null. */
    private String type() throws IOException {
        return x.attribute("type");
    }

    private XDeadline deadline() throws IOException {
        XDeadline d = new XDeadline();
        d.type = type();
        while (tag() == XmlPull.START) {
            switch (x.localName()) {
                case "trigger" -> { once(d.trigger); d.trigger = text(); }
                case "triggerText" -> { once(d.triggerText); d.triggerText = text(); }
                case "recurrence" -> { once(d.recurrence); d.recurrence = text(); }
                case "year" -> { once(d.year); d.year = text(); }
                case "amount" -> { once(d.amount); d.amount = text(); }
                case "unit" -> { once(d.unit); d.unit = text(); }
                case "month" -> { once(d.month); d.month = text(); }
                case "day" -> { once(d.day); d.day = text(); }
                case "endOfMonth" -> { once(d.endOfMonth); d.endOfMonth = text(); }
                case "text" -> { once(d.text); d.text = text(); }
                case "conditions" -> {
                    once(d.conditions);
                    d.conditions = new ArrayList<>();
                    while (item("condition")) {
                        d.conditions.add(condition());
                    }
                }
                default -> throw bail();
            }
        }
        return d;
    }

    private XCondition condition() throws IOException {
        XCondition c = new XCondition();
        while (tag() == XmlPull.START) {
            switch (x.localName()) {
                case "when" -> { once(c.when); c.when = text(); }
                case "deadline" -> { once(c.deadline); c.deadline = deadline(); }
                default -> throw bail();
            }
        }
        return c;
    }

    private XDuration duration() throws IOException {
        XDuration d = new XDuration();
        d.type = type();
        while (tag() == XmlPull.START) {
            switch (x.localName()) {
                case "amount" -> { once(d.amount); d.amount = text(); }
                case "unit" -> { once(d.unit); d.unit = text(); }
                case "text" -> { once(d.text); d.text = text(); }
                default -> throw bail();
            }
        }
        return d;
    }

    private XAudience audience() throws IOException {
        XAudience a = new XAudience();
        while (tag() == XmlPull.START) {
            switch (x.localName()) {
                case "scope" -> { once(a.scope); a.scope = text(); }
                case "description" -> { once(a.description); a.description = text(); }
                default -> throw bail();
            }
        }
        return a;
    }

    private XChannel channel() throws IOException {
        XChannel c = new XChannel();
        while (tag() == XmlPull.START) {
            switch (x.localName()) {
                case "type" -> { once(c.type); c.type = text(); }
                case "name" -> { once(c.name); c.name = text(); }
                case "url" -> { once(c.url); c.url = text(); }
                default -> throw bail();
            }
        }
        return c;
    }

    private XResponsibility responsibility() throws IOException {
        XResponsibility r = new XResponsibility();
        while (tag() == XmlPull.START) {
            switch (x.localName()) {
                case "unit" -> { once(r.unit); r.unit = text(); }
                case "person" -> { once(r.person); r.person = text(); }
                case "contact" -> { once(r.contact); r.contact = text(); }
                default -> throw bail();
            }
        }
        return r;
    }
}
