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

import org.offerrules.validation.internal.rules.RequiresValidator;
import org.offerrules.validation.model.PayoutType;
import org.offerrules.validation.model.PricingType;

/**
 * Cross-field presence: {@link #field()} must be present (not null, not an empty list) when
 * {@link #when()} has one of the values {@link #in()}. Reported on {@link #field()}. Usually in the
 * {@link Create} group.
 *
 * <p>When {@link #when()} holds a payout or revenue type, the values are named through the type's
 * enum instead of spelled, so that a typo does not compile:
 * {@code @Requires(field = "payout", when = "payoutType", pricing = PayoutType.class, needs = Need.AMOUNT, ...)}
 * means "when {@code payout_type} is a {@link PayoutType} that {@link PricingType#requiresAmount()}".
 * Exactly one of {@link #in()} and {@link #pricing()} is given.
 */
@Documented
@Constraint(validatedBy = RequiresValidator.class)
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
@Repeatable(Requires.List.class)
@RuleText("`{field}` is required when `{when}` is {in}[ ({groups} mode)].")
public @interface Requires {
    /** The record component that must be present. */
    String field();

    /** The record component whose value decides. */
    String when();

    /** The values of {@link #when()} that make {@link #field()} required, as text ({@code "1"}, {@code "-1"}). */
    String[] in() default {};

    /**
     * Instead of {@link #in()}: the pricing enum whose constants that {@link #needs()} the part make
     * {@link #field()} required. {@code PricingType.class} itself means "not used".
     */
    Class<? extends PricingType> pricing() default PricingType.class;

    /** With {@link #pricing()}: the part of the price {@link #field()} holds. */
    PricingType.Need needs() default PricingType.Need.AMOUNT;

    /** The error code reported on {@link #field()}. */
    int code();


    /** Unused: the message is the error code's catalog message. Required by Bean Validation. */
    String message() default "";

    /**
     * The validation groups: none for value rules, {@link Create} or {@link Update} for presence rules,
     * and {@link Merge} beside {@link Create} when the rule also holds on an update merged into its current object.
     */
    Class<?>[] groups() default {};

    /** Unused; required by Bean Validation. */
    Class<? extends Payload>[] payload() default {};

    /** Several {@code @Requires} on one element. */
    @Documented
    @Target({TYPE, ANNOTATION_TYPE})
    @Retention(RUNTIME)
    @interface List {
        /** The repeated constraints. */
        Requires[] value();
    }
}
