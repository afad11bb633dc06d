package org.offerrules.validation.model;

import org.offerrules.builder.GenerateBuilder;
import org.offerrules.validation.constraints.ApiDate;
import org.offerrules.validation.constraints.CountryList;
import org.offerrules.validation.constraints.IdList;
import org.offerrules.validation.constraints.OneOf;
import org.offerrules.validation.constraints.OneOfList;
import org.offerrules.validation.constraints.Positive;

/**
 * The paging of the API's V1 list methods ({@code getOffers} and the others that page): which page, how
 * many rows; and {@code getOffers}' filters, those of the network API's page and of the affiliate API's
 * (<a href="https://support.fuseclick.com/api/apifaff/apimethpds/2017/1201/450.html">page 450</a>, which adds
 * {@code a} and the filters below {@code from}). Every filter of the affiliate page without a code of its own
 * is 6820, as {@code from} is.
 *
 * <p>As for the offer, fields hold the wire values, so any input can be represented and nothing is
 * rejected at construction; {@link org.offerrules.validation.OfferValidator#validate(Object)} decides
 * what is valid and reports at the wire names ({@code RuleCatalog.of(ListPaging.class)} lists the rules).
 *
 * @param page {@code page}: > 0 (6441).
 * @param limit {@code limit}: an integer > 0 (6442), as the affiliate API's page types it.
 * @param orderBy {@code orderBy} (camel case on the wire): an {@link OfferColumn} (6443).
 * @param status {@code status}: an {@link OfferStatusFilter} (6303, as
 *     <a href="https://support.fuseclick.com/api/afn/deprecated/2016/0808/222.html">the method's page</a> says);
 *     absent: {@code all}.
 * @param from {@code from}: the offers' creation date, {@code YYYY/MM/DD} (6820); absent: no limit.
 * @param a {@code a}: the affiliate API's affiliate id, > 0 (6820).
 * @param type {@code type}: the affiliate API's offer types, one or a comma-separated list of {@link OfferType} (6820).
 * @param country {@code country}: the affiliate API's comma-separated ISO 3166-1 alpha-2 codes (6820).
 * @param category {@code category}: the affiliate API's comma-separated offer category ids (6820).
 * @param id {@code id}: the affiliate API's comma-separated offer ids (6820).
 * @param offerName {@code offer_name}: the affiliate API's offer name filter; free text.
 */
@GenerateBuilder
public record ListPaging(
        @Positive(6441)
        Integer page,
        @Positive(6442)
        Integer limit,
        @WireName("orderBy") @OneOf(code = 6443, value = OfferColumn.class)
        String orderBy,
        @OneOf(code = 6303, value = OfferStatusFilter.class)
        String status,
        @ApiDate(formatCode = 6820, impossibleCode = 6820)
        String from,
        @Positive(6820)
        Integer a,
        @OneOfList(code = 6820, value = OfferType.class)
        String type,
        @CountryList(6820)
        String country,
        @IdList(6820)
        String category,
        @IdList(6820)
        String id,
        String offerName) {

    /** The API method this record is the body of: {@value}. The other V1 list methods page the same way */
    public static final String METHOD = "getOffers";

    /** The paging alone, without the filters: every filter absent. */
    public ListPaging(Integer page, Integer limit, String orderBy) {
        this(page, limit, orderBy, null, null, null, null, null, null, null, null);
    }

    /**
     * The paging and the network API page's two filters, the record's components before the affiliate page's
     * filters were added (vendor11): code written against them compiles and means what it meant.
     */
    public ListPaging(Integer page, Integer limit, String orderBy, String status, String from) {
        this(page, limit, orderBy, status, from, null, null, null, null, null, null);
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
