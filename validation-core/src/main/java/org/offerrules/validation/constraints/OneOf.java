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

import org.offerrules.validation.internal.rules.OneOfValidator;
import org.offerrules.validation.model.ApiValue;

/**
 * A present string must be the {@link ApiValue#apiValue() API value} of one of the constants of
 * {@link #value()} (one of its {@link ApiValue#spellings() spellings}), letter case aside
 * ({@link ApiValue#matches}: the one comparison of every named value). Null is valid.
 */
@Documented
@Constraint(validatedBy = OneOfValidator.class)
@Target({FIELD, RECORD_COMPONENT, ANNOTATION_TYPE})
@Retention(RUNTIME)
@RuleText("`{field}` must be one of {values} (letter case aside).")
public @interface OneOf {
    /** The error code reported when the rule is broken. */
    int code();

    /** The enum whose constants' API values are accepted. */
    Class<? extends ApiValue> value();


    /** Unused: the message is the error code's catalog message. Required by Bean Validation. */
    String message() default "";

    /** The validation groups: none for value rules, {@link Create} or {@link Update} for presence rules. */
    Class<?>[] groups() default {};

    /** Unused; required by Bean Validation. */
    Class<? extends Payload>[] payload() default {};
}
