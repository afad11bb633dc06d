package org.offerrules.validation.model;

/** {@code payout_type} of an offer or event: flat ({@code CPA CPC CPI CPL}) needs {@code payout},
 * percentage ({@code CPS}) needs {@code payout_percent}, combined ({@code CPA+CPS}) needs both. */
public enum PayoutType implements ApiValue {
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
}
