package org.gkml.catalog.model;

import java.util.Objects;

/**
 * How long an entry stays disclosed (公开时长), tagged by {@link #type()}. All forms keep the wording in
 * {@link #text()}. Immutable and thread-safe.
 *
 * <p>{@code parse(d.toText())} equals {@code d.withText(d.toText())}.
 *
 * @since 0.1
 */
public sealed interface Duration
        permits Duration.Permanent, Duration.LatestValid, Duration.Tenure, Duration.Fixed, Duration.Unparsed {

    /** The wire-format tag. */
    String type();

    /** The original wording, or {@code null}. */
    String text();

    /** A copy with other wording. */
    Duration withText(String text);

    /** Canonical Chinese wording. */
    default String toText() {
        return DeadlineFormat.format(this);
    }

    /**
     * Structures 公开时长 wording (长期, 长期,最新有效, 任期内, 公示7个工作日, 1年 …). Never fails: anything else
     * becomes {@link Unparsed} with the text kept.
     */
    static Duration parse(String text) {
        Objects.requireNonNull(text, "text");
        Duration d = DeadlineParser.parseDuration(text);
        return d != null ? d : new Unparsed(text.strip());
    }

    /** Kept permanently (长期, 永久). @since 0.1 */
    record Permanent(String text) implements Duration {
        @Override public String type() { return "permanent"; }
        @Override public Permanent withText(String t) { return new Permanent(t); }
    }

    /** Kept while it is the latest valid version (长期,最新有效; 动态调整). @since 0.1 */
    record LatestValid(String text) implements Duration {
        @Override public String type() { return "latestValid"; }
        @Override public LatestValid withText(String t) { return new LatestValid(t); }
    }

    /** Kept during the office holder's tenure (任期内). @since 0.1 */
    record Tenure(String text) implements Duration {
        @Override public String type() { return "tenure"; }
        @Override public Tenure withText(String t) { return new Tenure(t); }
    }

    /** Kept for a fixed period (公示7个工作日, 1年). @since 0.1 */
    record Fixed(int amount, TimeUnit unit, String text) implements Duration {
        public Fixed {
            Objects.requireNonNull(unit, "unit");
            if (amount < 0) {
                throw new IllegalArgumentException("amount must not be negative: " + amount);
            }
        }

        @Override public String type() { return "fixed"; }
        @Override public Fixed withText(String t) { return new Fixed(amount, unit, t); }
    }

    /** Wording that could not be structured. @since 0.1 */
    record Unparsed(String text) implements Duration {
        @Override public String type() { return "unparsed"; }
        @Override public Unparsed withText(String t) { return new Unparsed(t); }
    }
}
