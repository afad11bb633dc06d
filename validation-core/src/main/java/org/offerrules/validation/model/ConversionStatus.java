package org.offerrules.validation.model;

/** The {@code status} a {@link SetConversionStatus} sets. */
public enum ConversionStatus implements ApiValue {
    /** {@code Approved}. */
    APPROVED("Approved"),
    /** {@code Rejected}. */
    REJECTED("Rejected");

    private final String apiValue;

    ConversionStatus(String apiValue) {
        this.apiValue = apiValue;
    }

    @Override
    public String apiValue() {
        return apiValue;
    }
}
