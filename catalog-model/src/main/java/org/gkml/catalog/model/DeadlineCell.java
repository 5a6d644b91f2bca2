package org.gkml.catalog.model;

import java.util.Objects;

/**
 * What a 公开时限 cell states: a deadline and, where the cell also says how long the information stays
 * disclosed ("…20个工作日内公开,保持长期公开"), a duration.
 *
 * <p>Immutable and thread-safe.
 *
 * @param deadline the deadline, never {@code null} ({@code unparsed} when nothing could be structured)
 * @param duration the duration stated in the cell, or {@code null}
 * @since 0.1
 */
public record DeadlineCell(Deadline deadline, Duration duration) {
    public DeadlineCell {
        Objects.requireNonNull(deadline, "deadline");
    }
}
