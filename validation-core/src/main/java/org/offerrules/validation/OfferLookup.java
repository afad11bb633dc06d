package org.offerrules.validation;

/**
 * Answers existence questions from the embedding service's own data, so that the codes the API
 * reports for unknown references (6307, 6366, 6367, 6381, 6216, 6387, 6304) can be reported before
 * sending. Every method answers {@code true} ("exists, or unknown") by default: implement the ones
 * the service can answer. Implementations must be thread-safe when the validator is shared.
 */
public interface OfferLookup {

    /** A lookup that knows nothing: existence rules are skipped. */
    OfferLookup NONE = new OfferLookup() {
    };

    /** Does the advertiser exist? A {@code false} answer reports 6307 at {@code /advertiser_id}. */
    default boolean advertiserExists(int advertiserId) {
        return true;
    }

    /**
     * Does the offer exist? Used for GEO (6366) and device (6381) redirect offers, and in update mode
     * for the update's {@code id} (6304 at {@code /id}).
     */
    default boolean offerExists(int offerId) {
        return true;
    }

    /** Does the GEO offer group exist? A {@code false} answer reports 6367. */
    default boolean geoOfferGroupExists(int groupId) {
        return true;
    }

    /** Does the payout tier exist? A {@code false} answer reports 6216 at {@code /tier_payout}. */
    default boolean payoutTierExists(int tierId) {
        return true;
    }

    /** Does the offer category exist? A {@code false} answer reports 6387 at {@code /categories}. */
    default boolean categoryExists(int categoryId) {
        return true;
    }
}
