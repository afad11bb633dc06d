package org.offerrules.validation.model;

/** The cap method, {@code cap_type}. */
public enum CapType implements ApiValue {
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
}
