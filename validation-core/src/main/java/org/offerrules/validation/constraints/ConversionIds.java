package org.offerrules.validation.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import org.offerrules.validation.internal.rules.ConversionIdsValidator;

/**
 * A present string must be a comma-separated list of conversion ids {@code YYYYMM_id}
 * ({@code 201510_1033,201510_1034}), with at most {@link #max()} ids. Null is valid.
 */
@Documented
@Constraint(validatedBy = ConversionIdsValidator.class)
@Target({FIELD, RECORD_COMPONENT, ANNOTATION_TYPE})
@Retention(RUNTIME)
@RuleText("`{field}` must be comma-separated conversion ids `YYYYMM_id`, at most {max} of them.")
public @interface ConversionIds {
    /** The error code reported for an id that is not {@code YYYYMM_id}. */
    @RuleText("`{field}` must be comma-separated conversion ids `YYYYMM_id` (a year, a month 01-12, `_`, an id greater than 0).")
    int formatCode();

    /** The error code reported when the list has more than {@link #max()} ids. */
    @RuleText("`{field}` must list at most {max} conversion ids.")
    int countCode();

    /** The most ids accepted. */
    int max();

    /** Unused: the message is the error code's catalog message. Required by Bean Validation. */
    String message() default "";

    /** The validation groups: none for a value rule. */
    Class<?>[] groups() default {};

    /** Unused; required by Bean Validation. */
    Class<? extends Payload>[] payload() default {};
}
