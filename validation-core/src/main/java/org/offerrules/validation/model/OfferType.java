package org.offerrules.validation.model;

import java.util.Optional;

/** The offer's {@code type}. */
public enum OfferType implements ApiValue {
    /** {@code Desktop}. */
    DESKTOP("Desktop"),
    /** {@code Mobile}. */
    MOBILE("Mobile"),
    /** {@code Tablet}. */
    TABLET("Tablet");

    private final String apiValue;

    OfferType(String apiValue) {
        this.apiValue = apiValue;
    }

    @Override
    public String apiValue() {
        return apiValue;
    }

    /** The constant spelled {@code apiValue} on the wire; empty for null or any other text. */
    public static Optional<OfferType> fromApiValue(String apiValue) {
        return ApiValue.find(OfferType.class, apiValue);
    }
}
