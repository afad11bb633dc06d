package org.offerrules.validation.model;

import org.offerrules.builder.GenerateBuilder;
import org.offerrules.validation.constraints.ApiDate;
import org.offerrules.validation.constraints.Between;
import org.offerrules.validation.constraints.CountryList;
import org.offerrules.validation.constraints.IdList;
import org.offerrules.validation.constraints.OneOf;
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
 * <p>Its filters are those of the network API's page
 * (<a href="https://support.fuseclick.com/api/v2/network/offer/2018/0423/455.html">455</a>) and the affiliate
 * API's (<a href="https://support.fuseclick.com/documentation/open/gs/2024/0827/506.html">506</a>: {@code a},
 * {@code type}, {@code offer_name}, {@code top_cr}); a V2 parameter without a code of its own reports the V2
 * dictionary's 6820, a 0/1 switch 6910.
 *
 * @param page {@code page}: > 0 (6821).
 * @param limit {@code limit}: 500, 1000, 5000 or 10000 (6911).
 * @param from {@code from}: the offers' earliest creation date, {@code YYYY/MM/DD} (6820).
 * @param offerIds {@code offer_ids}: comma-separated offer ids (6809).
 * @param advertiserIds {@code advertiser_ids}: comma-separated advertiser ids (6820).
 * @param country {@code country}: comma-separated ISO 3166-1 alpha-2 codes (6820).
 * @param status {@code status}: an {@link OfferStatus} (6303).
 * @param eventInfo {@code event_info}: 1 returns the events, 0 (the default) not (6910).
 * @param geoInfo {@code geo_info}: 1 returns the GEO targeting, 0 (the default) not (6910).
 * @param deviceInfo {@code device_info}: 1 returns the device targeting, 0 (the default) not (6910).
 * @param capInfo {@code cap_info}: 1 returns the caps, 0 (the default) not (6910).
 * @param categoryInfo {@code category_info}: 1 returns the categories, 0 (the default) not (6910).
 * @param trafficTypeInfo {@code traffic_type_info}: 1 returns the traffic types, 0 (the default) not (6910).
 * @param a {@code a}: the affiliate API's affiliate id, > 0 (6820).
 * @param type {@code type}: the affiliate API's offer type filter, an {@link OfferType} (6820).
 * @param offerName {@code offer_name}: the affiliate API's key words of the offer name; free text.
 * @param topCr {@code top_cr}: the affiliate API's top offers by conversion rate, a number of offers > 0 (6820).
 * @param category {@code category}: the affiliate API's comma-separated offer category ids (6820); page 506 is cut
 *     before its sixth filter, and the affiliate API's offer list page
 *     (<a href="https://support.fuseclick.com/api/apifaff/apimethpds/2017/1201/450.html">450</a>) has this one
 *     beside the five 506 shows (docs/decisions/vendor-conformance.md).
 */
@GenerateBuilder
public record ListPagingV2(
        @Positive(6821)
        Integer page,
        @OneOfNumbers(code = 6911, value = {500, 1000, 5000, 10000})
        Integer limit,
        @ApiDate(formatCode = 6820, impossibleCode = 6820)
        String from,
        @IdList(6809)
        String offerIds,
        @IdList(6820)
        String advertiserIds,
        @CountryList(6820)
        String country,
        @OneOf(code = 6303, value = OfferStatus.class)
        String status,
        @Between(code = 6910, min = 0, max = 1)
        Integer eventInfo,
        @Between(code = 6910, min = 0, max = 1)
        Integer geoInfo,
        @Between(code = 6910, min = 0, max = 1)
        Integer deviceInfo,
        @Between(code = 6910, min = 0, max = 1)
        Integer capInfo,
        @Between(code = 6910, min = 0, max = 1)
        Integer categoryInfo,
        @Between(code = 6910, min = 0, max = 1)
        Integer trafficTypeInfo,
        @Positive(6820)
        Integer a,
        @OneOf(code = 6820, value = OfferType.class)
        String type,
        String offerName,
        @Positive(6820)
        Integer topCr,
        @IdList(6820)
        String category) {

    /** The API method this record is the body of: {@value}. The other V2 list methods page the same way */
    public static final String METHOD = "getOffersV2";

    /** The paging alone, every filter absent. */
    public ListPagingV2(Integer page, Integer limit) {
        this(page, limit, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** An empty builder. */
    public static ListPagingV2Builder builder() {
        return new ListPagingV2Builder();
    }

    /** A builder holding this record's values. */
    public ListPagingV2Builder toBuilder() {
        return new ListPagingV2Builder(this);
    }
}
