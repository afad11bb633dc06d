package org.offerrules.validation.model;

/** The status of an offer application, as {@code getOfferApplicationList} filters by it (6805). */
public enum ApplicationStatus implements ApiValue {
    /** Waiting for a decision. */
    PENDING("Pending"),
    /** Approved: the affiliate may run the offer. */
    APPROVED("Approved"),
    /** Denied. */
    REJECTED("Rejected"),
    /** Blocked. */
    BLOCKED("Blocked");

    private final String apiValue;

    ApplicationStatus(String apiValue) {
        this.apiValue = apiValue;
    }

    @Override
    public String apiValue() {
        return apiValue;
    }
}
