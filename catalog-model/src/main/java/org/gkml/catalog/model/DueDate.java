package org.gkml.catalog.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A deadline's due date, and whether it was counted through a year the calendar knows only provisionally (no official
 * notice yet: weekends and the statutory days off of the holiday law; the notice may still move a day).
 *
 * @param date the due date
 * @param provisional whether any year from the trigger's to the due date's is provisional in the calendar used
 * @since 0.2
 */
public record DueDate(LocalDate date, boolean provisional) {
    public DueDate {
        Objects.requireNonNull(date, "date");
    }
}
