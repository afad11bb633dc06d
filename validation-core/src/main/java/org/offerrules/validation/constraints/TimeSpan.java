package org.offerrules.validation.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import org.offerrules.validation.internal.rules.TimeSpanValidator;
import org.offerrules.validation.spi.DescribedOnly;

/**
 * Cross-field: the epoch second in {@link #field()} is not before the one in {@link #other()} and less
 * than {@link #below()} seconds after it (a {@code getConversions} window). Reported on
 * {@link #field()}; absent or negative timestamps are left to their own rules.
 */
@Documented
@Constraint(validatedBy = TimeSpanValidator.class)
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
@RuleText("`{field}` must be from 0 to less than {below} seconds after `{other}`.")
@DescribedOnly("compares two times")
public @interface TimeSpan {
    /** The record component holding the window's end, reported on. */
    String field();

    /** The record component holding the window's start. */
    String other();

    /** The span, in seconds, the window must be shorter than. */
    long below();

    /** The error code reported on {@link #field()}. */
    int code();

    /** Unused: the message is the error code's catalog message. Required by Bean Validation. */
    String message() default "";

    /** The validation groups: none for a value rule. */
    Class<?>[] groups() default {};

    /** Unused; required by Bean Validation. */
    Class<? extends Payload>[] payload() default {};
}
