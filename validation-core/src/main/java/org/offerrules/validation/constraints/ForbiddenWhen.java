package org.offerrules.validation.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import org.offerrules.validation.internal.rules.ForbiddenWhenValidator;

/**
 * Cross-field: the integer in {@link #field()} must not be {@link #forbidden()} while the integer in
 * {@link #when()} is {@link #whenIs()} (an initial event, {@code pre_event_id} -1, must not be private).
 * Reported on {@link #field()}; absent values break nothing.
 */
@Documented
@Constraint(validatedBy = ForbiddenWhenValidator.class)
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
@RuleText("`{field}` must not be {forbidden} when `{when}` is {whenIs}.")
public @interface ForbiddenWhen {
    /** The record component whose value is forbidden, reported on. */
    String field();

    /** The forbidden value. */
    long forbidden();

    /** The record component that decides. */
    String when();

    /** The value of {@link #when()} that forbids it. */
    long whenIs();

    /** The error code reported on {@link #field()}. */
    int code();

    /** Unused: the message is the error code's catalog message. Required by Bean Validation. */
    String message() default "";

    /** The validation groups: none for a value rule. */
    Class<?>[] groups() default {};

    /** Unused; required by Bean Validation. */
    Class<? extends Payload>[] payload() default {};
}
