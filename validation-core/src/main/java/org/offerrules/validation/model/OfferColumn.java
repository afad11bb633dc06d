package org.offerrules.validation.model;

/**
 * A column {@code getOffers} (V1) sorts by, its {@code orderBy}: an offer field of one value, named as on
 * the wire (the decision and why: {@code docs/decisions/requests.md}).
 */
public enum OfferColumn implements ApiValue {
    /** {@code id}. */
    ID("id"),
    /** {@code name}. */
    NAME("name"),
    /** {@code advertiser_id}. */
    ADVERTISER_ID("advertiser_id"),
    /** {@code status}. */
    STATUS("status"),
    /** {@code type}. */
    TYPE("type"),
    /** {@code access_type}. */
    ACCESS_TYPE("access_type"),
    /** {@code expire_date}. */
    EXPIRE_DATE("expire_date"),
    /** {@code currency}. */
    CURRENCY("currency"),
    /** {@code payout_type}. */
    PAYOUT_TYPE("payout_type"),
    /** {@code payout}. */
    PAYOUT("payout"),
    /** {@code revenue_type}. */
    REVENUE_TYPE("revenue_type"),
    /** {@code revenue}. */
    REVENUE("revenue");

    private final String apiValue;

    OfferColumn(String apiValue) {
        this.apiValue = apiValue;
    }

    @Override
    public String apiValue() {
        return apiValue;
    }
}
