package org.gkml.catalog.model;

/**
 * A body that publishes a catalog or discloses an entry (公开主体). Only the name is required by the format.
 *
 * <p>Immutable and thread-safe. The identifiers are kept as written so that an invalid code can be reported.
 *
 * @param name the body's name, e.g. 东阿县民政局
 * @param creditCode the 18-character unified social credit code, or {@code null}
 * @param divisionCode the 6-digit administrative division code, or {@code null}
 * @since 0.1
 */
public record Organization(@jakarta.validation.constraints.NotBlank(message = "{REQ-005}") String name, String creditCode, String divisionCode) {
    /** An organisation known only by its name. */
    public static Organization named(String name) {
        return new Organization(name, null, null);
    }
}
