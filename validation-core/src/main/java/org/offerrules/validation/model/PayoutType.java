package org.offerrules.validation.model;

import java.util.List;
import java.util.Optional;

/** {@code payout_type} of an offer or event: flat ({@code CPA CPC CPI}) needs {@code payout},
 * percentage ({@code CPS}) needs {@code payout_percent}, combined ({@code CPA+CPS}) needs both. The values
 * the offer and event method pages list: no {@code CPL}, which only client code had (brief 1.8,
 * docs/decisions/vendor-conformance.md). */
public enum PayoutType implements PricingType {
    /** {@code CPA}. */
    CPA("CPA"),
    /** {@code CPC}. */
    CPC("CPC"),
    /** {@code CPS}. */
    CPS("CPS"),
    /** {@code CPI}. */
    CPI("CPI"),
    /** {@code CPA+CPS}. */
    CPA_CPS("CPA+CPS");

    private final String apiValue;

    PayoutType(String apiValue) {
        this.apiValue = apiValue;
    }

    @Override
    public String apiValue() {
        return apiValue;
    }

    /** Flat (CPA CPC CPI) and combined (CPA_CPS) types need an amount. */
    @Override
    public boolean requiresAmount() {
        return this != CPS;
    }

    /** Percentage (CPS) and combined (CPA_CPS) types need a percentage. */
    @Override
    public boolean requiresPercent() {
        return this == CPS || this == CPA_CPS;
    }

    /** {@code CPA+CPS} also as the event page spells it, {@code CPA + CPS}; the others as {@link #apiValue()}. */
    @Override
    public List<String> spellings() {
        return this == CPA_CPS ? List.of(apiValue, "CPA + CPS") : List.of(apiValue);
    }

    /** The constant spelled {@code apiValue} on the wire; empty for null or any other text. */
    public static Optional<PayoutType> fromApiValue(String apiValue) {
        return ApiValue.find(PayoutType.class, apiValue);
    }
}
