package org.offerrules.validation.model;

import java.util.Optional;

/** The offer's {@code status}. */
public enum OfferStatus implements ApiValue {
    /** {@code Active}. */
    ACTIVE("Active"),
    /** {@code Pending}. */
    PENDING("Pending"),
    /** {@code Paused}. */
    PAUSED("Paused"),
    /** {@code Expired}. */
    EXPIRED("Expired"),
    /** {@code Archived}. */
    ARCHIVED("Archived");

    private final String apiValue;

    OfferStatus(String apiValue) {
        this.apiValue = apiValue;
    }

    @Override
    public String apiValue() {
        return apiValue;
    }

    /** The constant spelled {@code apiValue} on the wire; empty for null or any other text. */
    public static Optional<OfferStatus> fromApiValue(String apiValue) {
        return ApiValue.find(OfferStatus.class, apiValue);
    }
}
