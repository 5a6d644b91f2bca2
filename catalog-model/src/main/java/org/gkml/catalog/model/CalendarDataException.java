package org.gkml.catalog.model;

/**
 * Thrown when working days must be counted through a year the calendar holds no official data for. Counting
 * such a year as weekends only would silently give wrong due dates.
 *
 * @since 0.1
 */
public final class CalendarDataException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int year;

    /** An exception for a year without data. */
    public CalendarDataException(int year, String message) {
        super(message);
        this.year = year;
    }

    /** The year without data. */
    public int year() {
        return year;
    }
}
