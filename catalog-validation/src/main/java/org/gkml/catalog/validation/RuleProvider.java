package org.gkml.catalog.validation;

import java.util.List;

/**
 * Service-provider interface for rules found with {@link java.util.ServiceLoader}: list the implementation in
 * {@code META-INF/services/org.gkml.catalog.validation.RuleProvider}. Implementations must be thread-safe.
 *
 * @since 0.1
 */
public interface RuleProvider {

    /** The rules this provider contributes. */
    List<CustomRule> rules();

    /**
     * A plug-in rule with its description and message templates.
     *
     * @param info id, default severity, descriptions
     * @param messageZh the message template in Chinese ({0}, {1} … for the reported arguments)
     * @param messageEn the message template in English
     * @param rule the check
     * @since 0.1
     */
    record CustomRule(RuleInfo info, String messageZh, String messageEn, Rule rule) {
    }
}
