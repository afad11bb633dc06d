package org.offerrules.validation.model;

import java.util.Optional;

/** {@code payout_type} of an offer or event: flat ({@code CPA CPC CPI CPL}) needs {@code payout},
 * percentage ({@code CPS}) needs {@code payout_percent}, combined ({@code CPA+CPS}) needs both. */
public enum PayoutType implements PricingType {
    /** {@code CPA}. */
    CPA("CPA"),
    /** {@code CPC}. */
    CPC("CPC"),
    /** {@code CPS}. */
    CPS("CPS"),
    /** {@code CPI}. */
    CPI("CPI"),
    /** {@code CPL}. */
    CPL("CPL"),
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

    /** Flat (CPA CPC CPI CPL) and combined (CPA_CPS) types need an amount. */
    @Override
    public boolean requiresAmount() {
        return this != CPS;
    }

    /** Percentage (CPS) and combined (CPA_CPS) types need a percentage. */
    @Override
    public boolean requiresPercent() {
        return this == CPS || this == CPA_CPS;
    }

    /** The constant spelled {@code apiValue} on the wire; empty for null or any other text. */
    public static Optional<PayoutType> fromApiValue(String apiValue) {
        return ApiValue.find(PayoutType.class, apiValue);
    }
}
