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

import org.offerrules.validation.internal.rules.RequiredWithAnyValidator;

/**
 * Cross-field presence: {@link #field()} (typically an enable flag) must be present when any of
 * {@link #others()} is present. Reported on {@link #field()}. Usually in the {@link Create} group.
 */
@Documented
@Constraint(validatedBy = RequiredWithAnyValidator.class)
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
@Repeatable(RequiredWithAny.List.class)
@RuleText("`{field}` is required when any of {others} is given[ ({groups} mode)].")
public @interface RequiredWithAny {
    /** The record component that must be present. */
    String field();

    /** The record components whose presence makes {@link #field()} required. */
    String[] others();

    /** The error code reported on {@link #field()}. */
    int code();


    /** Unused: the message is the error code's catalog message. Required by Bean Validation. */
    String message() default "";

    /**
     * The validation groups: none for value rules, {@link Create} or {@link Update} for presence rules,
     * and {@link Merge} beside {@link Create} when the rule also holds on an update merged into its current object.
     */
    Class<?>[] groups() default {};

    /** Unused; required by Bean Validation. */
    Class<? extends Payload>[] payload() default {};

    /** Several {@code @RequiredWithAny} on one element. */
    @Documented
    @Target({TYPE, ANNOTATION_TYPE})
    @Retention(RUNTIME)
    @interface List {
        /** The repeated constraints. */
        RequiredWithAny[] value();
    }
}
