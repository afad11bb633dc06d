package org.offerrules.validation.model;

/** An affiliate's {@code payment_method} ({@link SetAffiliatePaymentInfo}), case as written. */
public enum PaymentMethod implements ApiValue {
    /** {@code Check}. */
    CHECK("Check"),
    /** {@code Wire}. */
    WIRE("Wire"),
    /** {@code Paypal}. */
    PAYPAL("Paypal"),
    /** {@code Direct Deposit}. */
    DIRECT_DEPOSIT("Direct Deposit"),
    /** {@code Other}. */
    OTHER("Other");

    private final String apiValue;

    PaymentMethod(String apiValue) {
        this.apiValue = apiValue;
    }

    @Override
    public String apiValue() {
        return apiValue;
    }
}
