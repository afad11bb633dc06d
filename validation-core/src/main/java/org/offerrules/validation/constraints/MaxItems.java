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

import org.offerrules.validation.internal.rules.MaxItemsValidator;

/**
 * A present comma-separated list must have at most {@link #max()} items. Only the commas are counted
 * (the empty string is no item): what each item must be is the list's own rule ({@link IdList},
 * {@link CountryList}). Null is valid.
 */
@Documented
@Constraint(validatedBy = MaxItemsValidator.class)
@Target({FIELD, RECORD_COMPONENT, ANNOTATION_TYPE})
@Retention(RUNTIME)
@RuleText("`{field}` must list at most {max} comma-separated items.")
public @interface MaxItems {
    /** The error code reported when the list is longer. */
    int code();

    /** The most items accepted. */
    int max();

    /** Unused: the message is the error code's catalog message. Required by Bean Validation. */
    String message() default "";

    /** The validation groups: none for a value rule. */
    Class<?>[] groups() default {};

    /** Unused; required by Bean Validation. */
    Class<? extends Payload>[] payload() default {};
}
