package org.gkml.catalog.model;

/**
 * Who answers for an entry (责任单位/责任科室, 责任人, 联系电话).
 *
 * <p>Immutable and thread-safe.
 *
 * @param unit the responsible unit or section, or {@code null}
 * @param person the responsible person, or {@code null}
 * @param contact a telephone number or other contact, or {@code null}
 * @since 0.1
 */
public record Responsibility(String unit, String person, String contact) {
    /** A responsibility naming only the unit. */
    public static Responsibility unit(String unit) {
        return new Responsibility(unit, null, null);
    }
}
