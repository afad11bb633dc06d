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

import org.offerrules.validation.internal.rules.PositiveValidator;

/**
 * A present integer must be greater than 0. Null is valid. With a {@link #zeroCode()}, 0 is reported with
 * it instead: the API reads a parameter of 0 as present but empty, and some parameters have a "no ..." code
 * for that before their "invalid ..." code.
 */
@Documented
@Constraint(validatedBy = PositiveValidator.class)
@Target({FIELD, RECORD_COMPONENT, ANNOTATION_TYPE})
@Retention(RUNTIME)
@RuleText("`{field}` must be an integer greater than 0.")
public @interface Positive {
    /** The error code reported when the rule is broken. */
    int value();

    /** The error code reported for 0, when it is not {@link #value()}'s; 0 (the default): {@link #value()}. */
    @RuleText("`{field}` must not be 0, which the API reads as the parameter left empty.")
    int zeroCode() default 0;


    /** Unused: the message is the error code's catalog message. Required by Bean Validation. */
    String message() default "";

    /** The validation groups: none for value rules, {@link Create} or {@link Update} for presence rules. */
    Class<?>[] groups() default {};

    /** Unused; required by Bean Validation. */
    Class<? extends Payload>[] payload() default {};
}
