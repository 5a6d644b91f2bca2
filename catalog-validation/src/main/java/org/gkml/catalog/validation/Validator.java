package org.gkml.catalog.validation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.Set;
import org.gkml.catalog.io.BindingProblem;
import org.gkml.catalog.io.CatalogFormatException;
import org.gkml.catalog.io.CatalogReader;
import org.gkml.catalog.io.CatalogFormat;
import org.gkml.catalog.io.Catalogs;
import org.gkml.catalog.io.json.JsonCatalogReader;
import org.gkml.catalog.model.Catalog;
import org.gkml.catalog.model.Entry;

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

    /**
     * A rule as a validator runs it, with its description and message templates. A built-in rule's description and messages are looked up when first needed (an
     * issue of that rule, the catalogue): a validation that finds nothing reads no message, and none in English.
     * Races between threads only compute the same values twice.
     */
    static final class Registered {
        private final String id;
        private final Rule rule;
        private RuleInfo info;
        private String messageZh;
        private String messageEn;

        Registered(RuleInfo info, String messageZh, String messageEn, Rule rule) {
            this.id = info.id();
            this.info = info;
            this.messageZh = messageZh;
            this.messageEn = messageEn;
            this.rule = rule;
        }

        /** A built-in rule, whose description and messages come from the message files. */
        private Registered(String id, Rule rule) {
            this.id = id;
            this.rule = rule;
        }

        String id() {
            return id;
        }

        Rule rule() {
            return rule;
        }

        /** The rule's default severity (a built-in's without reading its description). */
        Severity severity() {
            RuleInfo i = info;
            return i != null ? i.severity() : BuiltInRules.SEVERITIES.get(id);
        }

        RuleInfo info() {
            RuleInfo i = info;
            if (i == null) {
                info = i = BuiltInRules.info(id);
            }
            return i;
        }

        String template(Locale l) {
            if (Messages.english(l)) {
                String m = messageEn;
                if (m == null) {
                    messageEn = m = Messages.get(Locale.ENGLISH, id + ".message");
                }
                return m;
            }
            String m = messageZh;
            if (m == null) {
                messageZh = m = Messages.get(Locale.ROOT, id + ".message");
            }
            return m;
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
            if (!ids.add(r.id())) {
                throw new IllegalArgumentException("rule id \"" + r.id() + "\" is registered twice (or is a built-in id)");
            }
        }
        all.addAll(extra);
        this.rules = List.copyOf(all);
        List<Registered> on = new ArrayList<>();
        for (Registered r : rules) {
            if (profile.enabled(r.id())) {
                on.add(r);
            }
        }
        this.active = List.copyOf(on);
    }

    static Registered builtIn(String id, Rule rule) {
        return new Registered(id, rule);
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
        /** Null: the system clock in the default time zone, looked up only when a date is within a day of today. */
        private Clock clock;
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

        /** The clock for "not in the future" checks (default: the system clock in the default time zone). */
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
            if (!BuiltInRules.SEVERITIES.containsKey(r.id())) {
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
        ValidationRun run = new ValidationRun(this, catalog.header(), null, SourceLookup.NONE);
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
        if (java.nio.file.Files.isRegularFile(file)) {
            CatalogFormat format;
            try {
                format = Catalogs.formatOf(file);
            } catch (CatalogFormatException e) {
                return unreadable(name, e);
            }
            // a class, not a lambda, on a first answer's path (see ReadAhead.Reading); a file under 64 KiB holds fewer
            // entries than one batch, so a reading thread would only add its start
            ReadAhead.Opener opener = new ReadAhead.Opener() {
                @Override
                public CatalogReader open(java.util.function.Consumer<BindingProblem> problems) throws IOException {
                    return format.open(file, problems);
                }
            };
            return ReadAhead.validate(this, opener, name, java.nio.file.Files.size(file) < 64 * 1024);
        }
        // a pipe (/dev/stdin): read once, the format told from a buffered prefix on the reading thread
        return ReadAhead.validate(this, problems -> Catalogs.open(file, problems), name);
    }

    /** Validates a catalog of any supported format from a stream (its format told from its first bytes). */
    public ValidationReport validate(InputStream in, String name) throws IOException {
        return ReadAhead.validate(this, problems -> Catalogs.open(in, name, problems), name);
    }

    /**
     * Validates a JSON document streamed from bytes. Parsing and binding run on one thread while the rules run on
     * the calling thread, connected by a small bounded queue, so memory stays bounded by the queue and the second
     * core does the rule work.
     */
    public ValidationReport validateJson(InputStream in, String name) throws IOException {
        return ReadAhead.validate(this, problems -> JsonCatalogReader.open(in, name, problems), name);
    }

    ValidationReport unreadable(String name, CatalogFormatException e) {
        ValidationRun run = new ValidationRun(this, Catalog.builder().build(), name, SourceLookup.NONE);
        run.add("STRUCT-003", "", null, e.location(), null, StructuralText.in(locale(), e.problem()));
        return run.report();
    }

    Locale locale() {
        return locale;
    }

    /**
     * Whether a date is after today by the clock. Today differs from the UTC date by at most a day in any zone, so a
     * date before yesterday's UTC date is not in the future, and the time zone (whose rules take a first answer some
     * 15 ms to load) is looked up only for a date near today.
     */
    boolean afterToday(LocalDate date) {
        Instant now = clock == null ? Instant.now() : clock.instant();
        if (date.toEpochDay() < Math.floorDiv(now.getEpochSecond(), 86_400L) - 1) {
            return false;
        }
        return date.isAfter(today());
    }

    /** Today by the clock. */
    LocalDate today() {
        return LocalDate.now(clock == null ? Clock.systemDefaultZone() : clock);
    }

    int maxIssues() {
        return maxIssues;
    }

    boolean beanValidation() {
        return beanValidation;
    }

    /** The per-entry rules the profile enables, in order. */
    List<Registered> active() {
        return active;
    }
}
