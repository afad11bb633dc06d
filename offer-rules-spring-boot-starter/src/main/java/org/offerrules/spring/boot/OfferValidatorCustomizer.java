package org.offerrules.spring.boot;

import org.offerrules.validation.OfferValidator;

/**
 * Customizes the auto-configured {@link OfferValidator} after the {@code offer-rules.*} properties
 * are applied: a bean of this type, in its {@code @Order}, for example to give the validator the
 * service's current offers, so that reading a {@code PATCH} body checks the merge with the current offer
 * and reports each of its violations at the line and column of the update's field:
 *
 * <pre>{@code
 * @Bean
 * OfferValidatorCustomizer currentOffers(OfferStore store) {
 *     return builder -> builder.currentOffers(store::find);
 * }
 * }</pre>
 */
@FunctionalInterface
public interface OfferValidatorCustomizer {

    /**
     * Customizes the builder of the validator.
     *
     * @param builder the builder, with the properties already applied
     */
    void customize(OfferValidator.Builder builder);
}
