package org.offerrules.validation.model;

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
}
