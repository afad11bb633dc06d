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

import org.offerrules.validation.internal.rules.IntegerWhenValidator;
import org.offerrules.validation.model.CountingType;

/**
 * Cross-field number form: a present {@link #field()} must be a whole number when {@link #when()} has
 * one of the values {@link #in()} (a cap limit counts conversions when the cap method is
 * {@code Conversion}, but is money, with decimals, when it is {@code Budget}). Reported on
 * {@link #field()}. Null is valid.
 */
@Documented
@Constraint(validatedBy = IntegerWhenValidator.class)
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
@Repeatable(IntegerWhen.List.class)
@RuleText("`{field}` must be a whole number when `{when}` is {in}.")
public @interface IntegerWhen {
    /** The number-valued record component that must be whole. */
    String field();

    /** The record component whose value decides. */
    String when();

    /** The values of {@link #when()} that make {@link #field()} whole, as text. */
    String[] in() default {};

    /**
     * Instead of {@link #in()}: the enum whose constants that {@link CountingType#countsWholeUnits()}
     * make {@link #field()} whole ({@code counting = CapType.class}: when the cap method is
     * {@code Conversion}). {@code CountingType.class} itself means "not used". Exactly one of
     * {@link #in()} and {@code counting} is given.
     */
    Class<? extends CountingType> counting() default CountingType.class;

    /** The error code reported on {@link #field()}. */
    int code();


    /** Unused: the message is the error code's catalog message. Required by Bean Validation. */
    String message() default "";

    /** The validation groups: none for value rules, {@link Create} or {@link Update} for presence rules. */
    Class<?>[] groups() default {};

    /** Unused; required by Bean Validation. */
    Class<? extends Payload>[] payload() default {};

    /** Several {@code @IntegerWhen} on one element. */
    @Documented
    @Target({TYPE, ANNOTATION_TYPE})
    @Retention(RUNTIME)
    @interface List {
        /** The repeated constraints. */
        IntegerWhen[] value();
    }
}
