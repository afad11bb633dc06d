package org.offerrules.validation.model;

/** The offer's {@code access_type}. */
public enum AccessType implements ApiValue {
    /** {@code Private}. */
    PRIVATE("Private"),
    /** {@code Public}. */
    PUBLIC("Public"),
    /** {@code Need Approval}. */
    NEED_APPROVAL("Need Approval");

    private final String apiValue;

    AccessType(String apiValue) {
        this.apiValue = apiValue;
    }

    @Override
    public String apiValue() {
        return apiValue;
    }
}
