package org.offerrules.validation.model;

import org.offerrules.builder.GenerateBuilder;
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
@GenerateBuilder
public record ListPagingV2(
        @Positive(6821)
        Integer page,
        @OneOfNumbers(code = 6911, value = {500, 1000, 5000, 10000})
        Integer limit) {

    /** The API method this record is the body of: {@value}. The other V2 list methods page the same way */
    public static final String METHOD = "getOffersV2";

    /** An empty builder. */
    public static ListPagingV2Builder builder() {
        return new ListPagingV2Builder();
    }

    /** A builder holding this record's values. */
    public ListPagingV2Builder toBuilder() {
        return new ListPagingV2Builder(this);
    }
}
