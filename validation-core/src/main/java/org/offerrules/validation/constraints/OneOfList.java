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

import org.offerrules.validation.internal.rules.OneOfListValidator;
import org.offerrules.validation.model.ApiValue;

/**
 * A present string must be a comma-separated list of {@link ApiValue#apiValue() API values} of
 * {@link #value()}'s constants, each compared as {@link OneOf} compares one (a multi-select filter:
 * {@code browser=chrome,safari}; blanks around items are allowed). Null is valid; the empty string is an
 * empty list.
 */
@Documented
@Constraint(validatedBy = OneOfListValidator.class)
@Target({FIELD, RECORD_COMPONENT, ANNOTATION_TYPE})
@Retention(RUNTIME)
@RuleText("`{field}` must be one or a comma-separated list of {values}.")
public @interface OneOfList {
    /** The error code reported, once, when an item is not accepted. */
    int code();

    /** The enum whose constants' API values are accepted. */
    Class<? extends ApiValue> value();

    /** Unused: the message is the error code's catalog message. Required by Bean Validation. */
    String message() default "";

    /** The validation groups: none for a value rule. */
    Class<?>[] groups() default {};

    /** Unused; required by Bean Validation. */
    Class<? extends Payload>[] payload() default {};
}
