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

import org.offerrules.validation.internal.rules.AnyCaseOfValidator;
import org.offerrules.validation.model.ApiValue;

/**
 * A present string must be the {@link ApiValue#apiValue() API value} of one of the constants of
 * {@link #value()}, in any letter case ({@code APPROVE}, {@code Approve}). Null is valid.
 */
@Documented
@Constraint(validatedBy = AnyCaseOfValidator.class)
@Target({FIELD, RECORD_COMPONENT, ANNOTATION_TYPE})
@Retention(RUNTIME)
@RuleText("`{field}` must be one of {values}, in any letter case.")
public @interface AnyCaseOf {
    /** The error code reported when the rule is broken. */
    int code();

    /** The enum whose constants' API values are accepted, ignoring case. */
    Class<? extends ApiValue> value();

    /** Unused: the message is the error code's catalog message. Required by Bean Validation. */
    String message() default "";

    /** The validation groups: none for a value rule. */
    Class<?>[] groups() default {};

    /** Unused; required by Bean Validation. */
    Class<? extends Payload>[] payload() default {};
}
