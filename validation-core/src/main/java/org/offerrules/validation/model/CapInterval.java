package org.offerrules.validation.model;

import java.util.Optional;

/** {@code cap_interval} and {@code cap_affiliate_interval}. */
public enum CapInterval implements ApiValue {
    /** {@code Daily}. */
    DAILY("Daily"),
    /** {@code Weekly}. */
    WEEKLY("Weekly"),
    /** {@code Monthly}. */
    MONTHLY("Monthly");

    private final String apiValue;

    CapInterval(String apiValue) {
        this.apiValue = apiValue;
    }

    @Override
    public String apiValue() {
        return apiValue;
    }

    /** The constant spelled {@code apiValue} on the wire; empty for null or any other text. */
    public static Optional<CapInterval> fromApiValue(String apiValue) {
        return ApiValue.find(CapInterval.class, apiValue);
    }
}
