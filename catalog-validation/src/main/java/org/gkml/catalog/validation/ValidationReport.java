package org.gkml.catalog.validation;

import java.util.List;
import java.util.Locale;

/**
 * The outcome of validating a catalog: a verdict, severity counts and the issues. Immutable and thread-safe.
 *
 * @param file the validated file's name, or {@code null} for a catalog object
 * @param valid whether no error was found
 * @param errors the number of errors
 * @param warnings the number of warnings
 * @param infos the number of infos
 * @param issues the issues in document order (at most the validator's limit; see {@code truncated})
 * @param truncated whether issues beyond the limit were counted but not kept
 * @param locale the language of the messages
 * @param entryNames the names of the entries that have issues, by entry code (for reports people read)
 * @since 0.1
 */
public record ValidationReport(String file, boolean valid, int errors, int warnings, int infos, List<Issue> issues,
                               boolean truncated, Locale locale, java.util.Map<String, String> entryNames) {
    public ValidationReport {
        issues = List.copyOf(issues);
        entryNames = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(entryNames));
    }

    /** A report without entry names. */
    public ValidationReport(String file, boolean valid, int errors, int warnings, int infos, List<Issue> issues,
                            boolean truncated, Locale locale) {
        this(file, valid, errors, warnings, infos, issues, truncated, locale, java.util.Map.of());
    }

    /** The issues of one rule. */
    public List<Issue> issues(String rule) {
        List<Issue> out = new java.util.ArrayList<>();
        for (Issue i : issues) {
            if (i.rule().equals(rule)) {
                out.add(i);
            }
        }
        return java.util.Collections.unmodifiableList(out);
    }
}
