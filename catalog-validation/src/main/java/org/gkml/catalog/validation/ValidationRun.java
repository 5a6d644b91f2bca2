package org.gkml.catalog.validation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gkml.catalog.io.BindingProblem;
import org.gkml.catalog.io.Location;
import org.gkml.catalog.model.Catalog;
import org.gkml.catalog.model.CatalogStatus;
import org.gkml.catalog.model.Entry;

/**
 * The state of one validation: the issues and their counts, and the small cross-entry state (64-bit hashes of codes
 * and names, 12 bytes per entry). Entries come in one at a time ({@link #entry}); the report is made at the end.
 * Not thread-safe: one per validation, used by one thread.
 */
/** The state of one validation: issues, counts, and the small cross-entry state. */
final class ValidationRun {
    /** Compiled message templates of this run. */
    private final Map<String, Messages.Template> formats = new java.util.HashMap<>();
    private final Catalog header;
    private final String file;
    private final SourceLookup sources;
    private final Validator validator;
    private final Profile profile;
    private final List<Issue> issues = new ArrayList<>();
    private final LongIntMap codes = new LongIntMap();
    private final LongIntMap names = new LongIntMap();
    private final Set<String> structuralPaths = new HashSet<>();
    private int errors;
    private int warnings;
    private int infos;
    private boolean truncated;
    private final Map<String, Validator.Registered> builtIns = new LinkedHashMap<>();

    ValidationRun(Validator validator, Catalog header, String file, SourceLookup sources) {
        this.validator = validator;
        this.profile = validator.profile();
        this.header = header;
        this.file = file;
        this.sources = sources;
        for (String id : BuiltInRules.SEVERITIES.keySet()) {
            builtIns.put(id, Validator.builtIn(id, null));
        }
        CatalogRules.check(this, header, file, validator);
    }

    void structural(List<BindingProblem> problems) {
        structural(problems, null);
    }

    /** Structural problems, with the code of the entry they were met in when it is known. */
    void structural(List<BindingProblem> problems, String entryCode) {
        for (BindingProblem p : problems) {
            String rule = switch (p.kind()) {
                case UNKNOWN_KEY -> "STRUCT-002";
                case TOKEN -> "VOC-001";
                default -> "STRUCT-001";
            };
            String ptr = p.location().pointer() == null ? "" : p.location().pointer();
            structuralPaths.add(ptr);
            add(rule, ptr, ptr.startsWith("/entries/") ? entryCode : null, p.location(), p.value(),
                    StructuralText.in(validator.locale(), p.message()));
        }
        problems.clear();
    }

    void add(String ruleId, String path, String entry, Location loc, Object value, Object... args) {
        Validator.Registered r = builtIns.get(ruleId);
        emit(r, path, entry, loc, value, args);
    }

    private void emit(Validator.Registered r, String path, String entry, Location loc, Object value, Object... args) {
        if (!profile.enabled(r.id())) {
            return;
        }
        Severity s = profile.severity(r.id(), r.severity());
        switch (s) {
            case ERROR: errors++; break;
            case WARNING: warnings++; break;
            default: infos++;
        }
        if (issues.size() >= validator.maxIssues()) {
            truncated = true;
            return;
        }
        String template = r.template(validator.locale());
        Messages.Template compiled = formats.get(template);
        if (compiled == null) {
            compiled = Messages.compile(template, validator.locale());
            formats.put(template, compiled);
        }
        String msg = compiled.format(args);
        issues.add(new Issue(r.id(), s, path, entry, loc, msg, value));
    }

    private boolean coveredByStructural(String path) {
        for (String p : structuralPaths) {
            if (path.equals(p) || path.startsWith(p + "/") || p.startsWith(path + "/")) {
                return true;
            }
        }
        return false;
    }

    Location locate(String path, Location entryLoc) {
        java.util.Optional<Location> source = sources.of(path);
        if (source.isPresent()) {
            return source.get();
        }
        if (entryLoc != null) {
            return new Location(entryLoc.file(), entryLoc.line(), entryLoc.column(), path, null, null);
        }
        return file == null ? null : Location.pointer(file, path);
    }

    /** The names of the entries with issues, by code (kept for the reports people read). */
    private final java.util.Map<String, String> entryNames = new java.util.LinkedHashMap<>();

    void entry(Entry e, int index, Location entryLoc) {
        int before = errors + warnings + infos;
        try {
            checkEntry(e, index, entryLoc);
        } finally {
            if (errors + warnings + infos > before && e.code() != null && e.name() != null && entryNames.size() < 100_000) {
                entryNames.putIfAbsent(e.code(), e.name());
            }
        }
    }

    private void checkEntry(Entry e, int index, Location entryLoc) {
        String ptr = "/entries/" + index;
        if (validator.beanValidation()) {
            for (BeanCheck.Violation v : BeanCheck.check(e)) {
                String path = ptr + v.path();
                if (profile.enabled(v.rule()) && !coveredByStructural(path)) {
                    add(v.rule(), path, e.code(), locate(path, entryLoc), v.value(), BuiltInRules.label(e));
                }
            }
        }
        for (Validator.Registered r : validator.active()) {
            Ctx ctx = new Ctx(r, e, index, ptr, entryLoc);
            try {
                r.rule().check(e, ctx);
            } catch (RuntimeException ex) {
                add("RULE-ERR", ptr, e.code(), locate(ptr, entryLoc), null, r.id(), String.valueOf(ex));
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

    void end(int count) {
        if (count == 0 && header.effectiveStatus() == CatalogStatus.ACTIVE) {
            add("CAT-002", "/entries", null, locate("/entries", null), null);
        }
    }

    ValidationReport report() {
        return new ValidationReport(file, errors == 0, errors, warnings, infos, issues, truncated, validator.locale(), entryNames);
    }

    /** The context one rule sees for one entry. */
    private final class Ctx implements RuleContext {
        private final Validator.Registered rule;
        private final Entry entry;
        private final int index;
        private final String pointer;
        private final Location entryLoc;

        Ctx(Validator.Registered rule, Entry entry, int index, String pointer, Location entryLoc) {
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
        public java.util.Locale locale() {
            return validator.locale();
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
