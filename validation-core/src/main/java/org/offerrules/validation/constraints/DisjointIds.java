package org.offerrules.validation.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import org.offerrules.validation.internal.rules.DisjointIdsValidator;
import org.offerrules.validation.spi.DescribedOnly;

/**
 * Cross-field: two comma-separated id lists ({@link IdList}) share no id: an affiliate is not both approved
 * and blocked. Reported on {@link #field()}, with the first shared id; lists that are not well-formed are
 * left to {@link IdList}.
 */
@Documented
@Constraint(validatedBy = DisjointIdsValidator.class)
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
@RuleText("`{field}` must not list an id that `{other}` lists.")
@DescribedOnly("compares two lists of ids")
public @interface DisjointIds {
    /** The record component holding the id list reported on. */
    String field();

    /** The record component holding the other id list. */
    String other();

    /** The error code reported on {@link #field()}. */
    int code();

    /** Unused: the message is the error code's catalog message. Required by Bean Validation. */
    String message() default "";

    /** The validation groups: none for a value rule. */
    Class<?>[] groups() default {};

    /** Unused; required by Bean Validation. */
    Class<? extends Payload>[] payload() default {};
}
