package org.offerrules.validation.model;

/** An advertiser's {@code status} ({@link SetAdvertiser}). */
public enum AdvertiserStatus implements ApiValue {
    /** {@code Pending}. */
    PENDING("Pending"),
    /** {@code Active}. */
    ACTIVE("Active"),
    /** {@code Rejected}. */
    REJECTED("Rejected"),
    /** {@code Blocked}. */
    BLOCKED("Blocked");

    private final String apiValue;

    AdvertiserStatus(String apiValue) {
        this.apiValue = apiValue;
    }

    @Override
    public String apiValue() {
        return apiValue;
    }
}
