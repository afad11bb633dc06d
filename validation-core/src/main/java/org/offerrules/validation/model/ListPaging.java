package org.offerrules.validation.model;

import org.offerrules.validation.constraints.OneOf;
import org.offerrules.validation.constraints.OneOfNumbers;
import org.offerrules.validation.constraints.Positive;

/**
 * The paging of the API's V1 list methods ({@code getOffers} and the others that page): which page, how
 * many rows.
 *
 * <p>As for the offer, fields hold the wire values, so any input can be represented and nothing is
 * rejected at construction; {@link org.offerrules.validation.OfferValidator#validate(Object)} decides
 * what is valid and reports at the wire names ({@code RuleCatalog.of(ListPaging.class)} lists the rules).
 *
 * @param page {@code page}: > 0 (6441).
 * @param limit {@code limit}: 500, 1000, 5000 or 10000 (6442).
 * @param orderBy {@code orderBy} (camel case on the wire): an {@link OfferColumn} (6443).
 */
public record ListPaging(
        @Positive(6441)
        Integer page,
        @OneOfNumbers(code = 6442, value = {500, 1000, 5000, 10000})
        Integer limit,
        @WireName("orderBy") @OneOf(code = 6443, value = OfferColumn.class)
        String orderBy) {

    /** The API method this record is the body of: {@value}. The other V1 list methods page the same way */
    public static final String METHOD = "getOffers";

    /** An empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.page = page;
        b.limit = limit;
        b.orderBy = orderBy;
        return b;
    }

    /** Builds a {@link ListPaging}; not thread-safe. Every value may be null. */
    public static final class Builder {
        private Integer page;
        private Integer limit;
        private String orderBy;

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

        /** Sets {@code orderBy}. */
        public Builder orderBy(String orderBy) {
            this.orderBy = orderBy;
            return this;
        }

        /** The record; never throws: the rules report what is wrong. */
        public ListPaging build() {
            return new ListPaging(page, limit, orderBy);
        }
    }
}
