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

import org.offerrules.validation.internal.rules.CountryListValidator;

/**
 * A present string must be a comma-separated list of ISO 3166-1 alpha-2 country codes, letter case aside
 * ({@code US,CA}, {@code us, ca}; blanks around codes are allowed: the report pages write {@code "CN, US"}). Null and the empty string (an empty list) are valid.
 */
@Documented
@Constraint(validatedBy = CountryListValidator.class)
@Target({FIELD, RECORD_COMPONENT, ANNOTATION_TYPE})
@Retention(RUNTIME)
@RuleText("`{field}` must be comma-separated ISO 3166-1 alpha-2 country codes (letter case aside).")
public @interface CountryList {
    /** The error code reported when the rule is broken. */
    int value();

    /** Unused: the message is the error code's catalog message. Required by Bean Validation. */
    String message() default "";

    /** The validation groups: none for a value rule. */
    Class<?>[] groups() default {};

    /** Unused; required by Bean Validation. */
    Class<? extends Payload>[] payload() default {};
}
