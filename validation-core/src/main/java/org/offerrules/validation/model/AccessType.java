package org.offerrules.validation.model;

import java.util.Optional;

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

    /** The constant spelled {@code apiValue} on the wire; empty for null or any other text. */
    public static Optional<AccessType> fromApiValue(String apiValue) {
        return ApiValue.find(AccessType.class, apiValue);
    }
}
