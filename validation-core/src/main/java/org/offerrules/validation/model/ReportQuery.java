package org.offerrules.validation.model;

import jakarta.validation.Valid;

import org.offerrules.builder.GenerateBuilder;
import org.offerrules.validation.constraints.ApiDate;
import org.offerrules.validation.constraints.Between;
import org.offerrules.validation.constraints.ColumnOf;
import org.offerrules.validation.constraints.CountryList;
import org.offerrules.validation.constraints.IdList;
import org.offerrules.validation.constraints.NotBefore;
import org.offerrules.validation.constraints.NumberList;
import org.offerrules.validation.constraints.OneOf;
import org.offerrules.validation.constraints.OneOfList;
import org.offerrules.validation.constraints.OneOfNumbers;
import org.offerrules.validation.constraints.Positive;
import org.offerrules.validation.constraints.Required;

/**
 * The query of the API's report methods, {@code getOfferReport} and {@code getConversionReport}: one
 * record for both, as they take the same parameters ({@code Request.GET_OFFER_REPORT} and
 * {@code Request.GET_CONVERSION_REPORT} name it).
 *
 * <p>Every parameter of the vendor's report pages is a component: the network API's
 * (<a href="https://support.fuseclick.com/api/afn/reportmethods/2016/0808/289.html">getOfferReport</a>,
 * <a href="https://support.fuseclick.com/api/afn/reportmethods/2016/0808/292.html">getConversionReport</a>),
 * the affiliate API's (<a href="https://support.fuseclick.com/api/apifaff/reportmethods/2016/0808/314.html">
 * getOfferReport</a>, with its {@code a}) and the response column switches ({@link ReportColumns},
 * flattened). Multi-select filters are comma lists ({@code currency=1,2}), each item checked.
 *
 * <p>As for the offer, fields hold the wire values, so any input can be represented and nothing is
 * rejected at construction; {@link org.offerrules.validation.OfferValidator#validate(Object)} decides
 * what is valid and reports at the wire names ({@code RuleCatalog.of(ReportQuery.class)} lists the rules).
 *
 * @param from {@code from}: required; {@code YYYY/MM/DD[ HH]} (6502), an hour 00-23 (6807).
 * @param to {@code to}: required; {@code YYYY/MM/DD[ HH]} (6503), an hour 00-23 (6807), not before {@code from} (6504).
 * @param timezone {@code timezone}: required; an hour offset from -11 to 14 (6501).
 * @param page {@code page}: required; > 0 (6505).
 * @param pageSize {@code page_size}: 1 to 10000 (6508).
 * @param offer {@code offer}: comma-separated offer ids (6506).
 * @param affiliate {@code affiliate}: comma-separated affiliate ids (6820).
 * @param advertiser {@code advertiser}: comma-separated advertiser ids (6820).
 * @param manager {@code manager}: comma-separated manager ids (6507).
 * @param currency {@code currency}: currency ids from 1 to 68, comma-separated (6910).
 * @param country {@code country}: comma-separated ISO 3166-1 alpha-2 codes (6820).
 * @param clickCountry {@code click_country}: comma-separated ISO 3166-1 alpha-2 codes (6820).
 * @param eventRange {@code event_range}: 0 or 1 (6910).
 * @param status {@code status}: conversion statuses 1, 2 or 4, comma-separated (6910).
 * @param order {@code order}: {@code ASC} or {@code DESC} (6820).
 * @param a {@code a}: the affiliate API's affiliate id, > 0 (6820).
 * @param category {@code category}: comma-separated offer category ids (6820).
 * @param traffic {@code traffic}: comma-separated allowed traffic type ids (6820).
 * @param eventPrivate {@code event_private}: 0 include private events (the default), 1 exclude them (6431).
 * @param revenue {@code revenue}: 0 include, 1 exclude rows without conversions (6432).
 * @param conversion {@code conversion}: the advertiser API's zero-conversion switch, 0 include or 1 exclude (6910).
 * @param browser {@code browser}: comma-separated {@link Browser} names (6820).
 * @param orderBy {@code orderBy} (camel case on the wire): the column to order by, a column switch name such as
 *     {@code ck_offer_name} (the pages' defaults), letter case aside (6820); the direction is {@code order}.
 * @param columns the {@code ck_*} response column switches, flattened.
 */
@NotBefore(field = "to", other = "from", code = 6504)
@GenerateBuilder
public record ReportQuery(
        @Required(6502) @ApiDate(formatCode = 6502, impossibleCode = 6502, hourCode = 6807)
        String from,
        @Required(6503) @ApiDate(formatCode = 6503, impossibleCode = 6503, hourCode = 6807)
        String to,
        @Required(6501) @Between(code = 6501, min = -11, max = 14)
        Integer timezone,
        @Required(6505) @Positive(6505)
        Integer page,
        @Between(code = 6508, min = 1, max = 10000)
        Integer pageSize,
        @IdList(6506)
        String offer,
        @IdList(6820)
        String affiliate,
        @IdList(6820)
        String advertiser,
        @IdList(6507)
        String manager,
        @NumberList(code = 6910, min = 1, max = 68)
        String currency,
        @CountryList(6820)
        String country,
        @CountryList(6820)
        String clickCountry,
        @Between(code = 6910, min = 0, max = 1)
        Integer eventRange,
        @NumberList(code = 6910, min = 1, max = 4, value = {1, 2, 4})
        String status,
        @OneOf(code = 6820, value = SortOrder.class)
        String order,
        @Positive(6820)
        Integer a,
        @IdList(6820)
        String category,
        @IdList(6820)
        String traffic,
        @OneOfNumbers(code = 6431, value = {0, 1})
        Integer eventPrivate,
        @OneOfNumbers(code = 6432, value = {0, 1})
        Integer revenue,
        @Between(code = 6910, min = 0, max = 1)
        Integer conversion,
        @OneOfList(code = 6820, value = Browser.class)
        String browser,
        @WireName("orderBy") @ColumnOf(code = 6820, value = ReportColumns.class)
        String orderBy,
        @Flattened @Valid
        ReportColumns columns) {

    /** A column group with no switch present is held as null. */
    public ReportQuery {
        columns = columns == null || columns.isEmpty() ? null : columns;
    }

    /** The API method of the offer report: {@value}. */
    public static final String OFFER_REPORT = "getOfferReport";

    /** The API method of the conversion report: {@value}. */
    public static final String CONVERSION_REPORT = "getConversionReport";

    /** An empty builder. */
    public static ReportQueryBuilder builder() {
        return new ReportQueryBuilder();
    }

    /** A builder holding this record's values. */
    public ReportQueryBuilder toBuilder() {
        return new ReportQueryBuilder(this);
    }
}
