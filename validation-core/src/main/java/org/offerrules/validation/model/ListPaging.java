package org.offerrules.validation.model;

import org.offerrules.builder.GenerateBuilder;
import org.offerrules.validation.constraints.ApiDate;
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
 * @param status {@code status}: an {@link OfferStatusFilter} (6303, as
 *     <a href="https://support.fuseclick.com/api/afn/deprecated/2016/0808/222.html">the method's page</a> says);
 *     absent: {@code all}.
 * @param from {@code from}: the offers' creation date, {@code YYYY/MM/DD} (6820); absent: no limit.
 */
@GenerateBuilder
public record ListPaging(
        @Positive(6441)
        Integer page,
        @OneOfNumbers(code = 6442, value = {500, 1000, 5000, 10000})
        Integer limit,
        @WireName("orderBy") @OneOf(code = 6443, value = OfferColumn.class)
        String orderBy,
        @OneOf(code = 6303, value = OfferStatusFilter.class)
        String status,
        @ApiDate(formatCode = 6820, impossibleCode = 6820)
        String from) {

    /** The API method this record is the body of: {@value}. The other V1 list methods page the same way */
    public static final String METHOD = "getOffers";

    /** The paging alone, without the filters: {@code status} and {@code from} absent. */
    public ListPaging(Integer page, Integer limit, String orderBy) {
        this(page, limit, orderBy, null, null);
    }

    /** An empty builder. */
    public static ListPagingBuilder builder() {
        return new ListPagingBuilder();
    }

    /** A builder holding this record's values. */
    public ListPagingBuilder toBuilder() {
        return new ListPagingBuilder(this);
    }
}
