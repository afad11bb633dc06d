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

import org.offerrules.validation.internal.rules.IdListValidator;
import org.offerrules.validation.spi.NumberText;

/**
 * A present string must be a comma-separated list of ids, each an integer greater than 0
 * ({@code 11,12,13}; blanks around ids are allowed). Null and the empty string (an empty list) are valid.
 */
@Documented
@Constraint(validatedBy = IdListValidator.class)
@Target({FIELD, RECORD_COMPONENT, ANNOTATION_TYPE})
@Retention(RUNTIME)
@NumberText
@RuleText("`{field}` must be comma-separated ids, each an integer greater than 0.")
public @interface IdList {
    /** The error code reported when the rule is broken. */
    int value();

    /** Unused: the message is the error code's catalog message. Required by Bean Validation. */
    String message() default "";

    /** The validation groups: none for a value rule. */
    Class<?>[] groups() default {};

    /** Unused; required by Bean Validation. */
    Class<? extends Payload>[] payload() default {};
}
