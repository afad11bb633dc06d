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

import org.offerrules.validation.internal.rules.PriceCheckValidator;
import org.offerrules.validation.model.PricingType;

/**
 * The value rules of a {@link org.offerrules.validation.model.Pricing} group ({@link org.offerrules.validation.model.Payout},
 * {@link org.offerrules.validation.model.Revenue}), with its owner's codes, each reported at the group's
 * component: a present type is one of {@link #value()}'s API values (as {@link OneOf}); a present amount is
 * finite and at least 0 (as {@link NonNegative}); a present percentage is from 0 to 100 (as {@link Between}).
 * An absent group is valid.
 */
@Documented
@Constraint(validatedBy = PriceCheckValidator.class)
@Target({FIELD, RECORD_COMPONENT, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface PriceCheck {
    /** The pricing enum whose constants' API values the type must be. */
    Class<? extends PricingType> value();

    /** Reported at the type when it is not one of {@link #value()}'s API values. */
    @RuleText(value = "`{field}` must be one of {values} (letter case aside).", component = 0)
    int typeCode();

    /** Reported at the amount when it is negative or not finite. */
    @RuleText(value = "`{field}` must be a finite number of at least 0.", component = 1)
    int amountCode();

    /** Reported at the percentage when it is not from 0 to 100. */
    @RuleText(value = "`{field}` must be a number from 0 to 100.", component = 2)
    int percentCode();

    /** Unused: the message is the error code's catalog message. Required by Bean Validation. */
    String message() default "";

    /** The validation groups: none for value rules, {@link Create} or {@link Update} for presence rules. */
    Class<?>[] groups() default {};

    /** Unused; required by Bean Validation. */
    Class<? extends Payload>[] payload() default {};
}
