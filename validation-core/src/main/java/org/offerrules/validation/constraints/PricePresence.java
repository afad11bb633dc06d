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

import org.offerrules.validation.internal.rules.PricePresenceValidator;
import org.offerrules.validation.model.PricingType;

/**
 * The presence rules of a {@link org.offerrules.validation.model.Pricing} group, with its owner's codes,
 * each reported at the group's component (an absent group has every component absent): the type is
 * present (as {@link Required}); the type is present when the amount or the percentage is (as
 * {@link RequiredWithAny}); the amount is present when the type {@link PricingType#requiresAmount()},
 * the percentage when it {@link PricingType#requiresPercent()} (as {@link Requires}). A code of 0 turns
 * its rule off. Usually in the {@link Create} group.
 */
@Documented
@Constraint(validatedBy = PricePresenceValidator.class)
@Target({FIELD, RECORD_COMPONENT, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface PricePresence {
    /** The pricing enum whose constants decide which parts a price needs. */
    Class<? extends PricingType> value();

    /** Reported at the absent type; 0: the type may be absent. */
    @RuleText(value = "`{field}` must be present[ ({groups} mode)].", component = 0)
    int typeCode() default 0;

    /** Reported at the absent type when the amount or the percentage is present; 0: no such rule. */
    @RuleText(value = "`{field}` is required when any of `{component1}`, `{component2}` is given[ ({groups} mode)].",
            component = 0)
    int typeWhenPricedCode() default 0;

    /** Reported at the absent amount when the type needs one. */
    @RuleText(value = "`{field}` is required when `{component0}` is {amountTypes}[ ({groups} mode)].", component = 1)
    int amountCode();

    /** Reported at the absent percentage when the type needs one. */
    @RuleText(value = "`{field}` is required when `{component0}` is {percentTypes}[ ({groups} mode)].", component = 2)
    int percentCode();

    /** Unused: the message is the error code's catalog message. Required by Bean Validation. */
    String message() default "";

    /**
     * The validation groups: none for value rules, {@link Create} or {@link Update} for presence rules,
     * and {@link Merge} beside {@link Create} when the rule also holds on an update merged into its current object.
     */
    Class<?>[] groups() default {};

    /** Unused; required by Bean Validation. */
    Class<? extends Payload>[] payload() default {};
}
