package org.offerrules.validation.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import org.offerrules.validation.internal.rules.RequiredUnlessValidator;

/**
 * Cross-field presence: {@link #field()} must be present (not null, not an empty list) unless
 * {@link #when()} has one of the values {@link #in()}. Reported on {@link #field()}. Usually in the
 * {@link Create} group.
 */
@Documented
@Constraint(validatedBy = RequiredUnlessValidator.class)
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
@Repeatable(RequiredUnless.List.class)
@RuleText("`{field}` is required unless `{when}` is {in}[ ({groups} mode)].")
public @interface RequiredUnless {
    /** The record component that must be present. */
    String field();

    /** The record component whose value decides. */
    String when();

    /** The values of {@link #when()} that make {@link #field()} optional, as text ({@code "-1"}). */
    String[] in();

    /** The error code reported on {@link #field()}. */
    int code();


    /** Unused: the message is the error code's catalog message. Required by Bean Validation. */
    String message() default "";

    /** The validation groups: none for value rules, {@link Create} or {@link Update} for presence rules. */
    Class<?>[] groups() default {};

    /** Unused; required by Bean Validation. */
    Class<? extends Payload>[] payload() default {};

    /** Several {@code @RequiredUnless} on one element. */
    @Documented
    @Target({TYPE, ANNOTATION_TYPE})
    @Retention(RUNTIME)
    @interface List {
        /** The repeated constraints. */
        RequiredUnless[] value();
    }
}
