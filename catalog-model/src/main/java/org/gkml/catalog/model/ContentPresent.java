package org.gkml.catalog.model;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Bean Validation constraint: a content states something (a summary or at least one element). Rule REQ-002.
 *
 * @since 0.1
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ContentPresent.Check.class)
public @interface ContentPresent {
    String message() default "{REQ-002}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The check. Stateless and thread-safe. */
    final class Check implements ConstraintValidator<ContentPresent, Content> {
        @Override
        public boolean isValid(Content c, ConstraintValidatorContext ctx) {
            return c == null || (c.summary() != null && !c.summary().isBlank()) || !c.elements().isEmpty();
        }
    }
}
