package org.offerrules.validation;

import java.util.Optional;

import org.offerrules.validation.model.ChangeOfferApplicationStatus;
import org.offerrules.validation.model.GenerateLink;
import org.offerrules.validation.model.GetConversions;
import org.offerrules.validation.model.GetOfferApplicationList;
import org.offerrules.validation.model.GetOfferById;
import org.offerrules.validation.model.ListPaging;
import org.offerrules.validation.model.ListPagingV2;
import org.offerrules.validation.model.Offer;
import org.offerrules.validation.model.ReportQuery;
import org.offerrules.validation.model.SetAdvertiser;
import org.offerrules.validation.model.SetAffiliateBaseInfo;
import org.offerrules.validation.model.SetAffiliatePaymentInfo;
import org.offerrules.validation.model.SetAffiliatePostback;
import org.offerrules.validation.model.SetConversionStatus;
import org.offerrules.validation.model.SetOfferAffiliateList;
import org.offerrules.validation.model.SetOfferEventBaseInfo;
import org.offerrules.validation.model.SetOfferSpecialPayouts;

/**
 * The API requests the library checks, each by its API method name and the record that is its body.
 * {@link OfferValidator#validate(Object)} validates any of them; {@link #catalog()} lists its rules.
 */
public enum Request {
    /** {@code setOffer}, with its events: {@link Offer}. */
    SET_OFFER("setOffer", Offer.class),
    /** {@code setAdvertiser}: {@link SetAdvertiser}. */
    SET_ADVERTISER(SetAdvertiser.METHOD, SetAdvertiser.class),
    /** {@code changeOfferApplicationStatus}: {@link ChangeOfferApplicationStatus}. */
    CHANGE_OFFER_APPLICATION_STATUS(ChangeOfferApplicationStatus.METHOD, ChangeOfferApplicationStatus.class),
    /** {@code generateLink}: {@link GenerateLink}. */
    GENERATE_LINK(GenerateLink.METHOD, GenerateLink.class),
    /** {@code setConversionStatus}: {@link SetConversionStatus}. */
    SET_CONVERSION_STATUS(SetConversionStatus.METHOD, SetConversionStatus.class),
    /** {@code setOfferAffiliateList}: {@link SetOfferAffiliateList}. */
    SET_OFFER_AFFILIATE_LIST(SetOfferAffiliateList.METHOD, SetOfferAffiliateList.class),
    /** {@code getOfferReport}: {@link ReportQuery}, shared with {@link #GET_CONVERSION_REPORT}. */
    GET_OFFER_REPORT(ReportQuery.OFFER_REPORT, ReportQuery.class),
    /** {@code getConversionReport}: {@link ReportQuery}, shared with {@link #GET_OFFER_REPORT}. */
    GET_CONVERSION_REPORT(ReportQuery.CONVERSION_REPORT, ReportQuery.class),
    /** {@code getOffers} (API v1), the paging of V1's lists: {@link ListPaging}. */
    GET_OFFERS(ListPaging.METHOD, ListPaging.class),
    /** {@code getOffersV2} ({@code getOffers} through API v2), the paging of V2's lists: {@link ListPagingV2}. */
    GET_OFFERS_V2(ListPagingV2.METHOD, ListPagingV2.class),
    /** {@code setAffiliateBaseInfo}: {@link SetAffiliateBaseInfo}. */
    SET_AFFILIATE_BASE_INFO(SetAffiliateBaseInfo.METHOD, SetAffiliateBaseInfo.class),
    /** {@code setAffiliatePaymentInfo}: {@link SetAffiliatePaymentInfo}. */
    SET_AFFILIATE_PAYMENT_INFO(SetAffiliatePaymentInfo.METHOD, SetAffiliatePaymentInfo.class),
    /** {@code setAffiliatePostback}: {@link SetAffiliatePostback}. */
    SET_AFFILIATE_POSTBACK(SetAffiliatePostback.METHOD, SetAffiliatePostback.class),
    /** {@code getConversions}: {@link GetConversions}. */
    GET_CONVERSIONS(GetConversions.METHOD, GetConversions.class),
    /** {@code getOfferById} (affiliate API): {@link GetOfferById}. */
    GET_OFFER_BY_ID(GetOfferById.METHOD, GetOfferById.class),
    /** {@code setOfferEventBaseInfo}, one event apart from its offer: {@link SetOfferEventBaseInfo}. */
    SET_OFFER_EVENT_BASE_INFO(SetOfferEventBaseInfo.METHOD, SetOfferEventBaseInfo.class),
    /** {@code getOfferApplicationList}: {@link GetOfferApplicationList}. */
    GET_OFFER_APPLICATION_LIST(GetOfferApplicationList.METHOD, GetOfferApplicationList.class),
    /** {@code setOfferSpecialPayouts}: {@link SetOfferSpecialPayouts}. */
    SET_OFFER_SPECIAL_PAYOUTS(SetOfferSpecialPayouts.METHOD, SetOfferSpecialPayouts.class);

    private final String method;
    private final Class<? extends Record> type;

    Request(String method, Class<? extends Record> type) {
        this.method = method;
        this.type = type;
    }

    /** The API method name, e.g. {@code setAdvertiser}. */
    public String method() {
        return method;
    }

    /** The record that is the request's body. */
    public Class<? extends Record> type() {
        return type;
    }

    /**
     * Whether the request creates or updates, by the presence of its id, and so has an update mode:
     * {@code setOffer}, {@code setAdvertiser}, {@code setAffiliateBaseInfo}, {@code setAffiliatePostback}
     * (brief section 2, the parameters marked U). Only these can be checked against a current object
     * ({@link OfferValidator#validateUpdate(Object, Object)}).
     */
    public boolean hasUpdateMode() {
        return this == SET_OFFER || this == SET_ADVERTISER || this == SET_AFFILIATE_BASE_INFO
                || this == SET_AFFILIATE_POSTBACK;
    }

    /** The request's rules: {@link RuleCatalog#offers()} for {@code setOffer}, the annotation rules otherwise. */
    public RuleCatalog catalog() {
        return this == SET_OFFER ? RuleCatalog.offers() : RuleCatalog.of(type);
    }

    /** The request whose API method is {@code method} (exact spelling); empty for any other name. */
    public static Optional<Request> ofMethod(String method) {
        for (Request r : values()) {
            if (r.method.equals(method)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /**
     * The request whose body is {@code type}.
     *
     * @throws IllegalArgumentException for any other class
     */
    public static Request of(Class<?> type) {
        return ofType(type).orElseThrow(() -> new IllegalArgumentException("not a request body of the API: "
                + type.getName() + " (see Request)"));
    }

    /**
     * The request whose body is {@code type}; empty for any other class. A body shared by several
     * requests ({@link ReportQuery}) gives the first of them: their rules are the same.
     */
    public static Optional<Request> ofType(Class<?> type) {
        for (Request r : values()) {
            if (r.type == type) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
