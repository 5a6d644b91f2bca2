package org.gkml.catalog.validation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.Set;
import org.gkml.catalog.io.BindingProblem;
import org.gkml.catalog.io.CatalogFormatException;
import org.gkml.catalog.io.CatalogFormat;
import org.gkml.catalog.io.CatalogReader;
import org.gkml.catalog.io.Catalogs;
import org.gkml.catalog.io.Location;
import org.gkml.catalog.io.json.JsonCatalogReader;
import org.gkml.catalog.model.Catalog;
import org.gkml.catalog.model.CatalogStatus;
import org.gkml.catalog.model.CreditCode;
import org.gkml.catalog.model.DivisionCode;
import org.gkml.catalog.model.Entry;
import org.gkml.catalog.model.Organization;

/**
 * Validates catalogs: one call turns a catalog object or a file into a {@link ValidationReport}.
 *
 * <pre>{@code
 * ValidationReport r = Validator.builder().profile(Profile.BASIC_LEVEL).build().validate(Path.of("catalog.json"));
 * }</pre>
 *
 * <p>For files the pipeline is: structural check while binding (the streaming reader enforces the schema's
 * constraints and reports each problem with its JSON Pointer and line) → per-entry rules → cross-entry rules with
 * small state (hashes of codes and names) → catalog-level rules. A value with a structural problem is not
 * reported again by a later rule. Memory is bounded by one entry plus 12 bytes per entry for the cross-entry
 * state. Immutable and thread-safe once built.
 *
 * @since 0.1
 */
public final class Validator {

    private final Profile profile;
    private final Locale locale;
    private final Clock clock;
    private final int maxIssues;
    private final boolean beanValidation;
    private final List<Registered> rules;
    /** The per-entry rules the profile enables, in order. */
    private final List<Registered> active;

    /** A rule with its description and message templates. */
    record Registered(RuleInfo info, String messageZh, String messageEn, Rule rule) {
        String template(Locale l) {
            return Messages.english(l) ? messageEn : messageZh;
        }
    }

    private Validator(Builder b) {
        this.profile = b.profile;
        this.locale = b.locale;
        this.clock = b.clock;
        this.maxIssues = b.maxIssues;
        this.beanValidation = b.beanValidation;
        List<Registered> all = new ArrayList<>();
        for (Map.Entry<String, Rule> e : BuiltInRules.entryRules().entrySet()) {
            if (beanValidation && BeanCheck.RULES.contains(e.getKey())) {
                continue; // these come from the model's Bean Validation constraints
            }
            all.add(builtIn(e.getKey(), e.getValue()));
        }
        List<Registered> extra = new ArrayList<>(b.custom);
        if (b.serviceLoader) {
            for (RuleProvider p : ServiceLoader.load(RuleProvider.class, b.classLoader)) {
                for (RuleProvider.CustomRule r : p.rules()) {
                    extra.add(new Registered(r.info(), r.messageZh(), r.messageEn(), r.rule()));
                }
            }
        }
        Set<String> ids = new HashSet<>(BuiltInRules.SEVERITIES.keySet());
        for (Registered r : extra) {
            if (!ids.add(r.info().id())) {
                throw new IllegalArgumentException("rule id \"" + r.info().id() + "\" is registered twice (or is a built-in id)");
            }
        }
        all.addAll(extra);
        this.rules = List.copyOf(all);
        this.active = rules.stream().filter(r -> profile.enabled(r.info().id())).toList();
    }

    private static Registered builtIn(String id, Rule rule) {
        return new Registered(BuiltInRules.info(id), Messages.get(Locale.ROOT, id + ".message"),
                Messages.get(Locale.ENGLISH, id + ".message"), rule);
    }

    /** A validator with the national profile, Chinese messages and plug-ins from the class path. */
    public static Validator defaults() {
        return builder().build();
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Configures a {@link Validator}. Not thread-safe. @since 0.1 */
    public static final class Builder {
        private Profile profile = Profile.NATIONAL;
        private Locale locale = Locale.SIMPLIFIED_CHINESE;
        private Clock clock = Clock.systemDefaultZone();
        private int maxIssues = 100_000;
        private final List<Registered> custom = new ArrayList<>();
        private boolean serviceLoader = true;
        private boolean beanValidation;
        private ClassLoader classLoader = Thread.currentThread().getContextClassLoader();

        private Builder() {
        }

        /** The profile (default {@link Profile#NATIONAL}). */
        public Builder profile(Profile p) {
            profile = Objects.requireNonNull(p, "profile");
            return this;
        }

        /** The message language: Chinese (default) or English. */
        public Builder locale(Locale l) {
            locale = Objects.requireNonNull(l, "locale");
            return this;
        }

        /** The clock for "not in the future" checks. */
        public Builder clock(Clock c) {
            clock = Objects.requireNonNull(c, "clock");
            return this;
        }

        /** The most issues kept in a report (all are counted). */
        public Builder maxIssues(int n) {
            if (n < 0) {
                throw new IllegalArgumentException("maxIssues must not be negative: " + n);
            }
            maxIssues = n;
            return this;
        }

        /** Adds a rule with its description and message templates ({0}, {1} … for the reported arguments). */
        public Builder rule(RuleInfo info, String messageZh, String messageEn, Rule rule) {
            custom.add(new Registered(Objects.requireNonNull(info, "info"), Objects.requireNonNull(messageZh, "messageZh"),
                    Objects.requireNonNull(messageEn, "messageEn"), Objects.requireNonNull(rule, "rule")));
            return this;
        }

        /**
         * Whether the per-field requirements (REQ-001, -002, -004 to -007, -009, AUD-001) are checked with Jakarta
         * Bean Validation (Hibernate Validator) on the model's constraints instead of the built-in fast checks. Both
         * give the same issues (differentially tested); the built-in checks are several times faster.
         */
        public Builder beanValidation(boolean on) {
            if (on) {
                try {
                    Class.forName("org.hibernate.validator.HibernateValidator", false, Validator.class.getClassLoader());
                } catch (ClassNotFoundException | LinkageError e) {
                    throw new IllegalStateException("beanValidation(true) needs Hibernate Validator on the class path: add "
                            + "org.hibernate.validator:hibernate-validator (an optional dependency of catalog-validation)", e);
                }
            }
            beanValidation = on;
            return this;
        }

        /** Whether to add {@link RuleProvider}s found by {@link ServiceLoader} (default true). */
        public Builder serviceLoader(boolean on) {
            serviceLoader = on;
            return this;
        }

        /** The class loader for {@link RuleProvider}s. */
        public Builder classLoader(ClassLoader cl) {
            classLoader = cl;
            return this;
        }

        public Validator build() {
            return new Validator(this);
        }
    }

    /** The catalogue of every rule this validator runs (built-in and plug-ins), with default severities. */
    public List<RuleInfo> rules() {
        List<RuleInfo> out = new ArrayList<>(BuiltInRules.catalogue());
        for (Registered r : rules) {
            if (!BuiltInRules.SEVERITIES.containsKey(r.info().id())) {
                out.add(r.info());
            }
        }
        return out;
    }

    /** The built-in rule catalogue. */
    public static List<RuleInfo> builtInRules() {
        return BuiltInRules.catalogue();
    }

    /** The profile in use. */
    public Profile profile() {
        return profile;
    }

    /** Validates a catalog object. */
    public ValidationReport validate(Catalog catalog) {
        Run run = new Run(catalog.header(), null, Sources.NONE);
        int i = 0;
        for (Entry e : catalog.entries()) {
            run.entry(e, i++, null);
        }
        run.end(i);
        return run.report();
    }

    /**
     * Validates a file of any supported format, detected once by content: JSON and XML streamed (structure checked
     * while binding), CSV and XLSX imported first when {@code catalog-sheets} is on the class path, with issues located
     * at sheet cells. An unreadable file gives a report with one {@code STRUCT-003} issue naming the location.
     *
     * @throws IOException when the file cannot be opened at all
     */
    public ValidationReport validate(Path file) throws IOException {
        String name = file.getFileName().toString();
        CatalogFormat format;
        try {
            format = Catalogs.formatOf(file);
        } catch (CatalogFormatException e) {
            return unreadable(name, e);
        }
        return validate(problems -> format.open(file, problems), name);
    }

    /**
     * Validates a JSON document streamed from bytes. Parsing and binding run on one thread while the rules run on
     * the calling thread, connected by a small bounded queue, so memory stays bounded by the queue and the second
     * core does the rule work.
     */
    public ValidationReport validateJson(InputStream in, String name) throws IOException {
        return validate(problems -> JsonCatalogReader.open(in, name, problems), name);
    }

    /** Opens the reader of one document, structural problems going to the consumer given. */
    private interface Opener {
        CatalogReader open(java.util.function.Consumer<BindingProblem> problems) throws IOException;
    }

    /** The one reading loop: every format's reader feeds the same pipeline. */
    private ValidationReport validate(Opener opener, String name) throws IOException {
        Checker checker = new Checker(name);
        if (SEQUENTIAL) {
            try {
                produce(opener, name, checker::accept);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException("validation interrupted");
            }
            return checker.report;
        }
        java.util.concurrent.BlockingQueue<List<Item>> queue = new java.util.concurrent.ArrayBlockingQueue<>(8);
        Thread reader = new Thread(() -> {
            try {
                produce(opener, name, queue::put);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "catalog-validate-reader");
        reader.setDaemon(true);
        reader.start();
        try {
            while (!checker.accept(queue.take())) {
                // next batch
            }
            return checker.report;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("validation interrupted");
        } finally {
            reader.interrupt();
        }
    }

    /**
     * One bound entry handed from the reading thread to the checking thread, with its structural problems; the
     * first item carries the header and the reader's source lookup (complete for the sheets once opened).
     */
    private record Item(Entry entry, Location location, List<BindingProblem> problems, Catalog header,
                        Sources sources, CatalogFormatException failure, boolean end) {
    }

    /** Where a value came from in the source (an imported sheet's cells), when the reader knows. */
    private interface Sources {
        Sources NONE = pointer -> java.util.Optional.empty();

        java.util.Optional<Location> of(String pointer);
    }

    /** Whether to read and check on one thread (system property {@code gkml.validate.sequential}, or one core). */
    private static final boolean SEQUENTIAL = Boolean.getBoolean("gkml.validate.sequential")
            || Runtime.getRuntime().availableProcessors() < 2;

    /** The checking side: runs the rules on each batch of bound entries; {@link #report} once the end is seen. */
    private final class Checker {
        private final String name;
        private Run run;
        private int i;
        ValidationReport report;

        Checker(String name) {
            this.name = name;
        }

        /** Checks a batch; true when the document's end (or a failure) has been seen. */
        boolean accept(List<Item> batch) {
            for (Item item : batch) {
                if (run == null) {
                    run = new Run(item.header() != null ? item.header() : Catalog.builder().build(), name,
                            item.sources() == null ? Sources.NONE : item.sources());
                }
                run.structural(new ArrayList<>(item.problems()), item.entry() == null ? null : item.entry().code());
                if (item.failure() != null) {
                    CatalogFormatException e = item.failure();
                    run.add("STRUCT-003", e.location().pointer() == null ? "" : e.location().pointer(), null, e.location(), null, e.problem());
                    report = run.report();
                    return true;
                }
                if (item.end()) {
                    run.end(i);
                    report = run.report();
                    return true;
                }
                if (item.entry() != null) {
                    run.entry(item.entry(), i++, item.location());
                }
            }
            return false;
        }
    }

    private interface BatchSink {
        void put(List<Item> batch) throws InterruptedException;
    }

    private static final int BATCH = 256;

    private static void produce(Opener opener, String name, BatchSink sink) throws InterruptedException {
        List<BindingProblem> problems = new ArrayList<>();
        Catalog header = null;
        List<Item> batch = new ArrayList<>(BATCH);
        try (CatalogReader reader = opener.open(problems::add)) {
            header = reader.header();
            batch.add(new Item(null, null, drain(problems), header, reader::sourceOf, null, false));
            for (Entry e; (e = reader.next()) != null; ) {
                batch.add(new Item(e, reader.entryLocation(), drain(problems), null, null, null, false));
                if (batch.size() == BATCH) {
                    sink.put(batch);
                    batch = new ArrayList<>(BATCH);
                }
            }
            reader.trailer();
            batch.add(new Item(null, null, drain(problems), null, null, null, true));
            sink.put(batch);
        } catch (CatalogFormatException e) {
            batch.add(new Item(null, null, drain(problems), header, null, e, false));
            sink.put(batch);
        } catch (IOException | RuntimeException e) {
            batch.add(new Item(null, null, drain(problems), header, null,
                    new CatalogFormatException(Location.at(name, 0, 0), "cannot read: " + e, e), false));
            sink.put(batch);
        }
    }

    private static List<BindingProblem> drain(List<BindingProblem> problems) {
        if (problems.isEmpty()) {
            return List.of();
        }
        List<BindingProblem> copy = List.copyOf(problems);
        problems.clear();
        return copy;
    }

    private ValidationReport unreadable(String name, CatalogFormatException e) {
        Run run = new Run(Catalog.builder().build(), name, Sources.NONE);
        run.add("STRUCT-003", "", null, e.location(), null, e.problem());
        return run.report();
    }

    /** The state of one validation: issues, counts, and the small cross-entry state. */
    private final class Run {
        /** Compiled message templates of this run. */
        private final Map<String, Messages.Template> formats = new java.util.HashMap<>();
        private final Catalog header;
        private final String file;
        private final Sources sources;
        private final List<Issue> issues = new ArrayList<>();
        private final LongIntMap codes = new LongIntMap();
        private final LongIntMap names = new LongIntMap();
        private final Set<String> structuralPaths = new HashSet<>();
        private int errors;
        private int warnings;
        private int infos;
        private boolean truncated;
        private final Map<String, Registered> builtIns = new LinkedHashMap<>();

        Run(Catalog header, String file, Sources sources) {
            this.header = header;
            this.file = file;
            this.sources = sources;
            for (String id : BuiltInRules.SEVERITIES.keySet()) {
                builtIns.put(id, builtIn(id, null));
            }
            catalogRules();
        }

        void structural(List<BindingProblem> problems) {
            structural(problems, null);
        }

        /** Structural problems, with the code of the entry they were met in when it is known. */
        void structural(List<BindingProblem> problems, String entryCode) {
            for (BindingProblem p : problems) {
                String rule = "unknownKey".equals(p.kind()) ? "STRUCT-002" : "token".equals(p.kind()) ? "VOC-001" : "STRUCT-001";
                String ptr = p.location().pointer() == null ? "" : p.location().pointer();
                structuralPaths.add(ptr);
                add(rule, ptr, ptr.startsWith("/entries/") ? entryCode : null, p.location(), null, p.message());
            }
            problems.clear();
        }

        void add(String ruleId, String path, String entry, Location loc, Object value, Object... args) {
            Registered r = builtIns.get(ruleId);
            emit(r, path, entry, loc, value, args);
        }

        private void emit(Registered r, String path, String entry, Location loc, Object value, Object... args) {
            if (!profile.enabled(r.info().id())) {
                return;
            }
            Severity s = profile.severity(r.info());
            switch (s) {
                case ERROR: errors++; break;
                case WARNING: warnings++; break;
                default: infos++;
            }
            if (issues.size() >= maxIssues) {
                truncated = true;
                return;
            }
            String template = r.template(locale);
            String msg = formats.computeIfAbsent(template, t -> Messages.compile(t, locale)).format(args);
            issues.add(new Issue(r.info().id(), s, path, entry, loc, msg, value));
        }

        private boolean coveredByStructural(String path) {
            for (String p : structuralPaths) {
                if (path.equals(p) || path.startsWith(p + "/") || p.startsWith(path + "/")) {
                    return true;
                }
            }
            return false;
        }

        private Location locate(String path, Location entryLoc) {
            java.util.Optional<Location> source = sources.of(path);
            if (source.isPresent()) {
                return source.get();
            }
            if (entryLoc != null) {
                return new Location(entryLoc.file(), entryLoc.line(), entryLoc.column(), path, null, null);
            }
            return file == null ? null : Location.pointer(file, path);
        }

        void entry(Entry e, int index, Location entryLoc) {
            String ptr = "/entries/" + index;
            if (beanValidation) {
                for (BeanCheck.Violation v : BeanCheck.check(e)) {
                    String path = ptr + v.path();
                    if (profile.enabled(v.rule()) && !coveredByStructural(path)) {
                        add(v.rule(), path, e.code(), locate(path, entryLoc), v.value(), BuiltInRules.label(e));
                    }
                }
            }
            for (Registered r : active) {
                Ctx ctx = new Ctx(r, e, index, ptr, entryLoc);
                try {
                    r.rule().check(e, ctx);
                } catch (RuntimeException ex) {
                    add("RULE-ERR", ptr, e.code(), locate(ptr, entryLoc), null, r.info().id(), String.valueOf(ex));
                }
            }
            if (e.code() != null && !e.code().isBlank()) {
                int prev = codes.putIfAbsent(LongIntMap.hash(e.code()), index);
                if (prev >= 0 && !coveredByStructural(ptr + "/code")) {
                    add("UNQ-001", ptr + "/code", e.code(), locate(ptr + "/code", entryLoc), e.code(), e.code(), prev + 1);
                }
            }
            if (e.name() != null && !e.name().isBlank()) {
                int prev = names.putIfAbsent(LongIntMap.hash(e.category(), e.name()), index);
                if (prev >= 0) {
                    add("UNQ-002", ptr + "/name", e.code(), locate(ptr + "/name", entryLoc), e.name(),
                            String.join("/", e.category()), e.name(), prev + 1);
                }
            }
            structuralPaths.clear();
        }

        private void catalogRules() {
            if (header.specVersion() != null && !Catalog.SPEC_VERSION.equals(header.specVersion())) {
                add("CAT-004", "/specVersion", null, locate("/specVersion", null), header.specVersion(), header.specVersion());
            }
            if (BuiltInRules.blank(header.id()) && file == null) {
                add("CAT-005", "/id", null, null, null, "id");
            }
            if (BuiltInRules.blank(header.title()) && file == null) {
                add("CAT-005", "/title", null, null, null, "title");
            }
            if (header.publisher() == null ? file == null : BuiltInRules.blank(header.publisher().name())) {
                add("CAT-001", "/publisher", null, locate("/publisher", null), null);
            }
            if (header.issued() != null) {
                LocalDate today = LocalDate.now(clock);
                if (header.issued().isAfter(today)) {
                    add("CAT-003", "/issued", null, locate("/issued", null), header.issued().toString(), header.issued(), today);
                }
            }
            checkOrganization(header.publisher(), "/publisher");
            if (header.region() != null && header.region().code() != null) {
                DivisionCode.check(header.region().code()).ifPresent(p ->
                        add("ID-002", "/region/code", null, locate("/region/code", null), header.region().code(), p));
            }
        }

        private void checkOrganization(Organization o, String p) {
            if (o == null) {
                return;
            }
            if (o.creditCode() != null) {
                CreditCode.check(o.creditCode()).ifPresent(x -> add("ID-001", p + "/creditCode", null, locate(p + "/creditCode", null), o.creditCode(), x));
            }
            if (o.divisionCode() != null) {
                DivisionCode.check(o.divisionCode()).ifPresent(x -> add("ID-002", p + "/divisionCode", null, locate(p + "/divisionCode", null), o.divisionCode(), x));
            }
            if (o.creditCode() != null && o.divisionCode() != null && CreditCode.isValid(o.creditCode())
                    && DivisionCode.isValid(o.divisionCode())) {
                String embedded = o.creditCode().substring(2, 8);
                if (!embedded.equals(o.divisionCode())) {
                    add("ID-003", p + "/creditCode", null, locate(p + "/creditCode", null), o.creditCode(), embedded, o.divisionCode());
                }
            }
        }

        void end(int count) {
            if (count == 0 && header.effectiveStatus() == CatalogStatus.ACTIVE) {
                add("CAT-002", "/entries", null, locate("/entries", null), null);
            }
        }

        ValidationReport report() {
            return new ValidationReport(file, errors == 0, errors, warnings, infos, issues, truncated, locale);
        }

        /** The context one rule sees for one entry. */
        private final class Ctx implements RuleContext {
            private final Registered rule;
            private final Entry entry;
            private final int index;
            private final String pointer;
            private final Location entryLoc;

            Ctx(Registered rule, Entry entry, int index, String pointer, Location entryLoc) {
                this.rule = rule;
                this.entry = entry;
                this.index = index;
                this.pointer = pointer;
                this.entryLoc = entryLoc;
            }

            @Override
            public Catalog header() {
                return header;
            }

            @Override
            public int index() {
                return index;
            }

            @Override
            public String pointer() {
                return pointer;
            }

            @Override
            public void report(String subPath, Object value, Object... args) {
                String path = pointer + (subPath == null ? "" : subPath);
                if (coveredByStructural(path)) {
                    return; // already reported as a structural problem
                }
                emit(rule, path, entry.code(), locate(path, entryLoc), value, args);
            }
        }
    }
}
