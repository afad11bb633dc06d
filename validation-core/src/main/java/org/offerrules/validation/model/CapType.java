package org.offerrules.validation.model;

import java.util.Optional;

/** The cap method, {@code cap_type}. */
public enum CapType implements CountingType {
    /** {@code Budget}. */
    BUDGET("Budget"),
    /** {@code Conversion}. */
    CONVERSION("Conversion");

    private final String apiValue;

    CapType(String apiValue) {
        this.apiValue = apiValue;
    }

    @Override
    public String apiValue() {
        return apiValue;
    }

    /** A {@code Conversion} cap counts conversions, whole; a {@code Budget} cap is money, with decimals. */
    @Override
    public boolean countsWholeUnits() {
        return this == CONVERSION;
    }

    /** The constant spelled {@code apiValue} on the wire; empty for null or any other text. */
    public static Optional<CapType> fromApiValue(String apiValue) {
        return ApiValue.find(CapType.class, apiValue);
    }
}
