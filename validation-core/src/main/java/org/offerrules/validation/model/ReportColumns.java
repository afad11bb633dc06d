package org.offerrules.validation.model;

import org.offerrules.validation.constraints.Between;

/**
 * The response column switches of the report queries ({@link ReportQuery}, flattened into it): each
 * {@code ck_*} parameter 0 ("no this field") or 1 ("include this field"), 6910 otherwise. The columns are
 * those the vendor's report pages list: network {@code getOfferReport}
 * (<a href="https://support.fuseclick.com/api/afn/reportmethods/2016/0808/289.html">289</a>) and
 * {@code getConversionReport}
 * (<a href="https://support.fuseclick.com/api/afn/reportmethods/2016/0808/292.html">292</a>), the affiliate
 * API's (<a href="https://support.fuseclick.com/api/apifaff/reportmethods/2016/0808/314.html">314</a>,
 * <a href="https://support.fuseclick.com/api/apifaff/reportmethods/2016/0808/315.html">315</a>) and the
 * advertiser API's {@code getOfferReport}
 * (<a href="https://support.fuseclick.com/api/apiforadv/apimethods/2016/0808/319.html">319</a>); one record
 * for all, as the methods share {@link ReportQuery}.
 *
 * <p>The stored pages are cut before their column lists end, so any other {@code ck_} name
 * ({@code ck_[a-z0-9_]+}) is a switch too, checked as these are (0 or 1, 6910) and never an unknown
 * parameter ({@link OpenNames}; docs/decisions/vendor-conformance.md).
 *
 * @param ckStatus {@code ck_status}: Offer Status.
 * @param ckAdvertiser {@code ck_advertiser}: Advertiser Name.
 * @param ckAdvertiserId {@code ck_advertiser_id}: Advertiser ID.
 * @param ckAdvertiserName {@code ck_advertiser_name}: Advertiser Name.
 * @param ckAdvertiserManager {@code ck_advertiser_manager}: Advertiser Manager.
 * @param ckManager {@code ck_manager}: Advertiser Manager ID.
 * @param ckCategory {@code ck_category}: Offer Category.
 * @param ckCountry {@code ck_country}: Offer GEO Country.
 * @param ckCurrency {@code ck_currency}: Currency.
 * @param ckOfferId {@code ck_offer_id}: Offer ID.
 * @param ckOfferName {@code ck_offer_name}: Offer Name.
 * @param ckOfferUrl {@code ck_offer_url}: Offer URL.
 * @param ckAffiliateId {@code ck_affiliate_id}: Affiliate ID.
 * @param ckAffiliateName {@code ck_affiliate_name}: Affiliate Name.
 * @param ckClickCountry {@code ck_click_country}: Click GEO Country.
 * @param ckSource {@code ck_source}: Traffic Source.
 * @param ckType {@code ck_type}: Device Type.
 * @param ckBrand {@code ck_brand}: Device Brand.
 * @param ckModel {@code ck_model}: Device Model.
 * @param ckOs {@code ck_os}: Device OS.
 * @param ckBrowser {@code ck_browser}: Device Browser.
 * @param ckEventId {@code ck_event_id}: Offer Event Id.
 * @param ckEventName {@code ck_event_name}: Offer Event Name.
 * @param ckEventTkn {@code ck_event_tkn}: Offer Event Token.
 * @param ckSub1 {@code ck_sub1}: Sub ID 1.
 * @param ckSub2 {@code ck_sub2}: Sub ID 2.
 * @param ckSub3 {@code ck_sub3}: Sub ID 3.
 * @param ckGross {@code ck_gross}: Gross Click Count.
 * @param ckUnique {@code ck_unique}: Unique Click Count.
 * @param ckConversion {@code ck_conversion}: Conversion Count.
 * @param ckCost {@code ck_cost}: Cost Summary.
 * @param ckCr {@code ck_cr}: CR.
 * @param ckCpc {@code ck_cpc}: CPC.
 * @param ckCpa {@code ck_cpa}: CPA.
 * @param ckYear {@code ck_year}: Group Data by Year.
 * @param ckMonth {@code ck_month}: Group Data by Month.
 * @param ckWeek {@code ck_week}: Group Data by Week.
 * @param ckDay {@code ck_day}: Group Data by Day.
 * @param ckHour {@code ck_hour}: Group Data by Hour.
 */
@OpenNames(pattern = "ck_[a-z0-9_]+", like = "ckOfferId")
public record ReportColumns(
        @Between(code = 6910, min = 0, max = 1)
        Integer ckStatus,
        @Between(code = 6910, min = 0, max = 1)
        Integer ckAdvertiser,
        @Between(code = 6910, min = 0, max = 1)
        Integer ckAdvertiserId,
        @Between(code = 6910, min = 0, max = 1)
        Integer ckAdvertiserName,
        @Between(code = 6910, min = 0, max = 1)
        Integer ckAdvertiserManager,
        @Between(code = 6910, min = 0, max = 1)
        Integer ckManager,
        @Between(code = 6910, min = 0, max = 1)
        Integer ckCategory,
        @Between(code = 6910, min = 0, max = 1)
        Integer ckCountry,
        @Between(code = 6910, min = 0, max = 1)
        Integer ckCurrency,
        @Between(code = 6910, min = 0, max = 1)
        Integer ckOfferId,
        @Between(code = 6910, min = 0, max = 1)
        Integer ckOfferName,
        @Between(code = 6910, min = 0, max = 1)
        Integer ckOfferUrl,
        @Between(code = 6910, min = 0, max = 1)
        Integer ckAffiliateId,
        @Between(code = 6910, min = 0, max = 1)
        Integer ckAffiliateName,
        @Between(code = 6910, min = 0, max = 1)
        Integer ckClickCountry,
        @Between(code = 6910, min = 0, max = 1)
        Integer ckSource,
        @Between(code = 6910, min = 0, max = 1)
        Integer ckType,
        @Between(code = 6910, min = 0, max = 1)
        Integer ckBrand,
        @Between(code = 6910, min = 0, max = 1)
        Integer ckModel,
        @Between(code = 6910, min = 0, max = 1)
        Integer ckOs,
        @Between(code = 6910, min = 0, max = 1)
        Integer ckBrowser,
        @Between(code = 6910, min = 0, max = 1)
        Integer ckEventId,
        @Between(code = 6910, min = 0, max = 1)
        Integer ckEventName,
        @Between(code = 6910, min = 0, max = 1)
        Integer ckEventTkn,
        @Between(code = 6910, min = 0, max = 1)
        Integer ckSub1,
        @Between(code = 6910, min = 0, max = 1)
        Integer ckSub2,
        @Between(code = 6910, min = 0, max = 1)
        Integer ckSub3,
        @Between(code = 6910, min = 0, max = 1)
        Integer ckGross,
        @Between(code = 6910, min = 0, max = 1)
        Integer ckUnique,
        @Between(code = 6910, min = 0, max = 1)
        Integer ckConversion,
        @Between(code = 6910, min = 0, max = 1)
        Integer ckCost,
        @Between(code = 6910, min = 0, max = 1)
        Integer ckCr,
        @Between(code = 6910, min = 0, max = 1)
        Integer ckCpc,
        @Between(code = 6910, min = 0, max = 1)
        Integer ckCpa,
        @Between(code = 6910, min = 0, max = 1)
        Integer ckYear,
        @Between(code = 6910, min = 0, max = 1)
        Integer ckMonth,
        @Between(code = 6910, min = 0, max = 1)
        Integer ckWeek,
        @Between(code = 6910, min = 0, max = 1)
        Integer ckDay,
        @Between(code = 6910, min = 0, max = 1)
        Integer ckHour) {

    /** Whether no switch is present: the owner holds such a group as null. */
    boolean isEmpty() {
        return ckStatus == null
                && ckAdvertiser == null
                && ckAdvertiserId == null
                && ckAdvertiserName == null
                && ckAdvertiserManager == null
                && ckManager == null
                && ckCategory == null
                && ckCountry == null
                && ckCurrency == null
                && ckOfferId == null
                && ckOfferName == null
                && ckOfferUrl == null
                && ckAffiliateId == null
                && ckAffiliateName == null
                && ckClickCountry == null
                && ckSource == null
                && ckType == null
                && ckBrand == null
                && ckModel == null
                && ckOs == null
                && ckBrowser == null
                && ckEventId == null
                && ckEventName == null
                && ckEventTkn == null
                && ckSub1 == null
                && ckSub2 == null
                && ckSub3 == null
                && ckGross == null
                && ckUnique == null
                && ckConversion == null
                && ckCost == null
                && ckCr == null
                && ckCpc == null
                && ckCpa == null
                && ckYear == null
                && ckMonth == null
                && ckWeek == null
                && ckDay == null
                && ckHour == null;
    }
}
