package org.offerrules.validation.model;

import org.offerrules.validation.constraints.OneOfNumbers;
import org.offerrules.validation.constraints.Positive;

/**
 * The paging of the API's V2 list methods ({@code getOffers} through API v2, named {@code getOffersV2} here
 * to tell it from V1's): which page, how many rows.
 *
 * <p>As for the offer, fields hold the wire values, so any input can be represented and nothing is
 * rejected at construction; {@link org.offerrules.validation.OfferValidator#validate(Object)} decides
 * what is valid and reports at the wire names ({@code RuleCatalog.of(ListPagingV2.class)} lists the rules).
 *
 * @param page {@code page}: > 0 (6821).
 * @param limit {@code limit}: 500, 1000, 5000 or 10000 (6911).
 */
public record ListPagingV2(
        @Positive(6821)
        Integer page,
        @OneOfNumbers(code = 6911, value = {500, 1000, 5000, 10000})
        Integer limit) {

    /** The API method this record is the body of: {@value}. The other V2 list methods page the same way */
    public static final String METHOD = "getOffersV2";

    /** An empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.page = page;
        b.limit = limit;
        return b;
    }

    /** Builds a {@link ListPagingV2}; not thread-safe. Every value may be null. */
    public static final class Builder {
        private Integer page;
        private Integer limit;

        private Builder() {
        }

        /** Sets {@code page}. */
        public Builder page(Integer page) {
            this.page = page;
            return this;
        }

        /** Sets {@code limit}. */
        public Builder limit(Integer limit) {
            this.limit = limit;
            return this;
        }

        /** The record; never throws: the rules report what is wrong. */
        public ListPagingV2 build() {
            return new ListPagingV2(page, limit);
        }
    }
}
