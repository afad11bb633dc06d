package org.offerrules.validation;

/**
 * Answers existence questions from the embedding service's own data, so that the codes the API
 * reports for unknown references can be reported before sending: the offer's (6307, 6366, 6367,
 * 6381, 6216, 6387, 6304) and the other requests' (6105, 6109, 6113, 6204, 6207, 6213, 6216, 6304,
 * 6229, 6403, 6413, 6802; docs/requests.md lists which request asks what). One interface for every family,
 * so a service passes one object to {@link OfferValidator.Builder#lookup}. Every method answers
 * {@code true} ("exists, or unknown") or, for the email questions, null ("no one, or unknown") by
 * default: implement the ones the service can answer. Implementations must be thread-safe when the
 * validator is shared.
 */
public interface OfferLookup {

    /** A lookup that knows nothing: existence rules are skipped. */
    OfferLookup NONE = new OfferLookup() {
    };

    /**
     * Does the advertiser exist? A {@code false} answer reports 6307 at the offer's
     * {@code /advertiser_id}, and 6105 at {@code /id} of a {@code setAdvertiser} update.
     */
    default boolean advertiserExists(int advertiserId) {
        return true;
    }

    /**
     * Does the offer exist? Used for GEO (6366) and device (6381) redirect offers, in update mode
     * for the update's {@code id} (6304 at {@code /id}), for {@code setOfferAffiliateList}'s {@code id}
     * (6304) and for {@code generateLink}'s {@code o} (6413).
     */
    default boolean offerExists(int offerId) {
        return true;
    }

    /** Does the GEO offer group exist? A {@code false} answer reports 6367. */
    default boolean geoOfferGroupExists(int groupId) {
        return true;
    }

    /**
     * Does the payout tier exist? A {@code false} answer reports 6216 at the offer's {@code /tier_payout}
     * and at {@code setAffiliateBaseInfo}'s {@code /payout_tier_id}.
     */
    default boolean payoutTierExists(int tierId) {
        return true;
    }

    /** Does the offer category exist? A {@code false} answer reports 6387 at {@code /categories}. */
    default boolean categoryExists(int categoryId) {
        return true;
    }

    /** Does the advertiser manager exist? A {@code false} answer reports 6109 at {@code setAdvertiser}'s {@code /am_id}. */
    default boolean advertiserManagerExists(int managerId) {
        return true;
    }

    /**
     * The advertiser that has {@code email}, null for none. Another advertiser than the request's
     * {@code id} (any, on create) reports 6113 "Duplicate Email" at {@code setAdvertiser}'s {@code /email}.
     */
    default Integer advertiserWithEmail(String email) {
        return null;
    }

    /**
     * Does the affiliate exist? A {@code false} answer reports 6204 at {@code /id} of a
     * {@code setAffiliateBaseInfo} update, of {@code setAffiliatePaymentInfo} and of
     * {@code setAffiliatePostback}, and 6403 at {@code generateLink}'s {@code /a}.
     */
    default boolean affiliateExists(int affiliateId) {
        return true;
    }

    /**
     * The affiliate that has {@code email}, null for none. Another affiliate than the request's
     * {@code id} (any, on create) reports 6207 "Duplicate Email" at {@code setAffiliateBaseInfo}'s
     * {@code /email}.
     */
    default Integer affiliateWithEmail(String email) {
        return null;
    }

    /** Does the affiliate manager exist? A {@code false} answer reports 6213 at {@code setAffiliateBaseInfo}'s {@code /am_id}. */
    default boolean affiliateManagerExists(int managerId) {
        return true;
    }

    /** Does the offer application exist? A {@code false} answer reports 6802 at {@code changeOfferApplicationStatus}'s {@code /id}. */
    default boolean offerApplicationExists(int applicationId) {
        return true;
    }

    /**
     * Does the affiliate post-back URL exist? A {@code false} answer reports 6229 at each
     * {@code setAffiliatePostback}'s {@code /post_back_urls/N/post_back_id} that names it.
     */
    default boolean postbackUrlExists(int postBackId) {
        return true;
    }
}
