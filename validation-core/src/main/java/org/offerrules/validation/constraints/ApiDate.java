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

import org.offerrules.validation.internal.rules.ApiDateValidator;

/**
 * A present string must be a date in the API's format {@code YYYY/MM/DD} or {@code YYYY/MM/DD HH}
 * ({@link #formatCode()} otherwise) naming a real calendar date and an hour 00-23
 * ({@link #impossibleCode()} otherwise). Null is valid.
 */
@Documented
@Constraint(validatedBy = ApiDateValidator.class)
@Target({FIELD, RECORD_COMPONENT, ANNOTATION_TYPE})
@Retention(RUNTIME)
@RuleText("`{field}` must be YYYY/MM/DD or YYYY/MM/DD HH and name a real date and hour.")
public @interface ApiDate {
    /** The error code reported when the text does not have the API's date format. */
    int formatCode();

    /** The error code reported when the date has the format but does not exist (2025/02/30, hour 24). */
    int impossibleCode();

    /**
     * The error code reported when the date exists but its hour is past 23 (2025/02/27 24), when it is not
     * {@link #impossibleCode()}'s; 0 (the default): {@link #impossibleCode()}.
     */
    @RuleText("`{field}`'s hour must be 00 to 23.")
    int hourCode() default 0;


    /** Unused: the message is the error code's catalog message. Required by Bean Validation. */
    String message() default "";

    /** The validation groups: none for value rules, {@link Create} or {@link Update} for presence rules. */
    Class<?>[] groups() default {};

    /** Unused; required by Bean Validation. */
    Class<? extends Payload>[] payload() default {};
}
