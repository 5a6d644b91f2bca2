package org.gkml.catalog.validation;

import org.gkml.catalog.model.Entry;

/**
 * A check of one entry. Register with {@link Validator.Builder#rule(RuleInfo, String, String, Rule)} or through
 * {@link RuleProvider} and {@link java.util.ServiceLoader}. A rule that throws becomes an issue naming the rule;
 * it never stops the validation. Implementations must be thread-safe (stateless).
 *
 * @since 0.1
 */
@FunctionalInterface
public interface Rule {
    /** Checks an entry and reports through the context. */
    void check(Entry entry, RuleContext ctx);
}
