package org.offerrules.validation.model;

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
}
