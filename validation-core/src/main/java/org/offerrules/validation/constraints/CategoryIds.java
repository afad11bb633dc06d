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

import org.offerrules.validation.internal.rules.CategoryIdsValidator;
import org.offerrules.validation.spi.NumberText;

/**
 * A present string must be a comma-separated list of category ids ({@code 6,7}; blanks around ids
 * are allowed). Text that is not such a list reports {@link #malformedCode()}; an id that is not greater
 * than 0 reports {@link #invalidIdCode()}. Null is valid.
 */
@Documented
@Constraint(validatedBy = CategoryIdsValidator.class)
@Target({FIELD, RECORD_COMPONENT, ANNOTATION_TYPE})
@Retention(RUNTIME)
@NumberText
@RuleText("`{field}` must be comma-separated category ids, each greater than 0.")
public @interface CategoryIds {
    /** The error code reported when the text is not a comma-separated list of integers. */
    int malformedCode();

    /** The error code reported for an id that is not greater than 0. */
    int invalidIdCode();

    /**
     * The error code reported when the text is empty or blank, when it is not {@link #malformedCode()}'s; 0
     * (the default): {@link #malformedCode()}.
     */
    @RuleText("`{field}` must not be empty or blank: leave it out for no category.")
    int emptyCode() default 0;


    /** Unused: the message is the error code's catalog message. Required by Bean Validation. */
    String message() default "";

    /** The validation groups: none for value rules, {@link Create} or {@link Update} for presence rules. */
    Class<?>[] groups() default {};

    /** Unused; required by Bean Validation. */
    Class<? extends Payload>[] payload() default {};
}
