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

import org.offerrules.validation.internal.rules.PositiveOrValidator;

/**
 * A present integer must be greater than 0, or exactly {@link #or()}: an id, or the value that stands for
 * none of them ({@code pre_event_id} -1 marks the initial event). Null is valid.
 */
@Documented
@Constraint(validatedBy = PositiveOrValidator.class)
@Target({FIELD, RECORD_COMPONENT, ANNOTATION_TYPE})
@Retention(RUNTIME)
@RuleText("`{field}` must be an integer greater than 0, or {or}.")
public @interface PositiveOr {
    /** The error code reported when the rule is broken. */
    int code();

    /** The one value other than the integers greater than 0 that is accepted. */
    long or();

    /** Unused: the message is the error code's catalog message. Required by Bean Validation. */
    String message() default "";

    /** The validation groups: none for a value rule. */
    Class<?>[] groups() default {};

    /** Unused; required by Bean Validation. */
    Class<? extends Payload>[] payload() default {};
}
