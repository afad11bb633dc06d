package org.offerrules.validation.model;

/** An affiliate's {@code invoice_frequency} ({@link SetAffiliateBaseInfo}), case as written. */
public enum InvoiceFrequency implements ApiValue {
    /** {@code Weekly}. */
    WEEKLY("Weekly"),
    /** {@code Bi-weekly}. */
    BI_WEEKLY("Bi-weekly"),
    /** {@code Monthly}. */
    MONTHLY("Monthly"),
    /** {@code Two Months}. */
    TWO_MONTHS("Two Months"),
    /** {@code Quarterly}. */
    QUARTERLY("Quarterly"),
    /** {@code Manually}. */
    MANUALLY("Manually");

    private final String apiValue;

    InvoiceFrequency(String apiValue) {
        this.apiValue = apiValue;
    }

    @Override
    public String apiValue() {
        return apiValue;
    }
}
