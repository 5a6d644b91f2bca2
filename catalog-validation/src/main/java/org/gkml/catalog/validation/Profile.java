package org.gkml.catalog.validation;

import java.util.Map;
import java.util.Set;

/**
 * A named selection of rules with severity overrides. Built in: {@link #NATIONAL} (the baseline) and
 * {@link #BASIC_LEVEL} (for 基层 catalogs: the disclosure level is required). Immutable and thread-safe.
 *
 * @param name the profile's name
 * @param disabled rule ids switched off
 * @param severities severity overrides by rule id
 * @since 0.1
 */
public record Profile(String name, Set<String> disabled, Map<String, Severity> severities) {

    /** The national baseline: every rule at its default severity except REQ-008 (levels), which is off. */
    public static final Profile NATIONAL = new Profile("national", Set.of("REQ-008"), Map.of());

    /** Basic-level (基层) catalogs: levels required, a missing basis is an error. */
    public static final Profile BASIC_LEVEL = new Profile("basic-level", Set.of(),
            Map.of("REQ-008", Severity.ERROR, "REQ-003", Severity.ERROR));

    public Profile {
        disabled = Set.copyOf(disabled);
        severities = Map.copyOf(severities);
    }

    /** A built-in profile by name ({@code national}, {@code basic-level}). */
    public static Profile named(String name) {
        switch (name) {
            case "national": return NATIONAL;
            case "basic-level": return BASIC_LEVEL;
            default: throw new IllegalArgumentException("unknown profile \"" + name + "\"; expected national or basic-level");
        }
    }

    /** Whether a rule runs under this profile. */
    public boolean enabled(String rule) {
        return !disabled.contains(rule);
    }

    /** The severity of a rule under this profile. */
    public Severity severity(RuleInfo info) {
        return severity(info.id(), info.severity());
    }

    /** The severity of a rule under this profile, given the rule's default. */
    Severity severity(String rule, Severity byDefault) {
        return severities.getOrDefault(rule, byDefault);
    }
}
