package org.offerrules.validation.internal;

import org.offerrules.validation.OfferLookup;

/**
 * The questions {@link OfferLookup} answers, one per method, for the {@link Lookup}s of the request rows:
 * the method's name (for the catalog) beside the call. {@code QuestionTest} holds each name to the method
 * its call asks.
 */
public enum Question {
    ADVERTISER_EXISTS("advertiserExists", false) {
        @Override
        boolean exists(OfferLookup lookup, int id) {
            return lookup.advertiserExists(id);
        }
    },
    OFFER_EXISTS("offerExists", false) {
        @Override
        boolean exists(OfferLookup lookup, int id) {
            return lookup.offerExists(id);
        }
    },
    GEO_OFFER_GROUP_EXISTS("geoOfferGroupExists", false) {
        @Override
        boolean exists(OfferLookup lookup, int id) {
            return lookup.geoOfferGroupExists(id);
        }
    },
    PAYOUT_TIER_EXISTS("payoutTierExists", false) {
        @Override
        boolean exists(OfferLookup lookup, int id) {
            return lookup.payoutTierExists(id);
        }
    },
    CATEGORY_EXISTS("categoryExists", false) {
        @Override
        boolean exists(OfferLookup lookup, int id) {
            return lookup.categoryExists(id);
        }
    },
    ADVERTISER_MANAGER_EXISTS("advertiserManagerExists", false) {
        @Override
        boolean exists(OfferLookup lookup, int id) {
            return lookup.advertiserManagerExists(id);
        }
    },
    AFFILIATE_EXISTS("affiliateExists", false) {
        @Override
        boolean exists(OfferLookup lookup, int id) {
            return lookup.affiliateExists(id);
        }
    },
    AFFILIATE_MANAGER_EXISTS("affiliateManagerExists", false) {
        @Override
        boolean exists(OfferLookup lookup, int id) {
            return lookup.affiliateManagerExists(id);
        }
    },
    OFFER_APPLICATION_EXISTS("offerApplicationExists", false) {
        @Override
        boolean exists(OfferLookup lookup, int id) {
            return lookup.offerApplicationExists(id);
        }
    },
    POSTBACK_URL_EXISTS("postbackUrlExists", false) {
        @Override
        boolean exists(OfferLookup lookup, int id) {
            return lookup.postbackUrlExists(id);
        }
    },
    ADVERTISER_WITH_EMAIL("advertiserWithEmail", true) {
        @Override
        Integer owner(OfferLookup lookup, String value) {
            return lookup.advertiserWithEmail(value);
        }
    },
    AFFILIATE_WITH_EMAIL("affiliateWithEmail", true) {
        @Override
        Integer owner(OfferLookup lookup, String value) {
            return lookup.affiliateWithEmail(value);
        }
    };

    private final String methodName;
    private final boolean asksOwner;

    Question(String methodName, boolean asksOwner) {
        this.methodName = methodName;
        this.asksOwner = asksOwner;
    }

    /** The name of the {@link OfferLookup} method that answers it. */
    public String methodName() {
        return methodName;
    }

    /** Whether it asks who owns a value ({@link #owner}) rather than whether an id exists ({@link #exists}). */
    public boolean asksOwner() {
        return asksOwner;
    }

    /** Does the id exist (or is it unknown)? */
    boolean exists(OfferLookup lookup, int id) {
        throw new UnsupportedOperationException(methodName + " asks for an owner");
    }

    /** The owner of {@code value}, null for none (or unknown). */
    Integer owner(OfferLookup lookup, String value) {
        throw new UnsupportedOperationException(methodName + " asks whether an id exists");
    }
}
