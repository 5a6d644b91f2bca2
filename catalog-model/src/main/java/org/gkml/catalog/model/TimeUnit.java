package org.gkml.catalog.model;

/**
 * Unit of a deadline or duration period. 日/天 without 工作 is a calendar day.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public enum TimeUnit implements Token {
    WORKING_DAY("workingDay"),
    CALENDAR_DAY("calendarDay"),
    MONTH("month"),
    YEAR("year"),
    HOUR("hour");

    private final String token;

    TimeUnit(String token) {
        this.token = token;
    }

    @Override
    public String token() {
        return token;
    }

    /** The value for a wire-format token; throws {@link IllegalArgumentException} quoting an unknown token. */
    public static TimeUnit fromToken(String token) {
        return Token.fromToken(TimeUnit.class, token);
    }
}
