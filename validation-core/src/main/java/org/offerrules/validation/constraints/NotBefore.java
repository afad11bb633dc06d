package org.offerrules.validation.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import org.offerrules.validation.internal.rules.NotBeforeValidator;
import org.offerrules.validation.spi.DescribedOnly;

/**
 * Cross-field: the {@link ApiDate} in {@link #field()} is not before the one in {@link #other()} (a
 * report's {@code to} is not before its {@code from}). A date without an hour covers its whole day, so
 * hours are compared only when both dates have one and name the same day. Reported on {@link #field()};
 * absent or malformed dates are left to their own rules.
 */
@Documented
@Constraint(validatedBy = NotBeforeValidator.class)
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
@RuleText("`{field}` must not be before `{other}`.")
@DescribedOnly("compares two dates")
public @interface NotBefore {
    /** The record component holding the later date, reported on. */
    String field();

    /** The record component holding the earlier date. */
    String other();

    /** The error code reported on {@link #field()}. */
    int code();

    /** Unused: the message is the error code's catalog message. Required by Bean Validation. */
    String message() default "";

    /** The validation groups: none for a value rule. */
    Class<?>[] groups() default {};

    /** Unused; required by Bean Validation. */
    Class<? extends Payload>[] payload() default {};
}
