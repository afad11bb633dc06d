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

import org.offerrules.validation.internal.rules.ColumnOfValidator;

/**
 * A present value names a column of the record {@link #value()}: a name of its {@link
 * org.offerrules.validation.model.OpenNames} family ({@code ck_offer_name} for the report columns), letter case
 * aside. Null is valid.
 */
@Documented
@Constraint(validatedBy = ColumnOfValidator.class)
@Target({FIELD, RECORD_COMPONENT, ANNOTATION_TYPE})
@Retention(RUNTIME)
@RuleText("`{field}` must name a response column: a column switch name such as `ck_offer_name`, letter case aside.")
public @interface ColumnOf {
    /** The error code reported when the rule is broken. */
    int code();

    /** The record of the columns, annotated with {@link org.offerrules.validation.model.OpenNames}. */
    Class<? extends Record> value();

    /** Unused: the message is the error code's catalog message. Required by Bean Validation. */
    String message() default "";

    /** The validation groups: none for a value rule. */
    Class<?>[] groups() default {};

    /** Unused; required by Bean Validation. */
    Class<? extends Payload>[] payload() default {};
}
