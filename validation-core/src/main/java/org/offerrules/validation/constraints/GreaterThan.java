package org.offerrules.validation.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import org.offerrules.validation.internal.rules.GreaterThanValidator;
import org.offerrules.validation.spi.DescribedOnly;

/**
 * Cross-field order: the number in {@link #field()} must be strictly greater than each number in
 * {@link #than()}. Values equal to {@link #except()} (unlimited), absent values and values not greater
 * than 0 take part in no comparison. One violation on {@link #field()} however many comparisons fail.
 */
@Documented
@Constraint(validatedBy = GreaterThanValidator.class)
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
@Repeatable(GreaterThan.List.class)
@RuleText("`{field}` must be greater than {than} (-1, unlimited, takes part in no comparison).")
@DescribedOnly("compares two fields")
public @interface GreaterThan {
    /** The record component that must hold the larger number. */
    String field();

    /** The record components that must hold smaller numbers. */
    String[] than();

    /** A value that takes part in no comparison: -1, the API's "unlimited". */
    long except() default -1;

    /** The error code reported on {@link #field()}. */
    int code();


    /** Unused: the message is the error code's catalog message. Required by Bean Validation. */
    String message() default "";

    /** The validation groups: none for value rules, {@link Create} or {@link Update} for presence rules. */
    Class<?>[] groups() default {};

    /** Unused; required by Bean Validation. */
    Class<? extends Payload>[] payload() default {};

    /** Several {@code @GreaterThan} on one element. */
    @Documented
    @Target({TYPE, ANNOTATION_TYPE})
    @Retention(RUNTIME)
    @interface List {
        /** The repeated constraints. */
        GreaterThan[] value();
    }
}
