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

import org.offerrules.validation.internal.rules.NumberListValidator;
import org.offerrules.validation.spi.NumberText;

/**
 * A present string must be a comma-separated list of whole numbers, each from {@link #min()} to
 * {@link #max()} and, when {@link #value()} names any, one of them: a report's multi-select filter
 * ({@code currency=1,2}, {@code status=1,2}; blanks around items are allowed). One number is a list of
 * one. Null is valid; the empty string is an empty list.
 */
@Documented
@Constraint(validatedBy = NumberListValidator.class)
@Target({FIELD, RECORD_COMPONENT, ANNOTATION_TYPE})
@Retention(RUNTIME)
@NumberText
@RuleText("`{field}` must be one number or a comma-separated list of numbers, each from {min} to {max}[, one of {values}].")
public @interface NumberList {
    /** The error code reported, once, when an item is not accepted. */
    int code();

    /** The smallest accepted number. */
    long min();

    /** The largest accepted number. */
    long max();

    /** The accepted numbers, when not every one from {@link #min()} to {@link #max()} is. */
    long[] value() default {};

    /** Unused: the message is the error code's catalog message. Required by Bean Validation. */
    String message() default "";

    /** The validation groups: none for a value rule. */
    Class<?>[] groups() default {};

    /** Unused; required by Bean Validation. */
    Class<? extends Payload>[] payload() default {};
}
