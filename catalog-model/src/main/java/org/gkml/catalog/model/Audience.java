package org.gkml.catalog.model;

/**
 * Who an entry is disclosed to (公开对象).
 *
 * <p>Immutable and thread-safe.
 *
 * @param scope public (全社会) or a specific group (特定群体); {@code null} when the source did not say
 * @param description free wording of the group, or {@code null}
 * @since 0.1
 */
public record Audience(@jakarta.validation.constraints.NotNull(message = "{AUD-001}") AudienceScope scope, String description) {
    /** The whole public. */
    public static Audience everyone() {
        return new Audience(AudienceScope.PUBLIC, null);
    }

    /** An audience of the given scope without description. */
    public static Audience of(AudienceScope scope) {
        return new Audience(scope, null);
    }
}
