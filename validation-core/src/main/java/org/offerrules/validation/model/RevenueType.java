package org.offerrules.validation.model;

/** {@code revenue_type} of an offer or event: flat ({@code RPA RPC RPI RPL}) needs {@code revenue},
 * percentage ({@code RPS}) needs {@code revenue_percent}, combined ({@code RPA+RPS}) needs both. */
public enum RevenueType implements ApiValue {
    /** {@code RPA}. */
    RPA("RPA"),
    /** {@code RPC}. */
    RPC("RPC"),
    /** {@code RPS}. */
    RPS("RPS"),
    /** {@code RPI}. */
    RPI("RPI"),
    /** {@code RPL}. */
    RPL("RPL"),
    /** {@code RPA+RPS}. */
    RPA_RPS("RPA+RPS");

    private final String apiValue;

    RevenueType(String apiValue) {
        this.apiValue = apiValue;
    }

    @Override
    public String apiValue() {
        return apiValue;
    }
}
